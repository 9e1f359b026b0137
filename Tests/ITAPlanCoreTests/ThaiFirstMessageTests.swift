import Foundation
import ITAPlanCore
import ITAPlanTestSupport
import Testing

/// Issue 18, "Messages": what a new, Thai-first user hit in a day, each
/// with its words pinned in Thai and in English, and one finding for one
/// mistake.
@Suite("Thai-first messages (issue 18)")
struct ThaiFirstMessageTests {
    /// `valid/minimal.yaml` with one change: a plan for fiscal year 2564 on ITA 2563.
    private func minimal(replacing old: String, with new: String) throws -> String {
        let plan = try Fixtures.text("valid/minimal.yaml")
        #expect(plan.contains(old), "the fixture no longer holds \(old)")
        return plan.replacingOccurrences(of: old, with: new)
    }

    /// Each finding as `rule line:col th | en`, notes as `note th | en`.
    private func words(_ checked: CheckedPlan) -> [String] {
        checked.findings.flatMap { finding in
            ["\(finding.rule.rawValue) \(finding.location.line):\(finding.location.column) "
                + "\(finding.message.text(in: .thai)) | \(finding.message.text(in: .english))"]
                + finding.notes.map { "note \($0.message.text(in: .thai)) | \($0.message.text(in: .english))" }
        }
    }

    // MARK: - Words

