import Foundation
import ITAPlanCore
import ITAPlanTestSupport
import Testing

@Suite("Completion against deadlines")
struct StatusTests {
    private func status(_ checked: CheckedPlan, asOf: CivilDate, dueSoonDays: Int? = nil) throws -> PlanStatus {
        try #require(StatusCalculator(asOf: asOf, dueSoonDays: dueSoonDays, catalog: Fixtures.catalog).status(of: checked))
    }

    private func day(_ year: Int, _ month: Int, _ day: Int) -> CivilDate {
        CivilDate(year: year, month: month, day: day)!
    }

    @Test("the seed as of 2021-03-31: every measure's completion and the overdue items")
    func seedMidYear() throws {
        let checked = try Fixtures.check(file: Fixtures.seedPlan, displayPath: "plans/pho-hak-2564.yaml")
        let status = try status(checked, asOf: day(2021, 3, 31))
        let plan = status.completion
        #expect((plan.doneOnTime, plan.doneLate, plan.overdue, plan.dueSoon, plan.notYetDue) == (16, 4, 2, 5, 24))
        #expect((plan.doneOfDueSoFar, plan.dueSoFar, plan.done, plan.total) == (20, 25, 20, 51))

        // Per measure: (done of due so far, due so far, done, total, overdue, due soon).
        let perMeasure = status.measures.map {
            [$0.completion.doneOfDueSoFar, $0.completion.dueSoFar, $0.completion.done, $0.completion.total,
             $0.completion.overdue, $0.completion.dueSoon]
        }
        #expect(perMeasure == [
            [6, 7, 6, 16, 0, 2], [1, 1, 1, 2, 0, 0], [3, 3, 3, 7, 0, 0], [6, 7, 6, 14, 1, 1],
            [1, 1, 1, 3, 0, 0], [1, 2, 1, 3, 0, 1], [1, 2, 1, 2, 1, 0], [1, 2, 1, 4, 0, 1],
        ])
        let overdue = status.items.filter { $0.item.state == .overdue }
            .map { "\($0.step.step.id.value) \($0.item.instance.period) \($0.item.daysLate ?? -1)" }
        #expect(overdue == ["4.3 2021-02 21", "7.2 once 16"])
        let late = status.items.filter { $0.item.state == .doneLate }
            .map { "\($0.step.step.id.value) \($0.item.daysLate ?? -1)" }
        #expect(late == ["1.1 4", "3.1 15", "4.3 5", "7.1 12"])
    }

    @Test("a record dated after the as-of date is not done yet, as of that date")
    func recordsAfterAsOf() throws {
        let checked = try Fixtures.check(file: Fixtures.seedPlan)
        let january = try status(checked, asOf: day(2021, 1, 31))
        let step = try #require(january.items.first { $0.step.step.id.value == "4.3" && $0.item.instance.period == "2021-01" })
        #expect(step.item.state == .dueSoon)
        #expect(step.item.done == nil)
        #expect(step.item.record?.done?.value == day(2021, 2, 10))
    }

    /// A plan with one monthly report due by the 10th of the next month.
    private func monthlyPlan(doneJanuaryOn done: String) throws -> CheckedPlan {
        let yaml = try Fixtures.text("valid/minimal.yaml").replacingOccurrences(
            of: "      - id: 1.2\n        text: ตรวจสอบข้อมูล\n",
            with: """
                  - id: 1.2
                    text: รายงานประจำเดือน
                    schedule: { every: month, grace_days: 10 }
                    progress:
                      - period: ม.ค. 2564
                        done: \(done)
                        evidence: https://example.go.th/report-2564-01

            """)
        return Fixtures.check(yaml)
    }

    @Test("a monthly item with a grace period: on time on the last grace day, late the day after")
    func gracePeriodDoneDates() throws {
        let onTime = try status(try monthlyPlan(doneJanuaryOn: "2564-02-10"), asOf: day(2021, 3, 1))
        let late = try status(try monthlyPlan(doneJanuaryOn: "2564-02-11"), asOf: day(2021, 3, 1))
        func january(_ status: PlanStatus) -> InstanceStatus? {
            status.items.first { $0.step.step.id.value == "1.2" && $0.item.instance.period == "2021-01" }?.item
        }
        #expect(january(onTime)?.instance.due == day(2021, 2, 10))
        #expect(january(onTime)?.state == .doneOnTime)
        #expect(january(late)?.state == .doneLate)
        #expect(january(late)?.daysLate == 1)
    }

    @Test("an open monthly item turns overdue at Bangkok midnight after its last grace day")
    func gracePeriodAtBangkokMidnight() throws {
        let checked = try monthlyPlan(doneJanuaryOn: "2564-02-10")
        let formatter = ISO8601DateFormatter()
        // The February report is due 10 March; 16:59:59 UTC is 23:59:59 in Bangkok.
        let lastMoment = CivilDate(try #require(formatter.date(from: "2021-03-10T16:59:59Z")), in: CivilDate.bangkok)
        let midnight = CivilDate(try #require(formatter.date(from: "2021-03-10T17:00:00Z")), in: CivilDate.bangkok)
        func february(_ asOf: CivilDate) throws -> InstanceStatus? {
            try status(checked, asOf: asOf).items
                .first { $0.step.step.id.value == "1.2" && $0.item.instance.period == "2021-02" }?.item
        }
        #expect(try february(lastMoment)?.state == .dueSoon)
        #expect(try february(lastMoment)?.daysLeft == 0)
        #expect(try february(midnight)?.state == .overdue)
        #expect(try february(midnight)?.daysLate == 1)
    }

    @Test("the due-soon window is configurable")
    func dueSoonWindow() throws {
        let checked = try Fixtures.check(file: Fixtures.seedPlan)
        #expect(try status(checked, asOf: day(2021, 3, 31)).completion.dueSoon == 5)
        #expect(try status(checked, asOf: day(2021, 3, 31), dueSoonDays: 0).completion.dueSoon == 3)
        #expect(try status(checked, asOf: day(2021, 3, 31), dueSoonDays: 20).completion.dueSoon == 6)
    }

    @Test("roll-ups: units compared without spaces, indicators with the measures that address them")
    func rollUps() throws {
        let checked = try Fixtures.check(file: Fixtures.seedPlan)
        let status = try status(checked, asOf: day(2021, 3, 31))
        let legal = try #require(status.byUnit.first { $0.unit == "งานนิติการ สำนักปลัดเทศบาล" })
        #expect(legal.completion.overdue == 1)
        #expect(legal.overdueSteps == ["4.3"])
        // "งานนิติกรสำนัก ปลัดเทศบาล" (measures 5, 6) and "งานนิติกรสำนักปลัดเทศบาล" (measure 8) are one unit.
        #expect(status.byUnit.filter { $0.unit.hasPrefix("งานนิติกร") }.count == 1)
        let oit = try #require(status.byIndicator.first { $0.number == 10 })
        #expect(oit.belowPassMark)
        #expect(oit.measures == ["4", "5", "6", "7", "8"])
        #expect(status.byIndicator.first { $0.number == 6 }?.measures == [])
    }

    @Test("roll-ups past a handful of units: 40 units, spacing variants merged, order of first appearance kept")
    func manyUnits() throws {
        let seed = try String(contentsOf: Fixtures.seedPlan, encoding: .utf8)
        let head = String(seed[..<seed.range(of: "measures:\n")!.lowerBound])
        var steps = ""
        for index in 1...40 {
            steps += "      - id: 1.\(index)\n        text: ขั้นตอน \(index)\n        responsible: หน่วยงาน ที่ \(index)\n"
                + "        schedule: { by: 2564-01-15 }\n"
        }
        // The same unit as step 1.30's, with its space in another place.
        steps += "      - id: 1.41\n        text: ซ้ำ\n        responsible: หน่วยงานที่ 30\n        schedule: { by: 2564-01-15 }\n"
        let plan = head + "measures:\n  - id: 1\n    title: ทดสอบ\n    steps:\n" + steps
        let status = try status(Fixtures.check(plan), asOf: day(2021, 3, 31))
        #expect(status.byUnit.map(\.unit) == (1...40).map { "หน่วยงาน ที่ \($0)" })
        let merged = try #require(status.byUnit.first { $0.unit == "หน่วยงาน ที่ 30" })
        #expect(merged.completion.total == 2)
        #expect(merged.overdueSteps == ["1.30", "1.41"])
    }

    @Test("items due after the OIT evidence window are flagged")
    func evidenceWindow() throws {
        let checked = try Fixtures.check(file: Fixtures.seedPlan)
        let status = try status(checked, asOf: day(2021, 3, 31))
        #expect(status.evidenceWindow?.end == day(2021, 4, 30))
        #expect(status.evidenceWindow?.confirmed == false)
        let flagged = status.items.filter(\.item.afterEvidenceWindow)
        #expect(flagged.allSatisfy { $0.item.instance.due > day(2021, 4, 30) })
        #expect(flagged.count == 23)
    }
}
