import Foundation
import ITAPlanCore
import ITAPlanReport
import ITAPlanTestSupport
import Testing

/// Issue 18's rough edges in status, reports and the pull-request summary.
@Suite("Status, reports and the PR summary as a new user reads them")
struct NewUserReportTests {
    static let asOf = CivilDate(year: 2021, month: 3, day: 31)!

    private func status(_ text: String) throws -> PlanStatus {
        let checked = Fixtures.check(text, path: "plans/pho-hak-2564.yaml")
        return try #require(StatusCalculator(asOf: Self.asOf, catalog: Fixtures.catalog).status(of: checked))
    }

    private func seed() throws -> String { try String(contentsOf: Fixtures.seedPlan, encoding: .utf8) }

    @Test("the measures table names its columns for what they count: Done late and Overdue (เสร็จล่าช้า, เกินกำหนด)")
    func columnNames() throws {
        let status = try status(try seed())
        let english = StatusTableRenderer(language: .english).render(status).components(separatedBy: "\n")
        let header = try #require(english.first { $0.hasPrefix("Measure/step") })
        #expect(header.contains("Done/year  Done late  Overdue  Soon  Instances"))
        #expect(!header.contains("Late "))
        // Measure 3: one step done late, nothing overdue; measure 7: one of each.
        let three = try #require(english.first { $0.hasPrefix("3 ") })
        #expect(three.hasSuffix("3/3 100%    3/7 43%          1        0     0"), "\(three)")
        let seven = try #require(english.first { $0.hasPrefix("7 ") })
        #expect(seven.hasSuffix("1/2 50%    1/2 50%          1        1     0"), "\(seven)")
        let thai = StatusTableRenderer(language: .thai).render(status).components(separatedBy: "\n")
        #expect(thai.contains { $0.hasPrefix("มาตรการ/ขั้นตอน") && $0.contains("เสร็จ/ทั้งปี  เสร็จล่าช้า  เกินกำหนด  ใกล้  งวด") })
    }

    @Test("a step with no unit at all shows as unassigned in status, in English and Thai")
    func unassignedInStatus() throws {
        let minimal = try Fixtures.text("valid/minimal.yaml")
            .replacingOccurrences(of: "    responsible: งานประชาสัมพันธ์\n", with: "")
        let checked = Fixtures.check(minimal)
        #expect(checked.findings.map(\.rule) == [.unassignedStep, .unassignedStep])
        let status = try #require(StatusCalculator(asOf: Self.asOf, catalog: Fixtures.catalog).status(of: checked))
        let english = StatusTableRenderer(language: .english).render(status)
        let thai = StatusTableRenderer(language: .thai).render(status)
        #expect(english.contains("\n  (unassigned)  "), "\(english)")
        #expect(thai.contains("\n  (ไม่ระบุ)  "), "\(thai)")
    }

    @Test("the completion chart: one point per commit, drawn even when every commit falls on one day or dates go backwards")
    func historyChart() throws {
        let status = try status(try seed())
        var earlier = status.completion
        earlier.doneOnTime -= 2
        let oneDay: [(day: CivilDate, completion: Completion)] = [(Self.asOf, earlier), (Self.asOf, status.completion),
                                                                  (Self.asOf, status.completion)]
        let builder = ReportContextBuilder(language: .english, thaiDigits: false, catalog: Fixtures.catalog)
        let chart = try #require(builder.build([status], asOf: Self.asOf, history: oneDay).history?.chart)
        let lines = chart.components(separatedBy: "<polyline").dropFirst()
        #expect(lines.count == 2)
        for line in lines {
            let points = try #require(line.components(separatedBy: "points=\"").dropFirst().first?
                .components(separatedBy: "\"").first).split(separator: " ")
            #expect(points.count == 3)
            // Three distinct places left to right, not one point drawn three times.
            let xs = points.compactMap { Double($0.split(separator: ",")[0]) }
            #expect(xs == xs.sorted() && Set(xs).count == 3, "\(xs)")
        }
        #expect(chart.components(separatedBy: "<circle").count - 1 == 6)

        // A single commit is a dot, not an invisible line.
        let single = try #require(builder.build([status], asOf: Self.asOf, history: [(Self.asOf, earlier)]).history?.chart)
        #expect(single.components(separatedBy: "<circle").count - 1 == 2)

