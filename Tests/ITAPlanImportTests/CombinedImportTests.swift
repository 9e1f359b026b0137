import Foundation
import ITAPlanCore
import ITAPlanImport
import ITAPlanTestSupport
import Testing

@Suite("An analysis page and a measures page imported as one plan")
struct CombinedImportTests {
    /// The seed cut in two where its measures begin, as agencies publish it on two pages.
    static func halves() throws -> (analysis: String, measures: String) {
        let lines = try Fixtures.text(ImportFixtures.seed).components(separatedBy: "\n")
        let start = try #require(lines.firstIndex { $0.hasPrefix("ข้อเสนอแนะในการ") })
        return (lines[..<start].joined(separator: "\n"), ([lines[4]] + lines[start...]).joined(separator: "\n"))
    }

    @Test("the two halves of the seed give the seed's plan, and neither half's 'not found' warning")
    func halvesMakeTheWhole() throws {
        let (analysis, measures) = try Self.halves()
        let parts = [try PlanTextImporter().read(analysis), try PlanTextImporter().read(measures)]
        #expect(parts[0].warnings.map(\.message).contains(.noMeasures))
        #expect(parts[1].warnings.map(\.message).contains(.noIndicators))
        let combined = CombinedImport(parts)
        let whole = try ImportFixtures.run(ImportFixtures.seed).result
        #expect(combined.plan.withoutLines == whole.plan.withoutLines)
        let messages = combined.warnings.map(\.warning.message)
        #expect(!messages.contains(.noMeasures) && !messages.contains(.noIndicators))
        #expect(!messages.contains { if case .fiscalYearFromAssessment = $0 { true } else { false } })
        // The measures' warnings stay with the measures page, at its own lines.
        let interim = combined.warnings.filter { if case .interimSchedule = $0.warning.message { true } else { false } }
        #expect(interim.map(\.source) == [1, 1])
        #expect(interim.map(\.warning.line) == [8, 9])

        let yaml = PlanYAMLWriter(sources: [("analysis.txt", SourcePlaces()), ("measures.txt", SourcePlaces())]).write(combined.plan)
        let checked = Fixtures.check(yaml)
        #expect(!checked.findings.contains { $0.severity == .error }, "\(checked.findings)")
        expectSameDocumentContent(try #require(checked.plan), try ImportFixtures.seedPlan())
    }

    @Test("notes keep the document they came from; years that disagree are said to")
    func notesAndDisagreement() throws {
        let (analysis, measures) = try Self.halves()
        let other = measures.replacingOccurrences(of: "พ.ศ.๒๕๖๔", with: "พ.ศ.๒๕๖๕") + "\nลงชื่อ นายกเทศมนตรี"
        let combined = CombinedImport([try PlanTextImporter().read(analysis), try PlanTextImporter().read(other)])
        #expect(combined.plan.notes.map(\.source) == [1])
        #expect(combined.plan.fiscalYear == 2564)
        #expect(combined.warnings.contains { $0.source == nil && $0.warning.message == .documentsDisagreeOnYear([2564, 2565]) })
        let yaml = PlanYAMLWriter(sources: [("a.txt", SourcePlaces()), ("m.txt", SourcePlaces())]).write(combined.plan)
        let line = other.components(separatedBy: "\n").count
        #expect(combined.plan.notes.map(\.line) == [line])
        #expect(yaml.contains("# บรรทัด \(line) ของ m.txt · line \(line) of m.txt"))
    }
}
