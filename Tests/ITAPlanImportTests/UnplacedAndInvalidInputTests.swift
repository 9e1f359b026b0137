import Foundation
import ITAPlanCore
import ITAPlanImport
import ITAPlanTestSupport
import Testing

@Suite("Text the importer cannot place, and files that are not measures documents")
struct UnplacedAndInvalidInputTests {
    /// The seed with a line inserted before 1-based line `before`.
    private func seed(inserting line: String, before: Int) throws -> [UInt8] {
        var lines = try Fixtures.text(ImportFixtures.seed).components(separatedBy: "\n")
        lines.insert(line, at: before - 1)
        return Array(lines.joined(separator: "\n").utf8)
    }

    @Test("a stray paragraph lands in the notes and in a warning with its line, and nothing else changes")
    func strayParagraph() throws {
        let stray = "หมายเหตุ ข้อมูล ณ วันที่ ๓๐ กันยายน ๒๕๖๓ (ตรวจสอบโดยสำนักปลัด)"
        let run = try ImportFixtures.run(bytes: try seed(inserting: stray, before: 36))
        #expect(run.result.plan.notes == [ImportedNote(line: 36, text: stray)])
        #expect(run.result.warnings.contains(ImportWarning(line: 36, .unplacedText(stray))))
        #expect(run.errors.isEmpty, "\(run.errors)")
        let plan = try #require(run.checked.plan)
        #expect(plan.notes.map(\.value) == [stray])
        #expect(plan.measures.count == 8)
        #expect(run.yaml.contains("# บรรทัด 36 ของ document.txt · line 36 of document.txt"))
    }

    @Test("a stray line in the preamble and a signature after the table are kept too")
    func strayLinesElsewhere() throws {
        var lines = try Fixtures.text(ImportFixtures.seed).components(separatedBy: "\n")
        lines.insert("สำเนาเอกสาร", at: 2)
        lines.append("ลงชื่อ นายกเทศมนตรีตำบลโพหัก")
        let run = try ImportFixtures.run(bytes: Array(lines.joined(separator: "\n").utf8))
        #expect(run.result.plan.notes == [
            ImportedNote(line: 3, text: "สำเนาเอกสาร"),
            ImportedNote(line: 45, text: "ลงชื่อ นายกเทศมนตรีตำบลโพหัก"),
        ])
        #expect(run.result.warnings.filter { if case .unplacedText = $0.message { true } else { false } }
            .map(\.line) == [3, 45])
        #expect(run.errors.isEmpty, "\(run.errors)")
    }

    @Test("warnings read in Thai and in English, like a compiler's")
    func warningText() {
        let warning = ImportWarning(line: 36, .unplacedText("หมายเหตุ"))
        #expect(warning.text(path: "seed.txt", in: .english)
            == "seed.txt:36: warning: this text fits no field, so it was kept in notes: หมายเหตุ")
        #expect(warning.text(path: "seed.txt", in: .thai)
            == "seed.txt:36: warning: จัดข้อความนี้เข้าช่องใดไม่ได้ จึงเก็บไว้ใน notes: หมายเหตุ")
        #expect(ImportWarning(line: nil, .noFiscalYear).text(path: "a.txt", in: .english)
            == "a.txt: warning: no fiscal year found; fill in fiscal_year")
    }

    @Test("files that are not measures documents give an error value",
          arguments: [
            ([], PlanImportError.empty),
            (Array(" \n\t\r\n\u{A0}\n<p></p>\n".utf8), .empty),
            ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00], .binary(format: "Word (.docx) / zip")),
            (Array("%PDF-1.7\n".utf8) + [0x00, 0xE2], .binary(format: "PDF")),
            ([0x41, 0x00, 0x42], .binary(format: nil, line: 1, column: 2)),
            (Array("ab\n".utf8) + [0xE0, 0x00, 0x81], .binary(format: nil, line: 2, column: 2)),
            (Array("line one\nline two \u{E0}".utf8) + [0xFF], .invalidUTF8(line: 2, byte: 0xFF)),
            ([0xFF, 0xFE, 0x41, 0x00], .otherEncoding("UTF-16LE")),
            (Array("""
                Minutes of the meeting, 3 March.
                The committee discussed the budget and agreed to meet again.
                \tมติที่ประชุม\tรับทราบ
                """.utf8), .notAMeasuresDocument),
          ] as [([UInt8], PlanImportError)])
    func notAMeasuresDocument(_ bytes: [UInt8], _ expected: PlanImportError) {
        #expect(throws: expected) { try PlanTextImporter().read(bytes: bytes) }
    }

    @Test("every import error has words in both languages")
    func errorText() {
        let errors: [PlanImportError] = [.empty, .binary(format: "PDF"), .binary(format: nil), .binary(format: nil, line: 3, column: 9),
                                         .invalidUTF8(line: 2, byte: 0xFF), .otherEncoding("UTF-16LE"),
                                         .notAMeasuresDocument]
        for error in errors {
            #expect(!error.text(in: .thai).isEmpty && error.text(in: .thai) != error.text(in: .english))
        }
        #expect(PlanImportError.invalidUTF8(line: 2, byte: 0xFF).text(in: .english).contains("0xFF"))
    }

    @Test("a document without a title or years still imports, and says what it had to supply")
    func missingHeader() throws {
        let text = """
            แบบวัดการรับรู้ของผู้มีส่วนได้เสียภายใน (IIT)\t\t
            ๑.การปฏิบัติหน้าที่\t๘๘.๗๖ คะแนน\t
            มาตรการ/แนวทาง\tขั้นตอนและวิธีการ\tผู้รับผิดชอบ\tระยะเวลาดำเนินการ\tผลการดำเนินการ\tข้อเสนอแนะ
            มาตรการเผยแพร่ข้อมูล\tเผยแพร่ข้อมูลทางเว็บไซต์\t-สำนักปลัด\tรายไตรมาส\t\t
            """
        let result = try PlanTextImporter().read(text)
        #expect(result.plan.fiscalYear == nil)
        #expect(result.plan.ita.year == nil)
        #expect(result.plan.measures.map(\.id) == ["1"])
        #expect(result.plan.measures[0].steps == [ImportedStep(id: "1.1", text: "เผยแพร่ข้อมูลทางเว็บไซต์")])
        let messages = result.warnings.map(\.message)
        #expect(messages.contains(.noTitle))
        #expect(messages.contains(.noAgencyName))
        #expect(messages.contains(.noFiscalYear))
        #expect(messages.contains(.noAssessmentYear))
        #expect(messages.contains(.measureWithoutNumber(assignedID: "1")))
        #expect(messages.contains(.stepsNotNumbered(measure: "1")))
        // The written plan is still YAML that says what is missing; validate reports it.
        let checked = Fixtures.check(PlanYAMLWriter(sourceName: "x.txt").write(result.plan))
        #expect(checked.findings.contains { $0.rule == .requiredKey || $0.rule == .type || $0.rule == .emptyValue })
        #expect(!checked.findings.contains { $0.rule == .yamlSyntax })
    }

    @Test("the fiscal year follows from the ITA year when only that is stated")
    func fiscalYearFromAssessment() throws {
        let text = """
            การวิเคราะห์ผลการประเมิน ITA ของ องค์การบริหารส่วนตำบลหนองบัว ประจำปีงบประมาณ พ.ศ.๒๕๖๔ พบว่ามีผลคะแนน ๘๑.๔๕ คะแนน อยู่ในระดับ B
            ๑.การปฏิบัติหน้าที่\t๘๘.๗๖ คะแนน\t
            """
        let result = try PlanTextImporter().read(text)
        #expect(result.plan.agency == ImportedAgency(name: "องค์การบริหารส่วนตำบลหนองบัว",
                                                     kind: "subdistrict-administrative-organisation"))
        #expect(result.plan.ita.year == 2564)
        #expect(result.plan.ita.total == 81.45)
        #expect(result.plan.ita.grade == "B")
        #expect(result.plan.fiscalYear == 2565)
        #expect(result.warnings.map(\.message).contains(.fiscalYearFromAssessment(2565)))
    }
}

