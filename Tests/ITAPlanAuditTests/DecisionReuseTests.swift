import Foundation
@testable import ITAPlanAudit
import ITAPlanCore
import ITAPlanGit
import ITAPlanReport
import ITAPlanTestSupport
import Testing

/// The proof behind reusing a plan's decisions between snapshot days
/// (`DecisionReuseCache`): whenever the thresholds say two days are on the
/// same side of every comparison, a full recomputation on each day gives
/// the same stored file, overview row, totals and findings.
@Suite("Decisions reused between days equal a recomputation")
struct DecisionReuseTests {
    static let yearStart = CivilDate(year: 2020, month: 10, day: 1)!

    /// A plan of fiscal year 2564 with every kind of schedule, a random
    /// due-soon window and records done on random days (some after the
    /// check day, some late, some partial), so thresholds of every kind
    /// fall all over the year.
    static func plan(_ random: inout SeededRandom) -> String {
        let schedules = ["monthly", "quarterly", "half-yearly", "fiscal-year", "{ every: month, grace_days: 7 }",
                         "{ every: quarter, grace_days: 15 }", "{ quarters: [2] }", "{ by: 2564-01-15 }",
                         "{ from: 2563-11-01, to: 2564-06-30 }"]
        let periods: [String: [String]] = [
            "monthly": (0..<12).map(Self.month), "{ every: month, grace_days: 7 }": (0..<12).map(Self.month),
            "quarterly": ["Q1", "Q2", "Q3", "Q4"], "{ every: quarter, grace_days: 15 }": ["Q1", "Q2", "Q3", "Q4"],
            "half-yearly": ["H1", "H2"],
        ]
        var text = """
            schema: 1
            agency: { name: เทศบาลตำบลสุ่ม, kind: subdistrict-municipality }
            fiscal_year: 2564
            settings: { due_soon_days: \(random.int(0...30)), evidence_required: false }
            ita:
              year: 2563
              total: 80.00
              indicators:
            \(Self.indicators)
            measures:
              - id: 1
                title: มาตรการสุ่ม
                indicators: [9]
                responsible: งานทดสอบ
                steps:

            """
        for step in 1...random.int(1...6) {
            let schedule = schedules[random.int(0...(schedules.count - 1))]
            text += "      - id: 1.\(step)\n        text: ขั้นตอน \(step)\n        schedule: \(schedule)\n"
            let named = periods[schedule] ?? [""]
            var records = ""
            for period in named where random.chance(60) {
                records += period.isEmpty ? "          - " : "          - period: \(period)\n            "
                if random.chance(20) {
                    records += "percent: \(random.int(1...99))\n"
                } else {
                    let done = yearStart.adding(days: random.int(0...364))
                    records += "done: \(done.year + 543)-\(Self.two(done.month))-\(Self.two(done.day))\n"
                }
            }
            if !records.isEmpty { text += "        progress:\n" + records }
        }
        return text
    }

    /// The ten indicators of ITA 2563, as the minimal fixture has them.
    static let indicators = (1...10).map { number in
        "    - { number: \(number), tool: \(number <= 5 ? "IIT" : number <= 8 ? "EIT" : "OIT"), score: 80.00 }"
    }.joined(separator: "\n")

    static func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
    static func month(_ index: Int) -> String {
        let date = CivilDate(year: 2020, month: 10, day: 1)!.adding(days: 31 * index)
        return "\(date.year + 543)-\(two(date.month))"
    }

    /// What a snapshot keeps of one plan on (asOf, checkedOn), computed in full.
    struct Outcome: Equatable {
        let decisions: [UInt8]?
        let row: String?
        let completion: Completion?
        let findings: [Finding]
    }

    static func outcome(_ source: PlanSource, asOf: CivilDate, checkedOn: CivilDate) -> Outcome {
        let checked = PlanChecker(catalog: Fixtures.catalog, today: checkedOn).check(source)
        let status = checked.errorCount == 0
            ? StatusCalculator(asOf: asOf, catalog: Fixtures.catalog).status(of: checked) : nil
        return Outcome(decisions: status.map(SnapshotDecisions.bytes),
                       row: status.map(StatusMarkdownRenderer(language: .thai).overviewRow),
                       completion: status?.completion,
                       findings: checked.findings)
    }

