import Foundation
import ITAPlanCore
@testable import ITAPlanImport
import ITAPlanTestSupport
import Testing

@Suite("Documents as agencies write them: preambles, spellings, years, partial documents")
struct LayoutVariantTests {
    @Test("an analysis-only web page (names and scores on separate lines, Arabic digits, a preamble) gives its result")
    func analysisOnly() throws {
        let run = try ImportFixtures.run(DocumentFormatFixtures.analysisOnly)
        let plan = run.result.plan
        #expect(plan.ita.total == 96.04)
        #expect(plan.ita.grade == "AA")
        #expect(plan.ita.year == 2565)
        #expect(plan.fiscalYear == 2566)
        #expect(plan.agency == ImportedAgency(name: "องค์การบริหารส่วนจังหวัดตัวอย่าง", kind: "provincial-administrative-organisation"))
        #expect(plan.ita.indicators.map(\.score) == [97.68, 96.12, 97.05, 95.40, 96.88, 94.21, 93.85, 92.47, 100.00, 95.00])
        #expect(plan.ita.indicators.map(\.tool) == Array(repeating: "IIT", count: 5) + Array(repeating: "EIT", count: 3) + ["OIT", "OIT"])
        #expect(plan.ita.analysis.map(\.indicators) == [[1, 2, 3, 4, 5], [6, 7, 8], [9, 10]])
        #expect(plan.measures.isEmpty)
        let messages = run.result.warnings.map(\.message)
        #expect(messages.contains(.noMeasures))
        #expect(messages.contains(.preambleSkipped(heading: "หลักการประเมิน", lines: 4)))
        // The preamble's grade scale ("ระดับ AA ได้ 95.00 - 100 คะแนน") is not taken for the result.
        #expect(!plan.notes.contains { $0.text.contains("95.00 - 100") })
        // The plan says plainly it has no measures: validate reports that and nothing else.
        #expect(run.errors.map(\.rule) == [.emptyMeasures])
        #expect(run.yaml.contains("measures: []  # ไม่พบตารางมาตรการ"))
    }

    @Test("a score with its unit on a line of its own, blank lines between, and a number column reads as one row")
    func scoreUnitApart() throws {
        let text = """
            แบบวัดการรับรู้ของผู้มีส่วนได้เสียภายใน (IIT)
            1. การปฏิบัติหน้าที่

            97.68
            คะแนน
            ควรรักษามาตรฐาน
            2. การใช้งบประมาณ
            96.12 คะแนน
            """
        let result = try PlanTextImporter().read(text)
        #expect(result.plan.ita.indicators.map(\.score) == [97.68, 96.12])
        #expect(result.plan.ita.analysis.map(\.text) == ["ควรรักษามาตรฐาน"])
        #expect(result.plan.notes.isEmpty, "\(result.plan.notes)")
    }

    @Test("a measures-only document keeps every measure and says no score table was found")
    func measuresOnly() throws {
        let lines = try Fixtures.text(ImportFixtures.seed).components(separatedBy: "\n")
        let start = try #require(lines.firstIndex { $0.hasPrefix("ข้อเสนอแนะในการ") })
        let text = ([lines[4]] + lines[start...]).joined(separator: "\n")
        let result = try PlanTextImporter().read(text)
        #expect(result.plan.measures.count == 8)
        #expect(result.plan.ita.indicators.isEmpty)
        #expect(result.warnings.map(\.message).contains(.noIndicators))
        #expect(PlanYAMLWriter(sourceName: "m.txt").write(result.plan).contains("indicators: []  # ไม่พบตารางคะแนน"))
    }

    @Test("heading spellings: ผู้มีส่วนได้ส่วนเสีย for ผู้มีส่วนได้เสีย, คุณธรรมความโปร่งใส without และ")
    func spellings() throws {
        #expect(ToolHeading("แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน")?.tool == "IIT")
        #expect(ToolHeading("แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก")?.tool == "EIT")
        let text = """
            มาตรการส่งเสริมคุณธรรมความโปร่งใสของเทศบาลเมืองตัวอย่าง ประจำปีงบประมาณ พ.ศ.2565
            แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน
            1.การปฏิบัติหน้าที่\t90.00 คะแนน
            """
        let result = try PlanTextImporter().read(text)
        #expect(result.plan.agency.name == "เทศบาลเมืองตัวอย่าง")
        #expect(result.plan.fiscalYear == 2565)
        #expect(result.plan.ita.indicators.map(\.tool) == ["IIT"])
        #expect(result.plan.notes.isEmpty)
    }

