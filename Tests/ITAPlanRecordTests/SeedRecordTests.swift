import Foundation
import ITAPlanCore
import ITAPlanYAML
import ITAPlanRecord
import ITAPlanTestSupport
import Testing

@Suite("record on the seed plan")
struct SeedRecordTests {
    @Test("4.3 for February: only added lines, right after the January record, and status counts it done")
    func monthlyRecord() throws {
        let seed = try Recording.seed()
        let recorded = try Recording.record(Recording.done("4.3", "2564-02", by: "นิติกร สำนักปลัดเทศบาล"), in: seed).get()
        let before = String(decoding: seed.text.bytes, as: UTF8.self)
        let after = String(decoding: recorded.result.source.text.bytes, as: UTF8.self)
        let expectedAdded = """
                  - period: 2564-02
                    done: 2564-03-20
                    evidence: https://example.go.th/e
                    by: นิติกร สำนักปลัดเทศบาล

        """
        let anchor = "            evidence: https://www.phohak.go.th/complaints/stats-2564-01\n            by: นิติกร สำนักปลัดเทศบาล\n"
        #expect(after == before.replacingOccurrences(of: anchor, with: anchor + expectedAdded))
        #expect(recorded.period == "2021-02")

        let calculator = StatusCalculator(asOf: Fixtures.today, catalog: Fixtures.catalog)
        let was = try #require(calculator.status(of: Fixtures.checker.check(seed)))
        let now = try #require(calculator.status(of: recorded.result))
        #expect(now.completion.done == was.completion.done + 1)
        #expect(now.completion.overdue == was.completion.overdue - 1)
        let february = now.items.first { $0.step.step.id.value == "4.3" && $0.item.instance.period == "2021-02" }
        #expect(february?.item.state == .doneLate)
    }

    @Test("the same record again is refused as a duplicate, with the finding at the new line")
    func duplicate() throws {
        let once = try Recording.record(Recording.done("4.3", "2564-02"), in: Recording.seed()).get()
        let twice = Recording.record(Recording.done("4.3", "2564-02"), in: once.result.source)
        guard case .failure(let refusal) = twice else { Issue.record("recorded twice"); return }
        #expect(refusal.message == .resultInvalid(errors: 1))
        #expect(refusal.findings?.findings.first?.rule == .duplicatePeriod)
        #expect(refusal.field == .period)
    }

    @Test("6.2 has no progress yet: the key is added after its schedule, indented as the file's other progress lists")
    func stepWithoutProgress() throws {
        let seed = try Recording.seed()
        let recorded = try Recording.record(Recording.done("6.2", on: "2564-03-25"), in: seed).get()
        let before = String(decoding: seed.text.bytes, as: UTF8.self)
        let after = String(decoding: recorded.result.source.text.bytes, as: UTF8.self)
        let anchor = "        text: จัดกิจกรรม/โครงการที่เกี่ยวข้องพร้อมดำเนินการประเมินผลฯ\n        schedule: { quarters: [2] }\n"
        let added = "        progress:\n          - done: 2564-03-25\n            evidence: https://example.go.th/e\n"
        #expect(before.components(separatedBy: anchor).count == 2)
        #expect(after == before.replacingOccurrences(of: anchor, with: anchor + added))
        #expect(recorded.period == "Q2")
    }

    @Test("the default period is the earliest instance not yet done")
    func defaultPeriod() throws {
        let recorded = try Recording.record(Recording.done("3.3"), in: Recording.seed()).get()
        #expect(recorded.periodChosen)
        #expect(recorded.period == "Q2")
        let text = String(decoding: recorded.insertion.bytes, as: UTF8.self)
        #expect(text.hasPrefix("          - period: Q2\n"))
    }

