import Foundation
import ITAPlanCore
import ITAPlanTestSupport
import Testing

@Suite("Every rule, one fixture each")
struct RuleFixtureTests {
    static let invalidFixtures = Fixtures.files(in: "invalid").map(\.lastPathComponent)

    @Test("each fixture gives exactly the findings its header expects", arguments: invalidFixtures)
    func fixture(_ name: String) throws {
        let url = Fixtures.url("invalid/\(name)")
        let expected = ExpectedFinding.parse(header: try String(contentsOf: url, encoding: .utf8))
        #expect(!expected.isEmpty, "a fixture must say what it expects")
        let checked = try Fixtures.check(file: url)
        #expect(checked.positions == expected)
        #expect(checked.source.path == name)
    }

    @Test("every rule has a fixture named after it")
    func everyRuleHasAFixture() {
        // Whole-file problems are built in tests from bytes (HostileInputTests);
        // links and special files in real folders (FileSafetyTests).
        let builtInTests: Set<RuleID> = [.fileTooLarge, .fileBinary, .fileEncoding, .fileEmpty, .fileNotRegular,
                                         .yamlTooDeep, .yamlAliasBomb,
                                         // Found in year model files, not plans: YearModelTests.
                                         .yearModel]
        let named = Set(Self.invalidFixtures.map { String($0.dropLast(".yaml".count)) })
        for rule in RuleID.allCases where !builtInTests.contains(rule) {
            #expect(named.contains(rule.rawValue), "no fixture for \(rule.rawValue)")
        }
    }

    @Test("valid fixtures have no findings", arguments: Fixtures.files(in: "valid").map(\.lastPathComponent))
    func valid(_ name: String) throws {
        let checked = try Fixtures.check(file: Fixtures.url("valid/\(name)"))
        #expect(checked.findings.isEmpty, "\(checked.findings.map { "\($0.rule.rawValue) \($0.location)" })")
        #expect(checked.plan != nil)
    }
}