        // Dates going backwards keep their commit order on the axis.
        let backwards: [(day: CivilDate, completion: Completion)] = [(Self.asOf, earlier),
                                                                    (CivilDate(year: 2021, month: 1, day: 1)!, status.completion)]
        let back = try #require(builder.build([status], asOf: Self.asOf, history: backwards).history?.chart)
        let xs = back.components(separatedBy: "<circle cx=\"").dropFirst().compactMap { Double($0.prefix { $0 != "\"" }) }
        #expect(xs.prefix(2).elementsEqual([44, 624]), "\(xs)")
    }

    @Test("the overdue timeline has a legend of its own dots, in English and Thai")
    func timelineLegend() throws {
        let status = try status(try seed())
        for (language, words) in [(Language.english, ["overdue", "due soon", "done late"]),
                                  (.thai, ["เกินกำหนด", "ใกล้ถึงกำหนด", "เสร็จล่าช้า"])] {
            let report = ReportContextBuilder(language: language, thaiDigits: false, catalog: Fixtures.catalog)
                .build([status], asOf: Self.asOf, history: nil)
            let timeline = try #require(report.plans.first?.charts.timeline)
            // After the as-of line: one dot and one word per kind of dot the chart draws.
            let legend = try #require(timeline.components(separatedBy: "text-anchor=\"middle\"").last)
            for (colour, word) in zip(["#c62828", "#1565c0", "#f9a825"], words) {
                #expect(legend.contains("r=\"5\" fill=\"\(colour)\"/><text"), "\(colour)")
                #expect(legend.contains(">\(word)</text>"), "\(word) in \(legend)")
            }
        }
    }

    @Test("the PR summary shows work done early, lists the head's errors, and spaces a step due once right")
    func diffSummary() throws {
        let seed = try seed()
        let head = seed
            .replacingOccurrences(of: "        text: รายงานผลการจัดหา การจัดซื้อจัดจ้างขององค์กรประจำปีงบประมาณ และเผยแพร่ให้ประชาชนทั่วไปได้รับทราบ\n",
                                  with: "        text: รายงานผลการจัดหา การจัดซื้อจัดจ้างขององค์กรประจำปีงบประมาณ และเผยแพร่ให้ประชาชนทั่วไปได้รับทราบ\n"
                                      + "        progress:\n          - done: 2564-03-20\n"
                                      + "            evidence: https://www.phohak.go.th/procurement/report 2564\n"
                                      + "            by: งานพัสดุฯ กองคลัง\n")
            .replacingOccurrences(of: "          - percent: 70\n            by: สำนักปลัดเทศบาล\n            note: ร่างคู่มือเสร็จแล้ว รอผู้บริหารลงนาม\n",
                                  with: "          - percent: 70\n            by: สำนักปลัดเทศบาล\n            note: ร่างคู่มือเสร็จแล้ว รอผู้บริหารลงนาม\n"
                                      + "          - done: 2564-03-25\n            evidence: https://www.phohak.go.th/manual\n"
                                      + "            by: สำนักปลัดเทศบาล\n")
            // A step due by the end of the year gets its first record.
            .replacingOccurrences(of: "        text: จัดกิจกรรม/โครงการที่เกี่ยวข้องพร้อมดำเนินการประเมินผลฯ\n      - id: 5.3\n",
                                  with: "        text: จัดกิจกรรม/โครงการที่เกี่ยวข้องพร้อมดำเนินการประเมินผลฯ\n        progress:\n"
                                      + "          - percent: 40\n            by: งานการเจ้าหน้าที่\n      - id: 5.3\n")
        #expect(head != seed)
        let before = Fixtures.check(seed, path: "plans/pho-hak-2564.yaml")
        let after = Fixtures.check(head, path: "plans/pho-hak-2564.yaml")
        let errors = after.findings.filter { $0.severity == .error }
        #expect(errors.map(\.rule) == [.evidenceURL])
        let diff = PlanComparison(calculator: StatusCalculator(asOf: Self.asOf, catalog: Fixtures.catalog))
            .compare(path: "plans/pho-hak-2564.yaml", before: before, after: after)

        let english = DiffContextBuilder(language: .english, thaiDigits: false)
            .build(base: "main", head: "HEAD", asOf: Self.asOf, plans: [diff],
                   headErrors: ["plans/pho-hak-2564.yaml": 1], headFindings: ["plans/pho-hak-2564.yaml": errors])
        let plan = try #require(english.plans.first)
        #expect(plan.completion == "20/25 80% → 21/25 84% · done 20 → 22 (early 0 → 1, on time 16 → 16, late 4 → 5) · overdue 2 → 1")
        #expect(plan.findings.count == 1)
        #expect(plan.findings.first?.hasPrefix("\(errors[0].location.line):23: [evidence-url] evidence link 'https://www.phohak.go.th/procurement/report 2564' holds a space") == true)
        // A link with a space is dropped (the error says so): 3.4 counts as done, early, without evidence.
        #expect(plan.progress == [
            "step 3.4 (year) recorded: done 2021-03-20 · by งานพัสดุฯ กองคลัง",
            "step 5.2 (year) recorded: 40% · by งานการเจ้าหน้าที่",
            "step 7.2: 70% · by สำนักปลัดเทศบาล → done 2021-03-25 · evidence https://www.phohak.go.th/manual · by สำนักปลัดเทศบาล",
        ])
        #expect(plan.states.contains("step 7.2: overdue → done late"), "\(plan.states)")
        for line in plan.progress + plan.states { #expect(!line.contains("  ") && !line.contains(" :"), "\(line)") }

        let thai = DiffContextBuilder(language: .thai, thaiDigits: false)
            .build(base: "main", head: "HEAD", asOf: Self.asOf, plans: [diff],
                   headErrors: ["plans/pho-hak-2564.yaml": 1], headFindings: ["plans/pho-hak-2564.yaml": errors])
        let thaiPlan = try #require(thai.plans.first)
        #expect(thaiPlan.completion == "20/25 80% → 21/25 84% · เสร็จ 20 → 22 (ก่อนกำหนด 0 → 1 · ตามกำหนด 16 → 16 · ล่าช้า 4 → 5) · เกินกำหนด 2 → 1")
        #expect(thaiPlan.progress.contains("ขั้นตอน 5.2 (ทั้งปี) บันทึกใหม่: 40% · โดย งานการเจ้าหน้าที่"), "\(thaiPlan.progress)")
        #expect(thaiPlan.progress.contains { $0.hasPrefix("ขั้นตอน 7.2: 70% · โดย สำนักปลัดเทศบาล → เสร็จ 25 มี.ค. 2564") })
        for line in thaiPlan.progress + thaiPlan.states { #expect(!line.contains("  ") && !line.contains(" :"), "\(line)") }

        // Rendered, the errors are in the summary itself.
        let markdown = try ReportRenderer().render(english, layout: .diff)
        #expect(markdown.contains("> **this file has 1 error\\(s\\)**\n> - \(errors[0].location.line):23: \\[evidence-url\\] evidence link"), "\(markdown)")
    }

    @Test("a step due once on a day gets its first record: no period, and one space either side (ขั้นตอน 7.2 บันทึกใหม่)")
    func onceSpacing() throws {
        let percent = "          - percent: 70\n            by: สำนักปลัดเทศบาล\n            note: ร่างคู่มือเสร็จแล้ว รอผู้บริหารลงนาม\n"
        let done = "          - done: 2564-03-25\n            evidence: https://www.phohak.go.th/manual\n            by: สำนักปลัดเทศบาล\n"
        let base = try seed().replacingOccurrences(of: "        progress:\n" + percent, with: "")
        let head = base.replacingOccurrences(of: "        schedule: { by: 2564-03-15 }\n",
                                             with: "        schedule: { by: 2564-03-15 }\n        progress:\n" + done)
        #expect(base != head)
        let diff = PlanComparison(calculator: StatusCalculator(asOf: Self.asOf, catalog: Fixtures.catalog))
            .compare(path: "p.yaml", before: Fixtures.check(base), after: Fixtures.check(head))
        let thai = try #require(DiffContextBuilder(language: .thai, thaiDigits: false)
            .build(base: "a", head: "b", asOf: Self.asOf, plans: [diff], headErrors: [:]).plans.first)
        #expect(thai.progress == ["ขั้นตอน 7.2 บันทึกใหม่: เสร็จ 25 มี.ค. 2564 · หลักฐาน https://www.phohak.go.th/manual · โดย สำนักปลัดเทศบาล"])
        #expect(thai.states == ["ขั้นตอน 7.2: เกินกำหนด → เสร็จล่าช้า"])
        let english = try #require(DiffContextBuilder(language: .english, thaiDigits: false)
            .build(base: "a", head: "b", asOf: Self.asOf, plans: [diff], headErrors: [:]).plans.first)
        #expect(english.progress == ["step 7.2 recorded: done 2021-03-25 · evidence https://www.phohak.go.th/manual · by สำนักปลัดเทศบาล"])
        #expect(english.states == ["step 7.2: overdue → done late"])
    }

    @Test("work done before its deadline shows in the summary although done of due does not move")
    func doneEarly() throws {
        let seed = try seed()
        let head = seed.replacingOccurrences(
            of: "        text: รายงานผลการจัดหา การจัดซื้อจัดจ้างขององค์กรประจำปีงบประมาณ และเผยแพร่ให้ประชาชนทั่วไปได้รับทราบ\n",
            with: "        text: รายงานผลการจัดหา การจัดซื้อจัดจ้างขององค์กรประจำปีงบประมาณ และเผยแพร่ให้ประชาชนทั่วไปได้รับทราบ\n"
                + "        progress:\n          - done: 2564-03-20\n            evidence: https://www.phohak.go.th/procurement/report-2564\n"
                + "            by: งานพัสดุฯ กองคลัง\n")
        let diff = PlanComparison(calculator: StatusCalculator(asOf: Self.asOf, catalog: Fixtures.catalog))
            .compare(path: "p.yaml", before: Fixtures.check(seed), after: Fixtures.check(head))
        let plan = try #require(DiffContextBuilder(language: .english, thaiDigits: false)
            .build(base: "a", head: "b", asOf: Self.asOf, plans: [diff], headErrors: [:]).plans.first)
        #expect(plan.completion == "20/25 80% → 20/25 80% · done 20 → 21 (early 0 → 1, on time 16 → 16, late 4 → 4) · overdue 2 → 2")
        #expect(plan.findings.isEmpty)
    }
}