    @Test("refusals leave nothing to write: unknown step, period outside the schedule, a future date")
    func refusals() throws {
        let seed = try Recording.seed()
        guard case .failure(let unknown) = Recording.record(Recording.done("4.9"), in: seed) else { Issue.record(); return }
        guard case .unknownStep(let step, _, let known) = unknown.message else { Issue.record(); return }
        #expect(step == "4.9" && known.contains("4.3"))

        guard case .failure(let outside) = Recording.record(Recording.done("3.3", "2564-02"), in: seed) else { Issue.record(); return }
        #expect(outside.findings?.findings.first?.rule == .unknownPeriod)
        #expect(outside.findings?.findings.first?.location == SourceLocation(line: 155, column: 21))

        guard case .failure(let future) = Recording.record(Recording.done("4.3", "2564-03", on: "2564-04-02"), in: seed) else {
            Issue.record(); return
        }
        #expect(future.findings?.findings.contains { $0.rule == .doneInFuture } == true)
        #expect(future.field == .done)
    }

    @Test("30 February and unreadable numbers are named by field before the plan is touched")
    func badInput() {
        guard case .failure(let problems) = ProgressInput(step: "4.3", done: "2564-02-30").entry() else { Issue.record(); return }
        #expect(problems.problems == [ProgressInput.Problem(.done, .impossibleDate(text: "2564-02-30", year: 2021, month: 2, day: 30))])
        #expect(problems.problems[0].message.text(in: .english) == "'2564-02-30' is not a day: Feb 2021 has 28 days")
        guard case .failure(let both) = ProgressInput(step: "4.3", done: "2564-02-03", percent: "40").entry() else { Issue.record(); return }
        #expect(both.problems.map(\.field) == [.percent])
        guard case .failure(let percent) = ProgressInput(step: "4.3", percent: "๑๒๐").entry() else { Issue.record(); return }
        #expect(percent.problems.map(\.message) == [.percentRange(text: "๑๒๐")])
    }

    @Test("Thai dates and Thai digits are read as everywhere else")
    func thaiInput() throws {
        let entry = try ProgressInput(step: "๔.๓", period: "ก.พ. ๒๕๖๔", done: "๒๐ มี.ค. ๖๔", evidence: ["https://e.go.th/x"]).entry().get()
        #expect(entry.step == "4.3")
        #expect(entry.done == CivilDate(year: 2021, month: 3, day: 20))
        let recorded = try Recording.record(entry, in: Recording.seed()).get()
        #expect(recorded.period == "2021-02")
        #expect(String(decoding: recorded.insertion.bytes, as: UTF8.self).contains("done: 2564-03-20"))
    }

    @Test("a file with a YAML syntax error is refused with its finding")
    func syntaxError() {
        let broken = Recording.plan(steps: "    steps:\n      - id: 1.1\n        text: [unclosed\n")
        guard case .failure(let refusal) = Recording.record(Recording.done("1.1"), in: broken) else { Issue.record(); return }
        #expect(refusal.findings?.findings.first?.rule == .yamlSyntax)
        guard case .planHasErrors = refusal.message else { Issue.record(); return }
    }
}

@Suite("record: percent updates along the way")
struct PercentUpdateTests {
    @Test("40, then 70, then done on one step: each recorded, the latest counts; a percent after done is a duplicate")
    func updates() throws {
        var source = try Recording.seed()
        for percent in ["40", "70"] {
            let entry = try ProgressInput(step: "6.2", percent: percent, by: "งานการเจ้าหน้าที่").entry().get()
            source = try Recording.record(entry, in: source).get().result.source
        }
        let done = try Recording.record(Recording.done("6.2", on: "2564-03-30"), in: source).get()
        let status = try #require(StatusCalculator(asOf: Fixtures.today, catalog: Fixtures.catalog).status(of: done.result))
        let step = try #require(status.measures.flatMap(\.steps).first { $0.step.id.value == "6.2" })
        #expect(step.step.progress.count == 3)
        #expect(step.instances.first?.state == .doneOnTime)

        let late = try ProgressInput(step: "6.2", period: "Q2", percent: "90").entry().get()
        guard case .failure(let refusal) = Recording.record(late, in: done.result.source) else { Issue.record(); return }
        #expect(refusal.findings?.findings.first?.rule == .duplicatePeriod)
    }