    @Test("a result labelled with the plan's own year is taken as the year before, with a warning")
    func resultLabelledWithPlanYear() throws {
        let text = """
            มาตรการส่งเสริมคุณธรรมและความโปร่งใสขององค์การบริหารส่วนตำบลหนองบัว ประจำปีงบประมาณ พ.ศ.๒๕๖๖
            ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ.๒๕๖๖ พบว่ามีผลคะแนน ๙๔.๖๔ คะแนน อยู่ในระดับ ผ่าน
            ๑.การปฏิบัติหน้าที่\t๙๐.๐๐ คะแนน
            """
        let result = try PlanTextImporter().read(text)
        #expect(result.plan.fiscalYear == 2566)
        #expect(result.plan.ita.year == 2565)
        #expect(result.plan.ita.grade == "ผ่าน")
        #expect(result.warnings.map(\.message).contains(.resultLabelledWithPlanYear(planYear: 2566)))
    }

    @Test("a foreword and a table of contents before the tables are skipped, each with one warning")
    func preambles() throws {
        var lines = try Fixtures.text(ImportFixtures.seed).components(separatedBy: "\n")
        lines.insert(contentsOf: ["คำนำ", "เอกสารนี้จัดทำขึ้นเพื่อ…", "สารบัญ", "การวิเคราะห์ผลการประเมิน ITA 1",
                                  "มาตรการส่งเสริมคุณธรรมและความโปร่งใส 3"], at: 4)
        let run = try ImportFixtures.run(bytes: Array(lines.joined(separator: "\n").utf8))
        #expect(run.errors.isEmpty, "\(run.errors)")
        #expect(run.result.plan.notes.isEmpty, "\(run.result.plan.notes)")
        let skipped = run.result.warnings.filter { if case .preambleSkipped = $0.message { true } else { false } }
        #expect(skipped.map(\.message) == [.preambleSkipped(heading: "คำนำ", lines: 2), .preambleSkipped(heading: "สารบัญ", lines: 3)])
        expectSameDocumentContent(try #require(run.checked.plan), try ImportFixtures.seedPlan())
    }

    @Test("a measure laid one line per cell with more lines than columns says its cells were shared by guess")
    func sharedByGuess() throws {
        let text = """
            มาตรการ/แนวทาง
            ขั้นตอนและวิธีการ
            ผู้รับผิดชอบ
            ระยะเวลาดำเนินการ
            ผลการดำเนินการ
            ข้อเสนอแนะ
            1.มาตรการเผยแพร่ข้อมูล
            1. ประกาศ
            2. รายงาน
            กองคลัง
            สำนักปลัด
            รายไตรมาส
            ผลข้อหนึ่ง
            ผลข้อสอง
            ติดตามผล
            """
        let result = try PlanTextImporter().read(text)
        let measure = try #require(result.plan.measures.first)
        #expect(measure.steps.map(\.text) == ["ประกาศ", "รายงาน"])
        #expect(measure.responsible == ["กองคลัง", "สำนักปลัด"])
        #expect(measure.timeframe == "รายไตรมาส")
        #expect(measure.results == ["ผลข้อหนึ่ง ผลข้อสอง"])
        #expect(measure.recommendations == ["ติดตามผล"])
        #expect(result.warnings.contains(ImportWarning(line: 7, .cellsSharedByGuess(measure: "1"))))
    }
}

@Suite("Word lists and web page tables")
struct BlockReadingTests {
    @Test("list labels: decimal, Thai digits, bullets, a restart, nested levels")
    func numbering() {
        var lists = WordNumbering()
        lists.abstracts["1"] = [0: .init(start: 1, format: "decimal", text: "%1."), 1: .init(start: 1, format: "decimal", text: "%1.%2")]
        lists.abstracts["2"] = [0: .init(start: 1, format: "thaiNumbers", text: "%1.")]
        lists.abstracts["3"] = [0: .init(start: 1, format: "bullet", text: "•")]
        lists.lists = ["1": ("1", [:]), "2": ("2", [:]), "3": ("3", [:]), "4": ("1", [0: 5])]
        #expect(lists.label(list: "1", level: 0) == "1.")
        #expect(lists.label(list: "1", level: 1) == "1.1")
        #expect(lists.label(list: "1", level: 1) == "1.2")
        #expect(lists.label(list: "1", level: 0) == "2.")
        #expect(lists.label(list: "1", level: 1) == "2.1")
        #expect(lists.label(list: "2", level: 0) == "๑.")
        #expect(lists.label(list: "2", level: 0) == "๒.")
        #expect(lists.label(list: "3", level: 0) == "-")
        #expect(lists.label(list: "4", level: 0) == "5.")
        #expect(lists.label(list: "0", level: 0) == nil)
        #expect(lists.label(list: "99", level: 0) == nil)
    }