    @Test("the tab message says แท็บ (tab), not แท็ก (tag), in both libyaml tab problems")
    func tabNotTag() {
        for problem in ["found a tab character that violates indentation",
                        "found a tab character where an indentation space is expected"] {
            let thai = Message.yamlSyntax(problem: problem, context: nil).text(in: .thai)
            #expect(thai.contains("แท็บ") && !thai.contains("แท็ก"), "\(thai)")
        }
        #expect(Message.yamlSyntax(problem: "found a tab character that violates indentation", context: nil).text(in: .thai)
            == "ไวยากรณ์ YAML ผิด: พบแท็บที่ใช้ย่อหน้า ซึ่ง YAML ไม่อนุญาต")
        #expect(Message.yamlSyntax(problem: "found a tab character that violates indentation", context: nil).text(in: .english)
            == "YAML syntax error: found a tab character that violates indentation")
    }

    @Test("unknown and missing keys name the object with a Thai noun: ในขั้นตอน, ในแผน, ในมาตรการ, ในตัวชี้วัด")
    func thaiObjectNouns() {
        let cases: [(object: String, thai: String)] = [
            ("step", "ในขั้นตอน"), ("plan", "ในแผน"), ("measure", "ในมาตรการ"), ("indicator", "ในตัวชี้วัด"),
        ]
        for (object, thai) in cases {
            let unknown = Message.unknownKey(key: "x", in: object, suggestion: nil)
            #expect(unknown.text(in: .thai) == "ไม่รู้จักคีย์ 'x' \(thai)")
            #expect(unknown.text(in: .english) == "unknown key 'x' in \(object)")
            let missing = Message.missingKey(key: "id", in: object)
            #expect(missing.text(in: .thai) == "ขาดคีย์ที่ต้องมี 'id' \(thai)")
            #expect(missing.text(in: .english) == "missing required key 'id' in \(object)")
        }
        // No English object name is left in any Thai key message of the plan format.
        for spec in [PlanSchema.plan, PlanSchema.agency, PlanSchema.ita, PlanSchema.indicator, PlanSchema.analysis,
                     PlanSchema.measure, PlanSchema.step, PlanSchema.scheduleObject, PlanSchema.progress, PlanSchema.settings] {
            let thai = Message.unknownKey(key: "x", in: spec.name, suggestion: nil).text(in: .thai)
            #expect(!thai.contains(" ใน \(spec.name)") && !thai.hasSuffix(" " + spec.name), "\(thai)")
        }
        #expect(Message.scheduleNeedsOneKind.text(in: .thai)
            == "กำหนดเวลา (schedule:) ต้องระบุอย่างใดอย่างหนึ่ง: every, quarters, by หรือ from กับ to")
        #expect(Message.fileNotRead(.notRegularFile(kind: "FIFO")).text(in: .thai)
            == "ไฟล์นี้ไม่ใช่ไฟล์ธรรมดา (เป็นท่อส่งข้อมูล (FIFO)) จึงไม่อ่าน")
    }

    @Test("Thai lists a step's periods in BE as the template writes them (2569-10); English keeps the keys")
    func periodsInBuddhistEra() {
        let valid = ["2026-10", "2026-11", "Q2", "once"]
        let unknown = Message.unknownPeriod(period: "2569-13", step: "1.1", valid: valid)
        #expect(unknown.text(in: .thai) == "ขั้นตอน 1.1 ไม่มีงวด '2569-13' (งวดที่มี: 2569-10, 2569-11, Q2, once)")
        #expect(unknown.text(in: .english) == "step 1.1 has no due instance '2569-13' (its instances: 2026-10, 2026-11, Q2, once)")
        let missing = Message.missingPeriod(step: "1.1", valid: valid)
        #expect(missing.text(in: .thai) == "ขั้นตอน 1.1 มีหลายงวด บันทึกต้องระบุงวด period: (2569-10, 2569-11, Q2, once)")
        #expect(missing.text(in: .english)
            == "step 1.1 is due more than once, so the record needs a period (2026-10, 2026-11, Q2, once)")
    }

    @Test("the history table's period words: ครั้งเดียว, ไตรมาส 2, ต.ค. 2569")
    func historyPeriodWords() {
        let thai = DateText(language: .thai)
        #expect(DueInstance.label(period: "once", dates: thai, fiscalYear: nil) == "ครั้งเดียว")
        #expect(DueInstance.label(period: "Q2", dates: thai, fiscalYear: nil) == "ไตรมาส 2")
        #expect(DueInstance.label(period: "2026-10", dates: thai, fiscalYear: nil) == "ต.ค. 2569")
        let english = DateText(language: .english)
        #expect(DueInstance.label(period: "2026-10", dates: english, fiscalYear: nil) == "Oct 2026")
    }

    // MARK: - YAML syntax: each its own hint

    @Test("an unquoted ': ' inside a value gets the quoting hint in both languages")
    func colonInValue() throws {
        let plan = try minimal(replacing: "text: เผยแพร่ข้อมูล\n", with: "text: หมายเหตุ: เผยแพร่ข้อมูล\n")
        #expect(words(Fixtures.check(plan)) == [
            "yaml-syntax 33:23 ไวยากรณ์ YAML ผิด: ใช้ ':' ตรงนี้ไม่ได้ | YAML syntax error: mapping values are not allowed in this context",
            "note ข้อความที่มี ': ' ต้องอยู่ในเครื่องหมายคำพูด เช่น text: \"หมายเหตุ: ...\" | a value holding ': ' must be in quotes, e.g. text: \"Note: ...\"",
        ])
    }

    @Test("a key indented one space too far gets an indentation hint, not the quoting one")
    func indentedTooFar() throws {
        let plan = try minimal(replacing: "    title: มาตรการเผยแพร่ข้อมูล", with: "     title: มาตรการเผยแพร่ข้อมูล")
        #expect(words(Fixtures.check(plan)) == [
            "yaml-syntax 27:11 ไวยากรณ์ YAML ผิด: ใช้ ':' ตรงนี้ไม่ได้ | YAML syntax error: mapping values are not allowed in this context",
            "note บรรทัดนี้ย่อหน้า 5 ช่อง แต่บรรทัดก่อนหน้าย่อหน้า 4 ช่อง คีย์ในระดับเดียวกันต้องย่อหน้าเท่ากันพอดี | this line is indented 5 spaces and the line above it 4: keys at one level must line up exactly",
        ])
    }

    @Test("a key indented one space too little, or after an over-indented entry, gets the indentation hint too")
    func indentedTooLittle() throws {
        let less = try minimal(replacing: "    title: มาตรการเผยแพร่ข้อมูล", with: "   title: มาตรการเผยแพร่ข้อมูล")
        #expect(words(Fixtures.check(less)) == [
            "yaml-syntax 27:4 ไวยากรณ์ YAML ผิด: ไม่พบ '-' ของรายการที่ควรมี (การย่อหน้าอาจไม่ตรงกัน) | YAML syntax error: did not find expected '-' indicator (while parsing a block collection)",
            "note บรรทัดนี้ย่อหน้า 3 ช่อง แต่บรรทัดก่อนหน้าย่อหน้า 4 ช่อง คีย์ในระดับเดียวกันต้องย่อหน้าเท่ากันพอดี | this line is indented 3 spaces and the line above it 4: keys at one level must line up exactly",
        ])
        // Where the lines do line up, libyaml's words stand alone: no hint that would mislead.
        let unclosed = try minimal(replacing: "        text: ตรวจสอบข้อมูล", with: "        text: \"ตรวจสอบข้อมูล")
        #expect(Fixtures.check(unclosed).findings.allSatisfy { $0.notes.isEmpty })
    }

    // MARK: - One mistake, one finding

    @Test("a misspelled measure 'indicator:' is one finding with a suggestion, no unaddressed-indicator warnings")
    func misspelledIndicators() throws {
        let plan = try minimal(replacing: "    indicators: [2, 4, 8, 9, 10]", with: "    indicator: [2, 4, 8, 9, 10]")
        #expect(words(Fixtures.check(plan)) == [
            "unknown-key 28:5 ไม่รู้จักคีย์ 'indicator' ในมาตรการ หมายถึง 'indicators' หรือไม่ | unknown key 'indicator' in measure; did you mean 'indicators'?",
        ])
        // Spelled right but with the low indicators left out, the warnings are real.
        let unaddressed = try minimal(replacing: "    indicators: [2, 4, 8, 9, 10]", with: "    indicators: [2]")
        #expect(Fixtures.check(unaddressed).findings.filter { $0.rule == .unaddressedIndicator }.count == 4)
    }

    @Test("a key written as the Thai word of the official table is suggested its key, and is not also missing")
    func thaiKeyWords() throws {
        let plan = try minimal(replacing: "    responsible: งานประชาสัมพันธ์", with: "    ผู้รับผิดชอบ: งานประชาสัมพันธ์")
        #expect(words(Fixtures.check(plan)) == [
            "unknown-key 29:5 ไม่รู้จักคีย์ 'ผู้รับผิดชอบ' ในมาตรการ หมายถึง 'responsible' หรือไม่ | unknown key 'ผู้รับผิดชอบ' in measure; did you mean 'responsible'?",
        ])
        let steps = try minimal(replacing: "    steps:\n", with: "    ขั้นตอน:\n")
        #expect(words(Fixtures.check(steps)) == [
            "unknown-key 31:5 ไม่รู้จักคีย์ 'ขั้นตอน' ในมาตรการ หมายถึง 'steps' หรือไม่ | unknown key 'ขั้นตอน' in measure; did you mean 'steps'?",
        ])
    }

    @Test("a misspelled 'measures:' is one unknown-key finding, not also a missing required key")
    func misspelledMeasures() throws {
        let plan = try minimal(replacing: "measures:\n", with: "measure:\n")
        #expect(words(Fixtures.check(plan)) == [
            "unknown-key 25:1 ไม่รู้จักคีย์ 'measure' ในแผน หมายถึง 'measures' หรือไม่ | unknown key 'measure' in plan; did you mean 'measures'?",
        ])
        // Left out altogether, it is still missing.
        let absent = Fixtures.check("schema: 1\nagency: { name: ก }\nfiscal_year: 2564\nita: { year: 2563, indicators: [] }\n")
        #expect(absent.findings.contains { $0.message == .missingKey(key: "measures", in: "plan") })
    }

    @Test("fiscal_year one year off the ITA year is one finding that suggests the right year, not one per date")
    func fiscalYearOneOff() throws {
        var plan = try minimal(replacing: "fiscal_year: 2564", with: "fiscal_year: 2563")
        plan = plan.replacingOccurrences(of: "        text: ตรวจสอบข้อมูล\n", with: """
                    text: ตรวจสอบข้อมูล
                    schedule: monthly
                    progress:
                      - { period: 2563-10, done: 2563-11-02, by: สมศรี, evidence: https://www.example.go.th/a }
                      - { period: 2563-11, done: 2563-12-02, by: สมศรี, evidence: https://www.example.go.th/b }
                      - { period: 2563-12, done: 2564-01-04, by: สมศรี, evidence: https://www.example.go.th/c }

            """)
        // Read as written, it would be many findings, one for each date.
        let asWritten = PlanChecker(catalog: Fixtures.catalog, today: Fixtures.today)
        let checked = asWritten.check(PlanSource(path: "plan.yaml", contents: plan))
        #expect(words(checked) == [
            "assessment-year 6:14 fiscal_year เป็น 2563 แต่ผล ITA ปี 2563 และระยะเวลาหรือบันทึกในแผนเป็นของปีงบประมาณ 2564 หมายถึง fiscal_year: 2564 หรือไม่ | fiscal_year is 2563, but the ITA 2563 result and the plan's timeframes or records are for fiscal year 2564; did you mean fiscal_year: 2564?",
        ])
        // The same plan with the year right has no findings: nothing else was hidden.
        let fixed = plan.replacingOccurrences(of: "fiscal_year: 2563", with: "fiscal_year: 2564")
        #expect(asWritten.check(PlanSource(path: "plan.yaml", contents: fixed)).findings.isEmpty)
        // A wrong ITA year with nothing else pointing elsewhere keeps its own message.
        let itaOff = try minimal(replacing: "  year: 2563", with: "  year: 2562")
        #expect(Fixtures.check(itaOff).findings.map(\.rule).contains(.assessmentYear))
        #expect(!Fixtures.check(itaOff).findings.contains { if case .fiscalYearOff = $0.message { true } else { false } })
    }

    @Test("indicator 7 named การปรับปรุงการทำงาน says that is indicator 8, without a duplicate and a missing finding")
    func indicatorNamedAsAnother() throws {
        let plan = try minimal(replacing: "    - { number: 8, tool: EIT, score: 80.20 }",
                               with: "    - { number: 7, tool: EIT, name: การปรับปรุงการทำงาน, score: 80.20 }")
        #expect(words(Fixtures.check(plan)) == [
            "indicator-name 19:17 ตัวชี้วัดที่ 7 มีชื่อ 'การปรับปรุงการทำงาน' ซึ่งเป็นชื่อของตัวชี้วัดที่ 8 หมายถึง number: 8 หรือไม่ | indicator 7 is named 'การปรับปรุงการทำงาน', which is the name of indicator 8; did you mean number: 8?",
        ])
        // Its own name is no finding.
        let own = try minimal(replacing: "    - { number: 8, tool: EIT, score: 80.20 }",
                              with: "    - { number: 8, tool: EIT, name: การปรับปรุงการทำงาน, score: 80.20 }")
        #expect(Fixtures.check(own).findings.isEmpty)
    }

    // MARK: - Values

    @Test("kind: อบต. and the other usual abbreviations are accepted as their full kinds")
    func kindAbbreviations() throws {
        let expected = ["อบจ.": "provincial-administrative-organisation", "ทน.": "city-municipality",
                        "ทม.": "town-municipality", "ทต.": "subdistrict-municipality",
                        "อบต.": "subdistrict-administrative-organisation", "อบต": "subdistrict-administrative-organisation"]
        for (abbreviation, code) in expected {
            let plan = try minimal(replacing: "kind: subdistrict-municipality", with: "kind: \(abbreviation)")
            let checked = Fixtures.check(plan)
            #expect(checked.findings.isEmpty, "\(abbreviation): \(words(checked))")
            #expect(checked.plan?.agency.kind?.value == code)
        }
    }

    @Test("percent: 140 says between 0 and 100")
    func percentRange() throws {
        let plan = try minimal(replacing: "        text: ตรวจสอบข้อมูล\n", with: """
                    text: ตรวจสอบข้อมูล
                    progress:
                      - { percent: 140 }

            """)
        #expect(words(Fixtures.check(plan)) == [
            "invalid-value 37:24 'percent' เป็น 140 ต้องอยู่ระหว่าง 0 ถึง 100 | 'percent' is 140; it must be between 0 and 100",
        ])
    }

    @Test("score: 84,30 hints at the decimal comma, in flow and in block style, instead of an unknown key 30")
    func decimalComma() throws {
        let flow = try minimal(replacing: "{ number: 1, tool: IIT, score: 88.76 }", with: "{ number: 1, tool: IIT, score: 88,76 }")
        #expect(words(Fixtures.check(flow)) == [
            "type 12:38 'score' เขียนเป็น 88,76 ซึ่งใช้จุลภาคเป็นจุดทศนิยม YAML จึงอ่านเป็นสองค่า ให้เขียน 88.76 | 'score' is written 88,76, with a decimal comma, which YAML reads as two things; write 88.76",
        ])
        let block = try minimal(replacing: "  total: 69.58", with: "  total: 69,58")
        #expect(words(Fixtures.check(block)) == [
            "type 9:10 'total' เขียนเป็น 69,58 ซึ่งใช้จุลภาคเป็นจุดทศนิยม YAML จึงอ่านเป็นสองค่า ให้เขียน 69.58 | 'total' is written 69,58, with a decimal comma, which YAML reads as two things; write 69.58",
        ])
    }

    @Test("the empty-file message names every required key, ita included")
    func emptyFile() {
        #expect(words(Fixtures.check("")) == [
            "file-empty 1:1 ไฟล์ว่างเปล่า แผนต้องมีอย่างน้อย schema, agency, fiscal_year, ita และ measures (เริ่มจาก itaplan init) | the file is empty; a plan needs at least schema, agency, fiscal_year, ita and measures (itaplan init writes a template)",
        ])
        // The message names exactly the plan's required keys.
        let required = PlanSchema.plan.fields.filter(\.required).map(\.key)
        let english = Message.fileEmpty.text(in: .english)
        #expect(required.allSatisfy { english.contains($0) })
    }

    // MARK: - Encodings

    @Test("UTF-16 without a byte order mark is named, with save-as-UTF-8 advice, not called binary")
    func utf16WithoutMark() throws {
        let text = try Fixtures.text("valid/minimal.yaml")
        let little = Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big = Array(text.utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(words(Fixtures.check(bytes: little)) == [
            "file-encoding 1:1 ไฟล์เข้ารหัสแบบ UTF-16LE ให้บันทึกเป็น UTF-8 (ใน Notepad: บันทึกเป็น แล้วเลือกการเข้ารหัส UTF-8) | the file is encoded as UTF-16LE; save it as UTF-8 (in Notepad: Save As, Encoding UTF-8)",
        ])
        #expect(Fixtures.check(bytes: big).findings.map(\.message) == [.fileOtherEncoding("UTF-16BE")])
        // A binary file with NUL bytes is still binary.
        #expect(Fixtures.check(bytes: [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]).findings.map(\.message) == [.fileBinary])
    }

    @Test("Thai Windows encoding (TIS-620 / cp874) is named when detected")
    func thaiWindowsEncoding() throws {
        // TIS-620 is Unicode's Thai block moved down: U+0E01 is 0xA1.
        let text = "agency:\n  name: เทศบาลตำบลทดสอบ\n"
        let bytes = text.unicodeScalars.map { $0.value >= 0x0E01 ? UInt8($0.value - 0x0E01 + 0xA1) : UInt8($0.value) }
        #expect(words(Fixtures.check(bytes: bytes)) == [
            "file-encoding 1:1 ไฟล์เข้ารหัสแบบ TIS-620 / Windows-874 ให้บันทึกเป็น UTF-8 (ใน Notepad: บันทึกเป็น แล้วเลือกการเข้ารหัส UTF-8) | the file is encoded as TIS-620 / Windows-874; save it as UTF-8 (in Notepad: Save As, Encoding UTF-8)",
        ])
        // Latin-1 é is not Thai: still invalid UTF-8 at its byte.
        #expect(Fixtures.check(bytes: Array("a: caf".utf8) + [0xE9]).findings.map(\.message) == [.fileInvalidUTF8(byte: 0xE9)])
    }

    @Test("a file-wide encoding finding echoes no source line, so no NUL bytes reach the terminal")
    func noSnippetForWholeFile() {
        #expect(Message.fileOtherEncoding("UTF-16LE").describesWholeFile)
        #expect(Message.fileBinary.describesWholeFile)
        #expect(!Message.fileInvalidUTF8(byte: 0xE9).describesWholeFile)
    }
}
