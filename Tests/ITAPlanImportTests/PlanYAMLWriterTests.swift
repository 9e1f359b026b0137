import ITAPlanCore
import ITAPlanImport
import ITAPlanTestSupport
import Testing

@Suite("Writing an imported plan as YAML")
struct PlanYAMLWriterTests {
    static let tricky = ImportedPlan(
        title: "no",
        agency: ImportedAgency(name: "เทศบาลนคร: ทดสอบ #1", kind: "city-municipality"),
        fiscalYear: 2564,
        ita: ImportedITAResult(
            year: 2563, total: 69.58, grade: "C",
            indicators: [
                ImportedIndicator(number: 1, tool: "IIT", name: "การปฏิบัติหน้าที่, {ชื่อ}", score: 88.76, line: 1),
                ImportedIndicator(number: 2, tool: nil, name: "true", score: 83, line: 2),
            ],
            analysis: [ImportedAnalysis(indicators: [1, 2], text: "- ข้อความที่ขึ้นต้นด้วยขีด: และมี \"คำพูด\"", line: 1)]),
        measures: [
            ImportedMeasure(
                id: "10", title: "1.10",
                responsible: ["- หน่วย", "กอง #2"],
                timeframe: "-รายเดือน -ประจำปี งบประมาณ ๒๕๖๔",
                steps: [ImportedStep(id: "10.1", text: "yes"), ImportedStep(id: "10.10", text: "'quoted'")],
                results: ["2564-01-15"], recommendations: ["a: b", "~"],
                interimSchedule: .severalSchedules([.monthly(graceDays: 0), .fiscalYear]), line: 5),
        ],
        notes: [ImportedNote(line: 7, text: "# not a comment")])

    @Test("every text reads back as written, ids stay text, and the interim schedule avoids an error")
    func roundTrip() throws {
        let yaml = PlanYAMLWriter(sourceName: "a\nb.txt").write(Self.tricky)
        let checked = Fixtures.check(yaml)
        // Only two of the year's ten indicators are given, which validate reports; nothing else is wrong.
        let errors = checked.findings.filter { $0.severity == .error }
        #expect(errors.map(\.rule) == [.missingIndicator], "\(errors)\n\(yaml)")
        let plan = try #require(checked.plan)
        #expect(plan.title?.value == "no")
        #expect(plan.agency.name.value == "เทศบาลนคร: ทดสอบ #1")
        #expect(plan.agency.kind?.value == "city-municipality")
        #expect(plan.ita.indicators.map { $0.name?.value } == ["การปฏิบัติหน้าที่, {ชื่อ}", "true"])
        #expect(plan.ita.indicators.map(\.score.value) == [88.76, 83])
        #expect(plan.ita.analysis.first?.text.value == "- ข้อความที่ขึ้นต้นด้วยขีด: และมี \"คำพูด\"")
        let measure = try #require(plan.measures.first)
        #expect(measure.id.value == "10")
        #expect(measure.title.value == "1.10")
        #expect(measure.responsible.map(\.value) == ["- หน่วย", "กอง #2"])
        #expect(measure.steps.map(\.id.value) == ["10.1", "10.10"])
        #expect(measure.steps.map(\.text.value) == ["yes", "'quoted'"])
        #expect(measure.results.map(\.value) == ["2564-01-15"])
        #expect(measure.recommendations.map(\.value) == ["a: b", "~"])
        #expect(measure.schedule?.value == .fiscalYear)
        #expect(measure.indicators.isEmpty)
        #expect(plan.notes.map(\.value) == ["# not a comment"])
        // A file name with a line break cannot break out of its comment.
        #expect(yaml.contains("Imported from a b.txt"))
        #expect(yaml.contains("score: 83.00 }"))
    }

    @Test("without the interim schedule the same plan has an ambiguous-schedule error")
    func interimScheduleIsNeeded() {
        var plan = Self.tricky
        plan.measures[0].interimSchedule = nil
        let checked = Fixtures.check(PlanYAMLWriter(sourceName: "x.txt").write(plan))
        #expect(checked.findings.contains { $0.rule == .ambiguousSchedule })
    }
}