    @Test("a web page's rowspan and colspan put text in its first cell, merged cells marked")
    func spans() {
        let html = """
            <table><tr><th colspan=2>a</th><th>b</th></tr>
            <tr><td>1</td><td>x</td><td rowspan="2">shared</td></tr>
            <tr><td>2</td><td>y</td></tr></table><p>after &amp; done<br>line two
            """
        let (rows, places) = HTMLDocument.read(html).rows()
        #expect(rows.map(\.cells) == [["a", "", "b"], ["1", "x", "shared"], ["2", "y", "shared"], ["after & done"], ["line two"]])
        #expect(rows.map(\.merged) == [[], [], [2], [], []])
        #expect(places[3] == .tableRow(table: 1, row: 3))
        #expect(places[4] == .paragraph(1))
    }

    @Test("a script, a style and comments are not text; a stray < is")
    func tolerantTokenizer() {
        let html = "<html><head><title>x</title><style>p{}</style></head><body><script>if (a < b) {}</script>"
            + "<!-- note --><p>a < b</p></body></html>"
        let (rows, _) = HTMLDocument.read(html).rows()
        #expect(rows.map(\.cells) == [["a < b"]])
    }
}

@Suite("Inputs built to make the importer slow or large")
struct ImportScalingInputTests {
    @Test("a hundred thousand blank lines between the seed's lines change nothing")
    func blankLines() throws {
        let lines = try Fixtures.text(ImportFixtures.seed).components(separatedBy: "\n")
        let padded = lines.joined(separator: String(repeating: "\n", count: 2_500))
        let run = try ImportFixtures.run(bytes: Array(padded.utf8))
        #expect(run.errors.isEmpty)
        expectSameDocumentContent(try #require(run.checked.plan), try ImportFixtures.seedPlan())
    }

    @Test("a row of 20,000 cells each spanning 64 columns keeps its text within 256 columns")
    func wideRow() {
        let html = "<table><tr>" + String(repeating: "<td colspan=64>x</td>", count: 20_000) + "</tr></table>"
        let (rows, _) = HTMLDocument.read(html).rows()
        #expect(rows.count == 1)
        #expect(rows[0].cells.count == DocumentBlocks.maxColumns)
        #expect(rows[0].cells.joined(separator: " ").split(separator: "x", omittingEmptySubsequences: false).count == 20_001)
    }

    @Test("a measure laid one line per cell with 999 numbered steps (list numbers have at most three digits) keeps them all")
    func manySteps() throws {
        let header = ["มาตรการ/แนวทาง", "ขั้นตอนและวิธีการ", "ผู้รับผิดชอบ", "ระยะเวลาดำเนินการ"]
        let steps = (1...999).map { "\($0). ขั้นตอนที่ \($0)" }
        let text = (header + ["1.มาตรการหนึ่ง"] + steps + ["- กองคลัง", "รายไตรมาส"]).joined(separator: "\n")
        let result = try PlanTextImporter().read(text)
        let measure = try #require(result.plan.measures.first)
        #expect(measure.steps.count == 999)
        #expect(measure.steps.last?.text == "ขั้นตอนที่ 999")
        #expect(measure.responsible.count == 1 && measure.responsible.first == "กองคลัง")
        #expect(measure.timeframe == "รายไตรมาส")
    }

    @Test("PDF text: 50,000 misplaced tone marks and a line of 20,000 runs are repaired and read in one pass")
    func pdfScaling() throws {
        let repaired = ThaiExtractionRepair.repair(String(repeating: "ขัน้ ", count: 50_000))
        #expect(repaired == String(repeating: "ขั้น ", count: 50_000))
        // Columns at 0, 30, 60 and 90, as pdftotext lays a table out.
        func line(_ cells: [String]) -> String {
            cells.map { $0 + String(repeating: " ", count: max(2, 30 - $0.unicodeScalars.count)) }.joined()
        }
        let header = line(["มาตรการ/แนวทาง", "ขั้นตอนและวิธีการ", "ผู้รับผิดชอบ", "ระยะเวลา"])
        let row = line(["๑.มาตรการ", "๑.ประกาศ", "กองคลัง", "รายไตรมาส"]) + String(repeating: "  ต่อ", count: 20_000)
        let result = try PlanDocumentImporter().readPDFText(header + "\n" + row + "\n")
        #expect(result.plan.measures.count == 1)
        #expect(result.plan.measures.first?.steps.map(\.text) == ["ประกาศ"])
    }

    @Test("a page of 3,000 one-line header labels is not a header, and stays text")
    func manyLabels() throws {
        let text = String(repeating: "ผู้รับผิดชอบ\n", count: 3_000) + "๑.การปฏิบัติหน้าที่\t๘๘.๗๖ คะแนน\n"
        let result = try PlanTextImporter().read(text)
        #expect(result.plan.ita.indicators.count == 1)
    }
}
