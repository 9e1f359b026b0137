import Foundation
import ITAPlanCore
import ITAPlanReport
import ITAPlanTestSupport
import Testing

/// The dashboard of many plans: an overview row per plan, filters, and the
/// page written one plan at a time.
@Suite("Many-plan dashboard")
struct ManyPlanDashboardTests {
    /// `count` copies of the seed plan, each its own agency, in two provinces and two kinds.
    static func statuses(_ count: Int) throws -> [PlanStatus] {
        let seed = try String(contentsOf: Fixtures.seedPlan, encoding: .utf8)
        return try (0..<count).map { index in
            let yaml = seed
                .replacingOccurrences(of: "  name: เทศบาลตำบลโพหัก\n", with: "  name: หน่วยงานที่ \(index)\n")
                .replacingOccurrences(of: "  province: ราชบุรี", with: index % 2 == 0 ? "  province: ราชบุรี" : "  province: ลำปาง")
                .replacingOccurrences(of: "  kind: subdistrict-municipality",
                                      with: index % 3 == 0 ? "  kind: town-municipality" : "  kind: subdistrict-municipality")
            let checked = Fixtures.check(yaml, path: "plans/p\(index).yaml")
            #expect(checked.errorCount == 0)
            return try #require(StatusCalculator(asOf: Fixtures.today, catalog: Fixtures.catalog).status(of: checked))
        }
    }

    static func page(_ statuses: [PlanStatus], language: Language = .thai, thaiDigits: Bool = false) throws -> [String] {
        var pieces: [String] = []
        try ManyPlanDashboard(language: language, thaiDigits: thaiDigits, catalog: Fixtures.catalog)
            .write(statuses, asOf: Fixtures.today) { pieces.append($0) }
        return pieces
    }

    @Test("one overview row per plan, linked to its section; computed ITA level; written one plan at a time")
    func overview() throws {
        let statuses = try Self.statuses(25)
        let pieces = try Self.page(statuses)
        // The overview, one piece per plan, the end.
        #expect(pieces.count == 27)
        let head = pieces[0]
        #expect(head.components(separatedBy: "<tr class=\"plan-row").count - 1 == 25)
        for index in 1...25 {
            #expect(head.contains("<a href=\"#plan-\(index)\">"))
            #expect(pieces[index].contains("id=\"plan-\(index)\""))
            #expect(pieces[index].components(separatedBy: "<section").count - 1 == 1)
        }
        #expect(pieces[1].contains("หน่วยงานที่ 0 · ปีงบประมาณ 2564"))
        #expect(pieces[2].contains("<section class=\"plan pv-1 kd-1 st-0\" id=\"plan-2\">"))
        // The seed's scores compute to 69.59 (grade C), the level shown.
        #expect(head.contains("<td class=\"num\">C</td>"))
        #expect(head.contains("ระดับ ITA (คำนวณ)"))
        // Sections carry no charts; the page no script.
        #expect(!pieces.joined().contains("<svg"))
        #expect(!pieces.joined().contains("<script"))
        #expect(pieces.last?.contains("</html>") == true)
    }

    @Test("filters by province, kind and status are radio buttons and CSS built from numbers only")
    func filters() throws {
        let head = try Self.page(try Self.statuses(21))[0]
        #expect(head.contains("id=\"pv-0\"> ราชบุรี") && head.contains("id=\"pv-1\"> ลำปาง"))
        // Numbered in order of first appearance: plan 1 is a town municipality.
        #expect(head.contains("id=\"kd-0\"> เทศบาลเมือง") && head.contains("id=\"kd-1\"> เทศบาลตำบล"))
        #expect(head.contains("id=\"st-0\"> เกินกำหนด"))
        #expect(head.contains("body:has(#pv-1:checked) tr.plan-row:not(.pv-1)"))
        // Row 2: ลำปาง, subdistrict-municipality, overdue items.
        #expect(head.contains("<tr class=\"plan-row pv-1 kd-1 st-0\"><td><a href=\"#plan-2\">หน่วยงานที่ 1</a>"))
        let style = ManyPlanDashboard.filterStyle(groups: [("pv", 2)])
        #expect(style.unicodeScalars.allSatisfy { $0.isASCII })
    }

    @Test("plan text with markup and control characters stays inert in the overview and the sections")
    func hostileText() throws {
        var statuses = try Self.statuses(21)
        let yaml = try String(contentsOf: Fixtures.seedPlan, encoding: .utf8)
            .replacingOccurrences(of: "  name: เทศบาลตำบลโพหัก\n", with: "  name: \"<b>x</b>\\e[2J <itaplan:anchor>\"\n")
            .replacingOccurrences(of: "  province: ราชบุรี", with: "  province: \"</style><script>y</script>\"")
        let checked = Fixtures.check(yaml, path: "plans/hostile.yaml")
        statuses.append(try #require(StatusCalculator(asOf: Fixtures.today, catalog: Fixtures.catalog).status(of: checked)))
        let page = try Self.page(statuses).joined()
        #expect(!page.contains("<b>x") && !page.contains("<script>"))
        #expect(page.contains("&lt;b&gt;x&lt;/b&gt;\\u001b[2J &lt;itaplan:anchor&gt;"))
        #expect(page.contains("&lt;/style&gt;&lt;script&gt;y&lt;/script&gt;"))
        #expect(!page.unicodeScalars.contains { SafeText.isUnsafe($0) && $0 != "\n" })
        // The anchor stand-in in plan text is text, not replaced: the last plan's anchor is still plan-22.
        #expect(page.contains("id=\"plan-22\""))
    }

    @Test("Thai digits reach the overview's counts and the sections")
    func thaiDigits() throws {
        let pieces = try Self.page(try Self.statuses(21), thaiDigits: true)
        #expect(pieces[0].contains("ภาพรวม ๒๑ แผน"))
        #expect(pieces[1].contains("ปีงบประมาณ ๒๕๖๔"))
        #expect(pieces[1].contains("<td class=\"num\">๑</td>") || pieces[1].contains("<td class=\"num\">๐</td>"))
    }
}