@Suite("Measures tables laid out another way")
struct OtherLayoutTests {
    @Test("columns in another order, a number column and an unknown column, read by their header")
    func headerOrder() throws {
        let text = """
            มาตรการส่งเสริมคุณธรรมและความโปร่งใสของเทศบาลเมืองตัวอย่าง ประจำปีงบประมาณ พ.ศ.๒๕๖๕
            ๑\tการปฏิบัติหน้าที่\t๙๐.๐๐
            ลำดับ\tมาตรการ/แนวทาง\tผู้รับผิดชอบ\tขั้นตอนและวิธีการ\tงบประมาณ\tระยะเวลา\tข้อเสนอแนะ
            ๑\tมาตรการเปิดเผยข้อมูล\t-กองคลัง -สำนักปลัด\t๑.ประกาศ ๒.รายงาน\t๕,๐๐๐ บาท\tรายไตรมาส\t-ตรวจสอบ -ติดตาม
            \t\t\t๓.สรุปผล\t\t\t
            """
        let result = try PlanTextImporter().read(text)
        let plan = result.plan
        #expect(plan.agency == ImportedAgency(name: "เทศบาลเมืองตัวอย่าง", kind: "town-municipality"))
        #expect(plan.fiscalYear == 2565)
        #expect(plan.ita.indicators.map(\.name) == ["การปฏิบัติหน้าที่"])
        #expect(plan.measures.count == 1)
        let measure = try #require(plan.measures.first)
        #expect(measure.id == "1")
        #expect(measure.title == "มาตรการเปิดเผยข้อมูล")
        #expect(measure.responsible == ["กองคลัง", "สำนักปลัด"])
        #expect(measure.steps.map(\.text) == ["ประกาศ", "รายงาน", "สรุปผล"])
        #expect(measure.timeframe == "รายไตรมาส")
        #expect(measure.recommendations == ["ตรวจสอบ", "ติดตาม"])
        #expect(plan.notes == [ImportedNote(line: 4, text: "๕,๐๐๐ บาท")])
        #expect(result.warnings.contains(ImportWarning(line: 4, .unplacedText("๕,๐๐๐ บาท"))))
    }

    @Test("a measures table with no header still reads, in the usual column order")
    func noHeader() throws {
        let seed = try Fixtures.text(ImportFixtures.seed).components(separatedBy: "\n")
        let withoutHeaders = seed.filter { !$0.hasPrefix("มาตรการ/แนวทาง") && !$0.hasPrefix("ข้อเสนอแนะในการ") }
        let run = try ImportFixtures.run(bytes: Array(withoutHeaders.joined(separator: "\n").utf8))
        #expect(run.errors.isEmpty, "\(run.errors)")
        #expect(run.result.plan.measures.count == 8)
        expectSameDocumentContent(try #require(run.checked.plan), try ImportFixtures.seedPlan())
    }
}
