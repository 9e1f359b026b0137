import Foundation
import ITAPlanCore
import ITAPlanReport
import ITAPlanTestSupport
import Testing

/// The official document's cells: what a plan writes at the measure and at
/// each step reaches the printed table and the Word file.
@Suite("Print layout")
struct PrintLayoutTests {
    static let stepPlan = Fixtures.url("valid/step-schedules.yaml")
    static let asOf = CivilDate(year: 2026, month: 11, day: 30)!

    static func context(_ plan: URL, asOf: CivilDate, language: Language = .thai, thaiDigits: Bool = true) throws -> ReportContext {
        let checked = try Fixtures.check(file: plan, displayPath: "plans/" + plan.lastPathComponent)
        #expect(checked.findings.isEmpty)
        let status = try #require(StatusCalculator(asOf: asOf, catalog: Fixtures.catalog).status(of: checked))
        return ReportContextBuilder(language: language, thaiDigits: thaiDigits, catalog: Fixtures.catalog)
            .build([status], asOf: asOf, history: nil)
    }

    @Test("golden: print of a plan timed per step, with units on steps (Thai digits)")
    func goldenStepPlan() throws {
        let context = try Self.context(Self.stepPlan, asOf: Self.asOf)
        try Golden.check(try ReportRenderer().render(context, layout: .print), against: "print.step-schedules.th.html")
    }