    @Test("for random plans and days: days the thresholds call alike give the same decisions, findings and row; most consecutive days are alike")
    func reusedEqualsRecomputed() throws {
        var random = SeededRandom(seed: 20_261_201)
        var alike = 0
        var pairs = 0
        for index in 0..<16 {
            let text = Self.plan(&random)
            let source = PlanSource(path: "plans/random-\(index).yaml", contents: text)
            let checked = PlanChecker(catalog: Fixtures.catalog).check(source)
            #expect(checked.errorCount == 0, "plan \(index) has errors:\n\(text)")
            let asOfThresholds = try #require(StatusCalculator(asOf: Self.yearStart, catalog: Fixtures.catalog)
                .decisionThresholds(of: checked), "plan \(index) did not decode:\n\(text)")
            // The thresholds of each day's own check (a done date in the
            // future makes that day's findings hold for that day only).
            let todayThresholds = { (day: CivilDate) in
                let checker = PlanChecker(catalog: Fixtures.catalog, today: day)
                return checker.todayThresholds(of: checker.check(source))
            }
            // Every day of the year and a little around it, as a daily chain
            // sees them (checked on the as-of day), in full once each.
            let days = (-20...390).map { Self.yearStart.adding(days: $0) }
            let outcomes = days.map { Self.outcome(source, asOf: $0, checkedOn: $0) }
            for (day, next) in zip(zip(days, outcomes), zip(days, outcomes).dropFirst()) {
                pairs += 1
                guard asOfThresholds.sameSide(day.0, next.0), todayThresholds(day.0).sameSide(day.0, next.0) else { continue }
                alike += 1
                #expect(day.1 == next.1, "plan \(index), \(day.0) → \(next.0) called alike but differs:\n\(text)")
            }
            // Days far apart, and the as-of and checked-on days apart from each other.
            for _ in 0..<60 {
                let a = (days.randomElement(using: &random) ?? days[0], days.randomElement(using: &random) ?? days[0])
                let b = (days.randomElement(using: &random) ?? days[0], days.randomElement(using: &random) ?? days[0])
                guard asOfThresholds.sameSide(a.0, b.0), todayThresholds(a.1).sameSide(a.1, b.1) else { continue }
                #expect(Self.outcome(source, asOf: a.0, checkedOn: a.1) == Self.outcome(source, asOf: b.0, checkedOn: b.1),
                        "plan \(index), \(a) → \(b) called alike but differs:\n\(text)")
            }
        }
        // Thresholds on every day would pass the checks above and reuse nothing.
        #expect(alike * 5 > pairs, "only \(alike) of \(pairs) consecutive days reusable")
    }

    @Test("every kind of threshold is needed: each one left out lets some pair of days differ")
    func everyThresholdMatters() throws {
        // One step due by 15 Jan 2564 (2021-01-15), due-soon window 10 days,
        // done on 20 Jan 2564; checked on each day.
        let source = PlanSource(path: "plans/one.yaml", contents: """
            schema: 1
            agency: { name: เทศบาลตำบลหนึ่ง, kind: subdistrict-municipality }
            fiscal_year: 2564
            settings: { due_soon_days: 10, evidence_required: false }
            ita:
              year: 2563
              total: 80.00
              indicators:
            \(Self.indicators)
            measures:
              - id: 1
                title: มาตรการเดียว
                indicators: [9]
                responsible: งานทดสอบ
                steps:
                  - id: 1.1
                    text: ขั้นตอนเดียว
                    schedule: { by: 2564-01-15 }
                    progress:
                      - done: 2564-01-20

            """)
        let due = CivilDate(year: 2021, month: 1, day: 15)!
        let crossings: [(String, CivilDate)] = [
            ("due soon starts", due.adding(days: -10)), ("due so far", due), ("overdue", due.adding(days: 1)),
            ("done counts", CivilDate(year: 2021, month: 1, day: 20)!),
        ]
        let checked = PlanChecker(catalog: Fixtures.catalog).check(source)
        let thresholds = try #require(StatusCalculator(asOf: due, catalog: Fixtures.catalog).decisionThresholds(of: checked))
        for (name, day) in crossings {
            let before = day.adding(days: -1)
            #expect(!thresholds.sameSide(before, day), "\(name)")
            // Checked on a fixed later day, so only the as-of day moves.
            let late = CivilDate(year: 2021, month: 9, day: 1)!
            #expect(Self.outcome(source, asOf: before, checkedOn: late) != Self.outcome(source, asOf: day, checkedOn: late),
                    "\(name): crossing \(day) changes nothing, so the test would not notice it missing")
        }
        // The check day: the done date is in the future until it arrives.
        let done = CivilDate(year: 2021, month: 1, day: 20)!
        let onTheDay = PlanChecker(catalog: Fixtures.catalog, today: done)
        #expect(!onTheDay.todayThresholds(of: onTheDay.check(source)).sameSide(done.adding(days: -1), done))
        // Before it, the finding names the check day: that check holds for its own day only.
        let before = PlanChecker(catalog: Fixtures.catalog, today: done.adding(days: -3))
        #expect(!before.todayThresholds(of: before.check(source)).sameSide(done.adding(days: -3), done.adding(days: -2)))
        #expect(Self.outcome(source, asOf: done, checkedOn: done.adding(days: -1))
                != Self.outcome(source, asOf: done, checkedOn: done))
    }

    @Test("the stored decisions read back, by Foundation's JSON reader, as exactly the status they were written from")
    func storedDecisionsReadBack() throws {
        var random = SeededRandom(seed: 7)
        var sources = [PlanSource(path: "plans/pho-hak-2564.yaml",
                                  contents: try String(contentsOf: Fixtures.seedPlan, encoding: .utf8))]
        // Paths and ids a JSON writer must escape.
        sources += (0..<8).map { PlanSource(path: "plans/\"ก\u{1}\\\($0).yaml", contents: Self.plan(&random)) }
        for source in sources {
            let checked = PlanChecker(catalog: Fixtures.catalog, today: Fixtures.today).check(source)
            for day in stride(from: -10, through: 370, by: 45) {
                let status = try #require(StatusCalculator(asOf: Self.yearStart.adding(days: day), catalog: Fixtures.catalog)
                    .status(of: checked))
                let bytes = SnapshotDecisions.bytes(status)
                #expect(bytes.last == 0x0A && !bytes.dropLast().contains(0x0A), "one line: \(source.path)")
                let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
                #expect(object.keys.sorted() == ["completion", "instances", "path"])
                #expect(object["path"] as? String == status.path)
                let c = status.completion
                let totals = try #require(object["completion"] as? [String: Int])
                #expect(totals == ["done": c.done, "done_of_due_so_far": c.doneOfDueSoFar, "due_so_far": c.dueSoFar,
                                   "due_soon": c.dueSoon, "overdue": c.overdue, "total": c.total])
                let expected: [[String: String]] = status.items.map { item in
                    var row = ["measure": item.measure.measure.id.value, "step": item.step.step.id.value,
                               "period": item.item.instance.period, "due": item.item.instance.due.description,
                               "state": item.item.state.rawValue]
                    if let done = item.item.done { row["done"] = done.description }
                    return row
                }
                let instances = try #require(object["instances"] as? [[String: Any]])
                let read: [[String: String]] = instances.map { $0.compactMapValues { $0 as? String } }
                #expect(read == expected, "\(source.path)")
                // `done` is written, as null, when the instance is not done.
                #expect(instances.allSatisfy { $0.keys.contains("done") })
            }
        }
    }

    @Test("DayThresholds: same side means no threshold in (earlier, later]")
    func sameSide() {
        let d = { (n: Int) in Self.yearStart.adding(days: n) }
        let thresholds = DayThresholds([d(10), d(20), d(10)])
        #expect(thresholds.days == [d(10), d(20)])
        #expect(thresholds.sameSide(d(0), d(9)))
        #expect(!thresholds.sameSide(d(9), d(10)))
        #expect(thresholds.sameSide(d(10), d(19)))
        #expect(!thresholds.sameSide(d(19), d(20)))
        #expect(!thresholds.sameSide(d(25), d(5)))
        #expect(thresholds.sameSide(d(21), d(400)))
        #expect(thresholds.sameSide(d(15), d(15)))
        #expect(DayThresholds([]).sameSide(d(0), d(1000)))
    }
}

