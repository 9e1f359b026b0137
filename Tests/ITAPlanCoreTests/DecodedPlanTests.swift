import Foundation
import ITAPlanCore
import ITAPlanTestSupport
import Testing

@Suite("A plan decoded once, checked on many days")
struct DecodedPlanTests {
    @Test("checking one decoded plan on each day gives what checking the file on that day gives, day-dependent findings included")
    func decodedThenChecked() throws {
        let source = PlanSource(path: "plans/pho-hak-2564.yaml",
                                contents: try String(contentsOf: Fixtures.seedPlan, encoding: .utf8))
        // Before the seed's first record (3 Nov 2020) every record is dated
        // later than the check; on 31 Mar 2021 none is.
        let days = [CivilDate(year: 2020, month: 11, day: 1)!, Fixtures.today]
        let decoded = PlanChecker(catalog: Fixtures.catalog).decoded(source)
        var findingsByDay: [[Finding]] = []
        for day in days {
            let checker = PlanChecker(catalog: Fixtures.catalog, today: day)
            let whole = checker.check(source)
            let finished = checker.check(decoded)
            #expect(finished.findings == whole.findings)
            #expect(finished.timeline?.steps.count == whole.timeline?.steps.count)
            findingsByDay.append(finished.findings)
        }
        #expect(!findingsByDay[0].isEmpty)
        #expect(findingsByDay[1].isEmpty)
    }

    @Test("a file that does not decode keeps its findings and no plan")
    func undecodable() {
        let source = PlanSource(path: "plans/broken.yaml", contents: "agency: [unclosed\n")
        let checker = PlanChecker(catalog: Fixtures.catalog, today: Fixtures.today)
        let finished = checker.check(checker.decoded(source))
        #expect(finished.plan == nil)
        #expect(finished.errorCount > 0)
        #expect(finished.findings == checker.check(source).findings)
    }
}
