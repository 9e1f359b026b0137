import ITAPlanRecord
import Testing

@Suite("Reading progress from CSV")
struct ProgressCSVTests {
    private func read(_ text: String) -> (rows: [ProgressCSV.Row], problems: [ProgressCSV.Problem]) {
        ProgressCSV.read(Array(text.utf8))
    }

    @Test("Thai headers, semicolons, a byte order mark, CRLF, quotes with doubled quotes and a line break inside")
    func calcAndExcelForms() {
        let result = read("\u{FEFF}ขั้นตอน;งวด;วันที่เสร็จ;หมายเหตุ\r\n4.3;\"2564-02\";20 มี.ค. 2564;\"ส่ง \"\"ช้า\"\"\r\nสองบรรทัด\"\r\n\r\n3.3;Q2;2564-03-30;\r\n")
        #expect(result.problems.isEmpty)
        #expect(result.rows.map(\.row) == [2, 5])
        #expect(result.rows[0].input == ProgressInput(step: "4.3", period: "2564-02", done: "20 มี.ค. 2564", note: "ส่ง \"ช้า\"\r\nสองบรรทัด"))
        #expect(result.rows[1].input.step == "3.3")
    }

    @Test("every problem in the header is named, not only the first")
    func badHeader() {
        let result = read("stap,done,evidance\n4.3,2564-03-20,https://e.go.th\n")
        #expect(result.rows.isEmpty)
        #expect(result.problems.map(\.column) == ["stap", "evidance", nil])
        #expect(result.problems.last?.message == .csvMissingColumn("step / ขั้นตอน"))
    }

    @Test("an unclosed quote is named at the line it opens; a file in Windows-874 is asked to be saved as UTF-8")
    func brokenFiles() {
        #expect(read("step,note\n4.3,\"open\n3.3,x\n").problems == [ProgressCSV.Problem(row: 2, column: nil, message: .csvUnbalancedQuote)])
        // "ขั้นตอน" in Windows-874, as Excel saves "CSV (Comma delimited)" on a Thai Windows.
        let windows874: [UInt8] = [0xA2, 0xD1, 0xE9, 0xB9, 0xB5, 0xCD, 0xB9, 0x0A, 0x34, 0x2E, 0x33, 0x0A]
        #expect(ProgressCSV.read(windows874).problems.map(\.message) == [.csvNotUTF8])
        #expect(read("").problems.map(\.message) == [.csvNoRows])
        #expect(read("step\n").problems.map(\.message) == [.csvNoRows])
    }

    @Test("a row with more fields than the header is named")
    func extraFields() {
        let result = read("step,done\n4.3,2564-03-20,oops\n")
        #expect(result.problems == [ProgressCSV.Problem(row: 2, column: nil, message: .csvTooManyFields(expected: 2, found: 3))])
    }
}