@Suite("Verify reuses decisions between snapshot days and still trusts nothing stored")
struct VerifyReuseTests {
    let signature = Signature(name: "CI", email: "ci@example.go.th",
                              time: Date(timeIntervalSince1970: 1_617_159_600), offsetMinutes: 420)

    @Test("a chain of daily snapshots verifies with decisions reused; a status forged on a reused day still fails, as without reuse")
    func reusedAndForged() throws {
        let sandbox = try GitSandbox(name: "reuse")
        let seed = try String(contentsOf: Fixtures.seedPlan, encoding: .utf8)
        // More than the 10 plans a summary shows in full: only then is a plan's part reusable.
        for index in 1...12 { try sandbox.write("plans/agency-\(index).yaml", seed) }
        try sandbox.commitAll("plans")
        // Three days in a row with no threshold of the seed plan between them.
        let checked = PlanChecker(catalog: Fixtures.catalog, today: Fixtures.today)
            .check(PlanSource(path: "plans/agency-1.yaml", contents: seed))
        let thresholds = try #require(StatusCalculator(asOf: Fixtures.today, catalog: Fixtures.catalog)
            .decisionThresholds(of: checked))
        let start = try #require((0..<200).map { CivilDate(year: 2021, month: 4, day: 1)!.adding(days: $0) }
            .first { thresholds.sameSide($0, $0.adding(days: 2)) })
        let repository = try GitRepository(discoveringFrom: sandbox.path)
        let writer = SnapshotWriter(repository: repository, catalog: Fixtures.catalog)
        for offset in 0..<3 {
            _ = try writer.write(SnapshotWriter.Request(
                revision: "HEAD", asOf: start.adding(days: offset), checkedOn: max(start.adding(days: offset), Fixtures.today),
                summaryLanguage: .thai, author: signature, committer: signature))
        }
        let verifier = SnapshotVerifier(repository: repository, catalog: Fixtures.catalog)
        let decisions = DecisionReuseCache()
        let clean = try verifier.verifyChain(reference: SnapshotWriter.defaultReference, decisions: decisions)
        #expect(clean.snapshots.count == 3)
        #expect(clean.snapshots.allSatisfy { $0.isValid })
        // 12 plans computed on the first day, reused on the two after.
        #expect(decisions.recomputed == 12)
        #expect(decisions.reused == 24)

        // The newest snapshot rewritten with one plan's decisions changed.
        let forger = ChainForger(sandbox)
        let path = "status/plans/agency-3.yaml.json"
        let status = try sandbox.git(["show", "refs/itaplan/snapshots:" + path])
        let forged = status.replacingOccurrences(of: "\"state\":\"overdue\"", with: "\"state\":\"done-on-time\"")
        #expect(forged != status)
        try forger.point(try forger.remake(try forger.rev("refs/itaplan/snapshots"), files: [path: forged]))
        let reopened = try GitRepository(discoveringFrom: sandbox.path)
        for reuse in [true, false] {
            let results = try SnapshotVerifier(repository: reopened, catalog: Fixtures.catalog,
                                               options: .init(reuseDecisions: reuse)).verifyAll()
            #expect(results.first?.problems == [.contentDiffers(files: [path], version: ITAPlanVersion.current)],
                    "reuse: \(reuse)")
            #expect(results.dropFirst().allSatisfy { $0.isValid })
        }
    }
}
