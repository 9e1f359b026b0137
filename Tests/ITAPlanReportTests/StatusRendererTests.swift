import Foundation
import ITAPlanCore
import ITAPlanReport
import ITAPlanTestSupport
import Testing

@Suite("Status output")
struct StatusRendererTests {
    let status: PlanStatus

    init() throws {
        let checked = try Fixtures.check(file: Fixtures.seedPlan, displayPath: "plans/pho-hak-2564.yaml")
        let calculator = StatusCalculator(asOf: CivilDate(year: 2021, month: 3, day: 31)!, catalog: Fixtures.catalog)
        status = try #require(calculator.status(of: checked))
    }

    @Test("golden: table in English, table in Thai with Thai digits, Markdown, CSV, JSON")
    func goldens() throws {
        try Golden.check(StatusTableRenderer(language: .english).render([status]), against: "status.en.txt")
        try Golden.check(StatusTableRenderer(language: .thai, thaiDigits: true).render([status]), against: "status.th.txt")
        try Golden.check(StatusMarkdownRenderer(language: .thai).render([status]), against: "status.th.md")
        try Golden.check(StatusCSVRenderer(language: .english).render([status]), against: "status.csv")
        try Golden.check(StatusJSONRenderer().render([status]), against: "status.json")
    }

    @Test("JSON validates against schema/status.schema.json")
    func jsonSchema() throws {
        let json = StatusJSONRenderer().render([status])
        let errors = try JSONSchemaCheck.errors(json: json, schema: Fixtures.root.appendingPathComponent("schema/status.schema.json"))
        #expect(errors.isEmpty, "\(errors)")
    }

    @Test("the Thai table lines up: every row of a table puts each column at the same display column")
    func thaiTableAligns() throws {
        let output = StatusTableRenderer(language: .thai).render([status])
        // The measures table runs from its header to the legend line.
        let lines = output.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex { $0.hasPrefix("มาตรการ/ขั้นตอน") })
        let end = try #require(lines.firstIndex { $0.contains("✓ เสร็จตามกำหนด") })
        let rows = Array(lines[start..<end])
        #expect(rows.count == 1 + 8 + 22)
        let header = rows[0]
        func width(_ text: Substring) -> Int { DisplayWidth.of(String(text)) }
        // Right-aligned: each row's first ratio ends exactly under "เสร็จ/ถึงกำหนด".
        let ratioEnd = width(header[..<header.range(of: "เสร็จ/ถึงกำหนด")!.upperBound])
        // Left-aligned: each step's strip of instances starts under "งวด".
        let stripStart = width(header[..<header.range(of: "งวด")!.lowerBound])
        for row in rows.dropFirst() {
            let ratio = try #require(row.firstIndex { $0 == "%" || $0 == "—" })
            #expect(width(row[...ratio]) == ratioEnd, "ratio misaligned in '\(row)'")
            if row.hasPrefix("  "), let strip = row.firstIndex(where: { "✓!✗~".contains($0) }) ?? row.lastIndex(of: ".") {
                #expect(width(row[..<strip]) == stripStart, "strip misaligned in '\(row)'")
            }
        }
        // Every line of a plain table has the same width up to the last column.
        var table = TextTable([.init("ชื่อ"), .init("คะแนน", .right), .init("|")])
        table.add(["การใช้ทรัพย์สินของราชการ", "80.03", "|"])
        table.add(["ที่", "5", "|"])
        table.add(["น้ำ", "100.00", "|"])
        let widths = table.render().split(separator: "\n").map { DisplayWidth.of(String($0)) }
        #expect(Set(widths).count == 1, "\(widths)")
    }

    @Test("titles are cut by display width, keeping Thai marks with their letters")
    func truncation() {
        #expect(TextTable.truncate("มาตรการส่งเสริม", to: 6) == "มาตรก…")
        #expect(DisplayWidth.of(TextTable.truncate("ที่ที่ที่ที่", to: 3)) == 3)
        #expect(TextTable.truncate("สั้น", to: 10) == "สั้น")
    }

    @Test("CSV neutralises formulas and quotes what needs quoting")
    func csvFields() {
        let csv = StatusCSVRenderer(language: .english).render([status])
        #expect(csv.hasPrefix("path,agency,fiscal_year,as_of,"))
        #expect(csv.components(separatedBy: "\r\n").count == 51 + 2)
    }
}

@Suite("CSV cells a spreadsheet would run")
struct CSVInjectionTests {
    @Test("cells starting with = + - @ tab or carriage return are neutralised", arguments: [
        ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""),
        ("+66 2 123", "'+66 2 123"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "\"'\r=1\""),
        ("งาน=พัสดุ", "งาน=พัสดุ"),
    ])
    func neutralised(cell: String, expected: String) {
        #expect(StatusCSVRenderer.field(cell) == expected)
    }
}
