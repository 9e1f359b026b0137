import ITAPlanCore
import ITAPlanTestSupport
import Testing

@Suite("The seed's plan in plans/")
struct SeedPlanTests {
    let checked: CheckedPlan

    init() throws {
        checked = try Fixtures.check(file: Fixtures.seedPlan, displayPath: "plans/pho-hak-2564.yaml")
    }

    @Test("validates clean")
    func clean() {
        #expect(checked.findings.isEmpty, "\(checked.findings)")
    }

    @Test("holds the agency, the fiscal year and the ITA result it builds on")
    func header() throws {
        let plan = try #require(checked.plan)
        #expect(plan.agency.name.value == "เทศบาลตำบลโพหัก")
        #expect(plan.fiscalYear.value == 2564)
        #expect(plan.ita.year.value == 2563)
        #expect(plan.ita.total?.value == 69.58)
        #expect(plan.ita.grade?.value == "C")
        #expect(plan.ita.analysis.count == 3)
        #expect(plan.ita.analysis.map { $0.indicators.map(\.value) } == [[1, 2, 3, 4, 5], [6, 7, 8], [9, 10]])
    }

    @Test("holds the seed's ten indicator scores")
    func indicators() throws {
        let plan = try #require(checked.plan)
        let scores = plan.ita.indicators.map { ($0.number.value, $0.tool?.value ?? "", $0.score.value) }
        let expected: [(Int, String, Double)] = [
            (1, "IIT", 88.76), (2, "IIT", 83.00), (3, "IIT", 86.45), (4, "IIT", 80.03), (5, "IIT", 86.43),
            (6, "EIT", 85.59), (7, "EIT", 87.68), (8, "EIT", 80.20), (9, "OIT", 68.79), (10, "OIT", 25.00),
        ]
        #expect(scores.count == expected.count)
        for (actual, wanted) in zip(scores, expected) {
            #expect(actual.0 == wanted.0 && actual.1 == wanted.1 && actual.2 == wanted.2)
        }
    }

    @Test("holds the seed's eight measures with every step")
    func measures() throws {
        let plan = try #require(checked.plan)
        #expect(plan.measures.map(\.id.value) == ["1", "2", "3", "4", "5", "6", "7", "8"])
        #expect(plan.measures.map(\.steps.count) == [2, 2, 4, 3, 3, 3, 2, 3])
        #expect(plan.measures[2].steps[2].text.value
            == "รายงานผลการจัดหา การจัดซื้อจัดจ้างขององค์กรรายไตรมาส และเผยแพร่ให้ประชาชนทั่วไปได้รับทราบ")
        #expect(plan.measures[4].responsible.map(\.value)
            == ["งานการเจ้าหน้าที่ฯ สำนักปลัดเทศบาล", "งานนิติกรสำนัก ปลัดเทศบาล"])
        #expect(plan.measures[3].timeframe?.value == "-รายเดือน -ประจำปี งบประมาณ ๒๕๖๔")
        #expect(plan.measures[6].results.count == 3)
        #expect(plan.measures.allSatisfy { !$0.recommendations.isEmpty })
    }

    @Test("its stated 69.58 follows from its scores: 69.5852 under the 2563 model")
    func arithmetic() throws {
        let plan = try #require(checked.plan)
        let model = try #require(Fixtures.catalog.model(for: 2563))
        let scores = Dictionary(uniqueKeysWithValues: plan.ita.indicators.map { ($0.number.value, $0.score.value) })
        let computation = try #require(ScoreComputation(model: model, scores: scores))
        #expect(DecimalText.format(computation.total, places: 4) == "69.5852")
        #expect(computation.isConsistent(withStated: 69.58))
        #expect(computation.isConsistent(withStated: 69.59))
        #expect(!computation.isConsistent(withStated: 69.57))
        #expect(!computation.isConsistent(withStated: 69.60))
        #expect(model.grade(for: 69.58) == "C")
    }
}