    @Test("a step whose progress is an alias of another's is refused: adding there would change both")
    func aliasRefused() {
        let steps = """
            steps:
              - id: 1.1
                text: รายงาน
                schedule: { by: 2564-03-31 }
                progress: &shared
                  - percent: 50
              - id: 1.2
                text: อื่น ๆ
                schedule: { by: 2564-03-31 }
                progress: *shared

        """
        guard case .failure(let refusal) = Recording.record(Recording.done("1.2"), in: Recording.plan(steps: steps)) else {
            Issue.record("recorded through an alias"); return
        }
        #expect(refusal.message == .resultInvalid(errors: 1) || refusal.message == .editNotAsExpected(step: "1.2"), "\(refusal.message)")
    }

    @Test("text that YAML would misread is quoted: a note with a line break and #, a name starting with -, a link with a comma in a flow list")
    func quoting() throws {
        let steps = "    steps:\n      - id: 1.1\n        text: รายงาน\n        schedule: { by: 2564-03-31 }\n        progress: []\n"
        let entry = try ProgressInput(step: "1.1", done: "2564-03-20", evidence: ["https://e.go.th/a?x=1,2"],
                                      by: "- ฝ่าย", note: "บรรทัดหนึ่ง\nบรรทัดสอง #2").entry().get()
        let after = try Recording.record(entry, in: Recording.plan(steps: steps)).get()
        #expect(after.contains(#"progress: [{ done: 2564-03-20, evidence: "https://e.go.th/a?x=1,2", by: "- ฝ่าย", note: "บรรทัดหนึ่ง\nบรรทัดสอง #2" }]"#))
    }
}

@Suite("record: the commit message")
struct CommitMessageTests {
    @Test("says what was recorded and which checks ran; typed control characters cannot reach a terminal through git log")
    func message() throws {
        let entry = try ProgressInput(step: "4.3", period: "2564-02", done: "2564-03-20", evidence: ["https://e.go.th/x"],
                                      by: "นิติกร\u{1B}[2J", note: "บรรทัด\nสอง").entry().get()
        let recorded = try Recording.record(entry, in: Recording.seed()).get()
        let message = RecordSummary(language: .english).commitMessage([recorded], path: "plans/pho-hak-2564.yaml")
        #expect(message == """
            Record progress 4.3 Feb 2021: done 2021-03-20

            Evidence: https://e.go.th/x
            By: นิติกร\\u{1B}[2J
            Note: บรรทัด\\u{A}สอง

            Checked before committing with the pre-commit hook's rules (itaplan validate) on the file as committed: no errors, 0 warning(s). Only plans/pho-hak-2564.yaml is in this commit.

            """)
        #expect(!message.unicodeScalars.contains("\u{1B}"))
    }
}

@Suite("record: every step of the seed")
struct EveryStepTests {
    @Test("each of the seed's 22 steps takes a record for its earliest open instance, or says all are recorded")
    func everyStep() throws {
        let seed = try Recording.seed()
        let checked = Fixtures.checker.check(seed)
        let plan = try #require(checked.plan)
        var recorded = 0
        for step in plan.measures.flatMap(\.steps) {
            switch Recording.record(Recording.done(step.id.value, on: "2564-03-30"), in: seed) {
            case .success(let result):
                #expect(result.result.errorCount == 0)
                recorded += 1
            case .failure(let refusal):
                #expect(refusal.message == .allRecorded(step: step.id.value), "\(step.id.value): \(refusal.message)")
            }
        }
        let open = try #require(checked.timeline).steps.filter { $0.instances.contains { $0.record?.done == nil } }.count
        #expect(recorded == open)
        #expect(open == 13)  // nine steps are done for the whole year
    }
}
