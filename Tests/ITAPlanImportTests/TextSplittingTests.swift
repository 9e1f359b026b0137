@testable import ITAPlanImport
import Testing

@Suite("Splitting cells: steps, units, tags")
struct TextSplittingTests {
    @Test("steps split at ๑. ๒. … at the start or after whitespace, in sequence only")
    func numberedSteps() {
        #expect(NumberedItems.split("๑.จัดทำคู่มือ ๒.จัดทำแผน พ.ศ.๒๕๖๔ ๓.รายงาน") == ["จัดทำคู่มือ", "จัดทำแผน พ.ศ.๒๕๖๔", "รายงาน"])
        #expect(NumberedItems.split("1. one 2. two") == ["one", "two"])
        #expect(NumberedItems.split("๑.ต่ำกว่า ๘๕.๐๐ คะแนน") == ["ต่ำกว่า ๘๕.๐๐ คะแนน"])
        #expect(NumberedItems.split("๑.ทำ ๓.ข้าม ๒.ต่อ") == ["ทำ ๓.ข้าม", "ต่อ"])
        #expect(NumberedItems.split("๑.ภายใน๒.วัน") == ["ภายใน๒.วัน"])
        #expect(NumberedItems.split("จัดทำคู่มือ") == nil)
        #expect(NumberedItems.split("๑๐.สิบ") == nil)
    }

