import ITAPlanCore
import ITAPlanTestSupport
import Testing

@Suite("Unit names compared as people mean them")
struct UnitNameTests {
    @Test("spacing, Thai punctuation, zero-width spaces and case are ignored", arguments: [
        ("งานพัสดุ", "งานพัสดุฯ กองคลัง", true),
        ("งานพัสดุ กองคลัง", "งานพัสดุฯ กองคลัง", true),
        ("งาน พัสดุ", "งานพัสดุฯ\u{200B}กองคลัง", true),
        ("งานนิติกร", "งานนิติกรสำนัก ปลัดเทศบาล", true),
        ("สำนัก/กอง/งาน", "สำนัก กอง งาน ต่างๆ", true),
        ("IT", "งาน it ฯ", true),
        ("งานพัสดุ", "งานนิติการ สำนักปลัดเทศบาล", false),
        ("กองช่าง", "กองคลัง", false),
        ("ฯ", "งานพัสดุฯ", false),
    ])
    func matching(query: String, unit: String, expected: Bool) {
        #expect(UnitName.matches(query, unit: unit) == expected)
    }

    @Test("a name cut mid-syllable still matches: comparison is by code point, not by character")
    func partialSyllable() {
        #expect(UnitName.matches("งานพัสด", unit: "งานพัสดุฯ กองคลัง"))
    }

    @Test("status for one unit keeps its steps, step-level units included, and counts only them")
    func filteredStatus() throws {
        let checked = try Fixtures.check(file: Fixtures.seedPlan)
        let status = try #require(StatusCalculator(asOf: Fixtures.today, catalog: Fixtures.catalog).status(of: checked))
        let procurement = status.filtered(unit: "งานพัสดุ")
        #expect(procurement.measures.map(\.measure.id.value) == ["3"])
        #expect(procurement.completion.total == 7)
        #expect(procurement.byUnit.map(\.unit) == ["งานพัสดุฯ กองคลัง"])

        let yaml = try String(contentsOf: Fixtures.seedPlan, encoding: .utf8).replacingOccurrences(
            of: "      - id: 6.2\n", with: "      - id: 6.2\n        responsible: งานพัสดุฯ กองคลัง\n")
        let stepLevel = try #require(StatusCalculator(asOf: Fixtures.today, catalog: Fixtures.catalog)
            .status(of: Fixtures.check(yaml))).filtered(unit: "พัสดุ")
        #expect(stepLevel.measures.flatMap { $0.steps.map(\.step.id.value) } == ["3.1", "3.2", "3.3", "3.4", "6.2"])
    }
}