    @Test("steps' own units and schedules fill the responsible and timeframe cells")
    func stepCells() throws {
        let measures = try Self.context(Self.stepPlan, asOf: Self.asOf).plans[0].measures
        // Measure 1: its unit, then two steps' own; schedules in words, by step.
        #expect(measures[0].responsibleLines == ["สำนักปลัด", "ขั้นตอนที่ ๑: งานประชาสัมพันธ์",
                                                "ขั้นตอนที่ ๒: กองคลัง, งานการเงินและบัญชี"])
        #expect(measures[0].timeframeLines == ["ขั้นตอนที่ ๑: รายเดือน (ส่งภายใน ๕ วันหลังสิ้นงวด)",
                                              "ขั้นตอนที่ ๒: รายไตรมาส (ส่งภายใน ๑๕ วันหลังสิ้นงวด)",
                                              "ขั้นตอนที่ ๓: ภายใน ๓๑ ต.ค. ๒๕๖๙"])
        // Measure 2: no unit of its own, every step the same unit: one line.
        // A step's written timeframe ("ทุก ๖ เดือน") wins over its schedule.
        #expect(measures[1].responsibleLines == ["งานการเจ้าหน้าที่"])
        #expect(measures[1].timeframeLines == ["ขั้นตอนที่ ๑: ไตรมาสที่ ๒", "ขั้นตอนที่ ๒: ทุก ๖ เดือน",
                                              "ขั้นตอนที่ ๓: ๑ ก.ค. ๒๕๗๐ – ๓๐ ก.ย. ๒๕๗๐"])
        // Measure 3: every step says รายไตรมาส: said once.
        #expect(measures[2].timeframeLines == ["รายไตรมาส"])
        #expect(measures[0].steps[1].responsible == ["กองคลัง", "งานการเงินและบัญชี"])
        #expect(measures[1].steps[1].timeframe == "ทุก ๖ เดือน")
    }

    @Test("a measure's written timeframe is the cell; steps' own written timeframes follow it")
    func seedCells() throws {
        let measures = try Self.context(Fixtures.seedPlan, asOf: Fixtures.today).plans[0].measures
        #expect(measures[0].timeframeLines == ["ปีงบประมาณ ๒๕๖๔"])
        #expect(measures[0].responsibleLines == ["งานประชาสัมพันธ์ สำนักปลัดเทศบาล", "เจ้าหน้าที่ที่เกี่ยวข้องของสำนัก/กอง/งาน"])
        // Step 3.2 writes its own: ภายในวันที่ ๓๑ ตุลาคม ๒๕๖๓.
        #expect(measures[2].timeframeLines == ["-รายไตรมาส ประจำปี งบประมาณ ๒๕๖๔", "ขั้นตอนที่ ๒: ภายในวันที่ ๓๑ ตุลาคม ๒๕๖๓"])
    }

    @Test("English print: the measures heading is English, digits follow --thai-digits")
    func englishHeading() throws {
        let plan = try Self.context(Self.stepPlan, asOf: Self.asOf, language: .english, thaiDigits: false).plans[0]
        #expect(plan.measuresTitle == "Measures to promote integrity and transparency: องค์การบริหารส่วนตำบลบ้านใหม่")
        #expect(plan.measuresYear == "fiscal year 2570")
        #expect(plan.measures[0].timeframeLines.last == "step 3: by 2026-10-31")
        let thai = try Self.context(Self.stepPlan, asOf: Self.asOf, language: .english, thaiDigits: true).plans[0]
        #expect(thai.measuresYear == "fiscal year ๒๕๗๐")
        #expect(thai.measures[0].timeframeLines.last == "step ๓: by ๒๐๒๖-๑๐-๓๑")
    }

    @Test("the Word file is a zip whose document names the Thai font, A4 both ways, and repeats header rows")
    func docxParts() throws {
        let data = try DocxDocument(try Self.context(Fixtures.seedPlan, asOf: Fixtures.today)).data()
        #expect(data.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("seed.docx")
        try data.write(to: file)
        func part(_ name: String) throws -> String {
            // unzip reads names as patterns: [ and ] are escaped to mean themselves.
            let pattern = name.replacingOccurrences(of: "[", with: "\\[").replacingOccurrences(of: "]", with: "\\]")
            let run = try ProcessRunner.run(command: "unzip", ["-p", file.path, pattern])
            #expect(run.status == 0, "\(name): \(run.stderr)")
            return run.stdout
        }
        #expect(try part("[Content_Types].xml").contains("wordprocessingml.document.main+xml"))
        #expect(try part("_rels/.rels").contains("Target=\"word/document.xml\""))
        #expect(try part("word/styles.xml").contains("w:cs=\"TH SarabunPSK\""))
        #expect(try part("word/styles.xml").contains("<w:szCs w:val=\"32\" />"))
        let document = try part("word/document.xml")
        #expect(document.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\" w:orient=\"portrait\" />"))
        #expect(document.contains("<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\" />"))
        #expect(document.components(separatedBy: "<w:tblHeader />").count - 1 == 2)
        #expect(document.contains("๖๙.๕๘"))
        // The same report, the same bytes.
        #expect(try DocxDocument(try Self.context(Fixtures.seedPlan, asOf: Fixtures.today)).data() == data)
    }

    @Test("plan text with markup and control characters stays text in a well-formed Word document")
    func docxHostileText() throws {
        let yaml = try Fixtures.text("valid/minimal.yaml")
            .replacingOccurrences(of: "  name: เทศบาลตำบลทดสอบ", with: "  name: \"a\\x01b </w:t></w:r><w:p> & c\"")
            .replacingOccurrences(of: "    title: มาตรการเผยแพร่ข้อมูล", with: "    title: \"x\\x0b ]]> <!-- y\"")
        let checked = Fixtures.check(yaml)
        #expect(checked.errorCount == 0)
        let status = try #require(StatusCalculator(asOf: Fixtures.today, catalog: Fixtures.catalog).status(of: checked))
        let context = ReportContextBuilder(language: .thai, thaiDigits: true, catalog: Fixtures.catalog)
            .build([status], asOf: Fixtures.today, history: nil)
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("hostile.docx")
        try DocxDocument(context).data().write(to: file)
        // An independent XML parser (Python's) reads the document and finds the texts as text.
        let script = """
            import sys, zipfile, xml.dom.minidom
            doc = xml.dom.minidom.parseString(zipfile.ZipFile(sys.argv[1]).read('word/document.xml'))
            print('\\n'.join(t.firstChild.data for t in doc.getElementsByTagName('w:t') if t.firstChild))
            """
        let run = try ProcessRunner.run(command: "python3", ["-c", script, file.path])
        #expect(run.status == 0, "\(run.stderr)")
        // Controls show escaped, as in every other output (SafeText).
        #expect(run.stdout.contains("a\\u0001b </w:t></w:r><w:p> & c"))
        #expect(run.stdout.contains("x\\u000b ]]> <!-- y"))
    }

    @Test("text XML cannot carry becomes U+FFFD; markup stays text")
    func docxText() {
        #expect(DocxDocumentText.xml("a\u{1}b\u{0B}c\td\u{FFFE}") == "a\u{FFFD}b\u{FFFD}c\td\u{FFFD}")
    }
}
