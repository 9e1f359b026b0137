import Foundation
import ITAPlanCore
import ITAPlanTestSupport
import Testing

@Suite("Documentation stays true")
struct DocumentationTests {
    @Test("docs/rules.md describes every rule")
    func rulesDocumented() throws {
        let text = try String(contentsOf: Fixtures.root.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        for rule in RuleID.allCases {
            #expect(text.contains("| `\(rule.rawValue)` | \(rule.defaultSeverity.rawValue) |"),
                    "docs/rules.md lacks \(rule.rawValue)")
        }
    }

    @Test("the README quick start is the two commands .ci/run runs")
    func quickStart() throws {
        let readme = try String(contentsOf: Fixtures.root.appendingPathComponent("README.md"), encoding: .utf8)
        let ci = try String(contentsOf: Fixtures.root.appendingPathComponent(".ci/run"), encoding: .utf8)
        let block = try #require(readme.components(separatedBy: "```sh\n").dropFirst().first?
            .components(separatedBy: "```").first)
        let commands = block.split(separator: "\n").map(String.init)
        #expect(commands.count == 2)
        for command in commands {
            #expect(ci.contains("\n" + command + "\n"), "'\(command)' is not in .ci/run")
        }
    }
}
