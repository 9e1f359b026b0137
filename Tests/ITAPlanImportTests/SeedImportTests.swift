import ITAPlanCore
import ITAPlanImport
import ITAPlanTestSupport
import Testing

@Suite("Importing the seed document")
struct SeedImportTests {
    let run: ImportFixtures.Run

    init() throws {
        run = try ImportFixtures.run(ImportFixtures.seed)
    }

    @Test("the written plan validates with no errors")
    func validates() {
        #expect(run.errors.isEmpty, "\(run.errors)\n\(run.yaml)")
        // The document does not say which indicators each measure addresses.
        #expect(run.checked.findings.allSatisfy { $0.rule == .unaddressedIndicator }, "\(run.checked.findings)")
    }

    @Test("it says what plans/pho-hak-2564.yaml says, field by field")
    func sameContentAsTheTranscription() throws {
        let imported = try #require(run.checked.plan)
        expectSameDocumentContent(imported, try ImportFixtures.seedPlan())
    }

    @Test("the header: agency, kind from the name, years, total and grade")
    func header() {
        let plan = run.result.plan
        #expect(plan.agency == ImportedAgency(name: "เทศบาลตำบลโพหัก", kind: "subdistrict-municipality"))
        #expect(plan.fiscalYear == 2564)
        #expect(plan.ita.year == 2563)
        #expect(plan.ita.total == 69.58)
        #expect(plan.ita.grade == "C")
        #expect(plan.notes.isEmpty)
    }

    @Test("the analysis paragraphs are tied to their tool group's indicators")
    func analysis() {
        let analysis = run.result.plan.ita.analysis
        #expect(analysis.map(\.indicators) == [[1, 2, 3, 4, 5], [6, 7, 8], [9, 10]])
        #expect(analysis.map(\.line) == [15, 21, 25])
    }

    @Test("only the measures whose timeframe names several schedules get an interim schedule, with a warning")
    func interimSchedules() {
        let interim = run.result.plan.measures.filter { $0.interimSchedule != nil }.map(\.id)
        #expect(interim == ["3", "4"])
        let warned = run.result.warnings.compactMap { warning -> String? in
            if case .interimSchedule(let measure, _) = warning.message { return measure }
            return nil
        }
        #expect(warned == ["3", "4"])
        #expect(run.result.warnings.count == 2, "\(run.result.warnings)")
        #expect(run.result.warnings.map(\.line) == [34, 35])
    }

    @Test("the file starts with the schema comment and says where it came from")
    func headerComments() {
        let lines = run.yaml.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "# yaml-language-server: $schema=../schema/plan.schema.json")
        #expect(lines[1].contains("pho-hak-ita-measures-2564.txt"))
        #expect(run.yaml.contains("    indicators: []  # "))
        #expect(run.yaml.contains("timeframe: \"-รายไตรมาส ประจำปี งบประมาณ ๒๕๖๔\"\n"))
    }
}