    @Test("units split at dashes at the start or after whitespace")
    func dashedUnits() {
        #expect(DashedItems.units("- งานการเจ้าหน้าที่ฯ สำนักปลัดเทศบาล -งานนิติกรสำนัก ปลัดเทศบาล")
            == ["งานการเจ้าหน้าที่ฯ สำนักปลัดเทศบาล", "งานนิติกรสำนัก ปลัดเทศบาล"])
        #expect(DashedItems.units("สำนักปลัด - กองคลัง") == ["สำนักปลัด", "กองคลัง"])
        #expect(DashedItems.units("งาน e-office") == ["งาน e-office"])
        #expect(DashedItems.units("") == [])
    }

    @Test("results: a list only when the cell lists several dash items")
    func resultsTextOrList() {
        #expect(DashedItems.textOrList("-ก -ข -ค") == ["ก", "ข", "ค"])
        #expect(DashedItems.textOrList("- ก") == ["ก"])
        #expect(DashedItems.textOrList("ผลดังนี้ -ก -ข") == ["ผลดังนี้ -ก -ข"])
        #expect(DashedItems.textOrList("ปี 2563-2564") == ["ปี 2563-2564"])
    }

    @Test("tags go, entities decode, NBSP is a space, a lone < stays")
    func cells() {
        #expect(CellText.clean("<p>ก</p> <p>ข</p>") == "ก ข")
        #expect(CellText.clean("<P>ก</P><p>ข</p>") == "ก ข")
        #expect(CellText.clean("ก<br/>ข<br>ค<span class=\"x\">ง</span>") == "ก ข คง")
        #expect(CellText.clean("ก&nbsp;&nbsp;ข &amp; &lt;p&gt; &quot;x&quot; &#3585; &unknown;") == "ก ข & <p> \"x\" ก &unknown;")
        #expect(CellText.clean("  a\u{A0}\u{A0}b\u{200B}c  ") == "a bc")
        #expect(CellText.clean("a < b > c") == "a < b > c")
        // ำ written as ํ + า, as text copied from a PDF often has it.
        #expect(CellText.clean("เทศบาลต\u{0E4D}\u{0E32}บลโพหัก") == "เทศบาลตำบลโพหัก")
        #expect(CellText.clean("ก\u{0E4D}") == "ก\u{0E4D}")
    }

    @Test("lines break at LF, CRLF and CR, numbered as an editor numbers them")
    func lines() {
        let lines = SourceLines.split("a\r\nb\rc\n\nd")
        #expect(lines.map(\.text) == ["a", "b", "c", "", "d"])
        #expect(lines.map(\.number) == [1, 2, 3, 4, 5])
    }

    @Test("the kind comes only from an exact name prefix")
    func agencyKind() {
        #expect(AgencyName.kind(of: "เทศบาลเมืองราชบุรี") == "town-municipality")
        #expect(AgencyName.kind(of: "เทศบาลนครนนทบุรี") == "city-municipality")
        #expect(AgencyName.kind(of: "องค์การบริหารส่วนจังหวัดราชบุรี") == "provincial-administrative-organisation")
        #expect(AgencyName.kind(of: "เทศบาล ตำบลโพหัก") == nil)
        #expect(AgencyName.kind(of: "สำนักงานเขตบางรัก") == nil)
        #expect(AgencyName.kind(of: "อบต.หนองบัว") == nil)
    }

    @Test("the ITA sentence gives year, total, grade and agency")
    func assessmentSentence() throws {
        let sentence = try #require(AssessmentSentence(
            "การวิเคราะห์ผลการประเมิน ITA ของ เทศบาลตำบลโพหัก ประจำปีงบประมาณ พ.ศ.๒๕๖๓ พบว่ามีผลคะแนน ๖๙.๕๘ คะแนน อยู่ในระดับ C ดังนี้"))
        #expect(sentence == AssessmentSentence(agencyName: "เทศบาลตำบลโพหัก", year: 2563, total: 69.58, grade: "C"))
        #expect(AssessmentSentence("ผลการประเมิน ITA ประจำปีงบประมาณ 2566 ได้ 90.10 คะแนน ระดับ ผ่าน")?.grade == "ผ่าน")
        #expect(AssessmentSentence("ตัวชี้วัดของการประเมิน ITA") == nil)
        #expect(FiscalYearPhrase.year(in: "มาตรการ… ประจำปี พ.ศ. ๒๕๖๕") == 2565)
        #expect(FiscalYearPhrase.isLoneYear("ในปีงบประมาณ พ.ศ.๒๕๖๔"))
        #expect(!FiscalYearPhrase.isLoneYear("ปีงบประมาณ ๒๕๖๔ และต่อไป"))
    }

    @Test("extra empty cells in a measure row are dropped, keeping a continuation's empty first cell")
    func fittingRows() {
        var table = MeasureTable()
        // A trailing tab, and a leading one before the next measure's number.
        #expect(table.add(TableRow(line: 1, cells: ["", "๑.ชื่อ", "๑.ขั้น", "-หน่วย", "ปี", "ผล", "แนะ", ""])).isEmpty)
        // A continuation (empty first cell) with trailing tabs.
        #expect(table.add(TableRow(line: 2, cells: ["", "๒.ต่อ", "", "", "", "", "", ""])).isEmpty)
        // A doubled tab between two cells.
        #expect(table.add(TableRow(line: 3, cells: ["๒.ชื่อ", "", "๑.ขั้น", "-หน่วย", "ปี", "ผล", "แนะ"])).isEmpty)
        // Missing trailing cells.
        #expect(table.add(TableRow(line: 4, cells: ["๓.ชื่อ", "๑.ขั้น"])).isEmpty)
        // A filled cell past the last column is returned, not merged.
        #expect(table.add(TableRow(line: 5, cells: ["๔.ชื่อ", "๑.ขั้น", "a", "b", "c", "d", "ล้น"])) == ["ล้น"])
        // A line of one unnumbered cell starts nothing.
        #expect(table.add(TableRow(line: 6, cells: ["หมายเหตุ"])) == ["หมายเหตุ"])
        let measures = table.measures(fiscalYear: 2564).measures
        #expect(measures.map(\.id) == ["1", "2", "3", "4"])
        #expect(measures[0].steps.map(\.text) == ["ขั้น", "ต่อ"])
        #expect(measures[0].recommendations == ["แนะ"])
        #expect(measures[1].responsible == ["หน่วย"])
        #expect(measures[2].steps.map(\.id) == ["3.1"])
        #expect(measures[3].recommendations == ["d"])
    }
}
