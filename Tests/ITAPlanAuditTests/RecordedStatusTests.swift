import Foundation
import ITAPlanAudit
import ITAPlanCore
import ITAPlanGit
import ITAPlanReport
import ITAPlanTestSupport
import Testing

/// `status --recorded` and `report --recorded`: each done record beside the
/// day it was first recorded in a snapshot, read from a real chain.
@Suite("Status and reports show when each done record was recorded")
struct RecordedStatusTests {
    private func plan(months: Int) throws -> String {
        try Fixtures.seedPlan(keepingMonthsOf43: months)
    }

    private let asOf = CivilDate(year: 2021, month: 3, day: 31)!

    /// A repository whose plan was snapshotted on 20 Jan 2021 (Bangkok) with
    /// one monthly record of step 4.3, then given two more, not snapshotted.
    private func repository() throws -> (GitSandbox, GitRepository, snapshot: ObjectID) {
        let sandbox = try GitSandbox(name: "recorded")
        try sandbox.write("plans/plan.yaml", try plan(months: 1))
        try sandbox.commitAll("October", environment: ["GIT_COMMITTER_DATE": "2020-11-06T09:00:00+07:00"])
        let repository = try GitRepository(discoveringFrom: sandbox.path)
        let time = Date(timeIntervalSince1970: 1_611_111_600)  // 2021-01-20 10:00 in Bangkok
        let signature = Signature(name: "CI", email: "ci@example.go.th", time: time, offsetMinutes: 420)
        guard case .created(let snapshot) = try SnapshotWriter(repository: repository, catalog: Fixtures.catalog)
            .write(SnapshotWriter.Request(asOf: CivilDate(year: 2021, month: 1, day: 20)!, checkedOn: Fixtures.today,
                                          author: signature, committer: signature)).outcome else {
            throw Failure.noSnapshot
        }
        try sandbox.write("plans/plan.yaml", try plan(months: 3))
        try sandbox.commitAll("December", environment: ["GIT_COMMITTER_DATE": "2021-01-22T09:00:00+07:00"])
        return (sandbox, repository, snapshot)
    }

    enum Failure: Error { case noSnapshot }

    private func status(_ sandbox: GitSandbox, _ repository: GitRepository) throws -> PlanStatus {
        let text = try String(contentsOfFile: sandbox.path + "/plans/plan.yaml", encoding: .utf8)
        let checked = PlanChecker(catalog: Fixtures.catalog, today: Fixtures.today)
            .check(PlanSource(path: "plans/plan.yaml", contents: text))
        let plain = try #require(StatusCalculator(asOf: asOf, catalog: Fixtures.catalog).status(of: checked))
        return try RecordedDates.build(repository: repository, catalog: Fixtures.catalog, timeZone: CivilDate.bangkok)
            .apply(to: plain, path: "plans/plan.yaml")
    }

    private func item(_ status: PlanStatus, _ step: String, _ period: String) throws -> InstanceStatus {
        try #require(status.items.first { $0.step.step.id.value == step && $0.item.instance.period == period }?.item)
    }

    @Test("recorded on the snapshot's day (not a commit date), from the commit that wrote it; later records not yet; done 30+ days before is flagged")
    func recordedFromChain() throws {
        let (sandbox, repository, snapshot) = try repository()
        let status = try status(sandbox, repository)
        #expect(status.recordedShown)
        let october = try item(status, "4.3", "2020-10")
        guard case .on(let mark) = october.recorded else { Issue.record("not recorded"); return }
        #expect(mark.day == CivilDate(year: 2021, month: 1, day: 20))
        #expect(mark.snapshot == snapshot.description)
        let first = try sandbox.git(["rev-list", "--max-parents=0", "HEAD"]).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(mark.commit == first)
        // Done 6 Nov 2020, recorded 75 days later: flagged; 1.2's Q1, done 28 Dec 2020, 23 days: not.
        #expect(october.recordedLate)
        #expect(try item(status, "1.2", "Q1").recorded?.day == CivilDate(year: 2021, month: 1, day: 20))
        #expect(!(try item(status, "1.2", "Q1").recordedLate))
        #expect(try item(status, "4.3", "2020-11").recorded == .notYet)
        #expect(try item(status, "4.3", "2020-12").recorded == .notYet)
        // Instances not done carry nothing.
        #expect(status.items.filter { $0.item.done == nil }.allSatisfy { $0.item.recorded == nil })
    }

    @Test("a done date changed after its snapshot is not recorded as it now reads")
    func changedDoneDate() throws {
        let (sandbox, repository, _) = try repository()
        let text = try String(contentsOfFile: sandbox.path + "/plans/plan.yaml", encoding: .utf8)
        let edited = text.replacingOccurrences(of: "done: 2563-11-03", with: "done: 2563-11-04")
        #expect(edited != text)
        try sandbox.write("plans/plan.yaml", edited)
        try sandbox.commitAll("1.1 October's date corrected")
        let status = try status(sandbox, repository)
        #expect(try item(status, "1.1", "2020-10").recorded == .notYet)
        #expect(try item(status, "1.1", "2020-11").recorded?.day == CivilDate(year: 2021, month: 1, day: 20))
    }

    @Test("Thai: the status table, Markdown and report show บันทึกเมื่อ with Buddhist Era dates, ยังไม่ได้บันทึก and the 30-day flag")
    func thaiText() throws {
        let (sandbox, repository, _) = try repository()
        let status = try status(sandbox, repository)
        let table = StatusTableRenderer(language: .thai).render(status)
        #expect(table.contains("งานที่เสร็จ และวันที่บันทึกในสแนปช็อต"))
        #expect(table.contains("บันทึกเมื่อ"))
        #expect(table.contains("20 ม.ค. 2564 !"))
        #expect(table.contains("ยังไม่ได้บันทึก"))
        #expect(table.contains("! เสร็จก่อนวันที่บันทึกเกิน 30 วัน"))
        let thaiDigits = StatusTableRenderer(language: .thai, thaiDigits: true).render(status)
        #expect(thaiDigits.contains("๒๐ ม.ค. ๒๕๖๔"))
        let markdown = StatusMarkdownRenderer(language: .thai).render(status)
        #expect(markdown.contains("| ขั้นตอน | งวด | เสร็จเมื่อ | บันทึกเมื่อ |"))
        #expect(markdown.contains("20 ม.ค. 2564 \\!"))
        let context = ReportContextBuilder(language: .thai, thaiDigits: false, catalog: Fixtures.catalog).build([status], asOf: asOf, history: nil)
        for layout in [ReportLayout.markdown, .html] {
            let report = try ReportRenderer().render(context, layout: layout)
            #expect(report.contains("บันทึกเมื่อ"), "\(layout)")
            #expect(report.contains("ยังไม่ได้บันทึก"), "\(layout)")
        }
    }

    @Test("English: table, Markdown, status JSON and report JSON; without it nothing is shown")
    func englishText() throws {
        let (sandbox, repository, snapshot) = try repository()
        let status = try status(sandbox, repository)
        let table = StatusTableRenderer(language: .english).render(status)
        #expect(table.contains("Done, and when recorded in a snapshot"))
        #expect(table.contains("2021-01-20 !"))
        #expect(table.contains("not yet recorded"))
        #expect(table.contains("! done more than 30 days before it was recorded"))
        let json = StatusJSONRenderer().render([status])
        #expect(json.contains("\"snapshot\" : \"\(snapshot)\""))
        #expect(json.contains("\"late\" : true"))
        #expect(json.contains("\"recorded\" : null"))
        // Still the documented shape (schema/status.schema.json).
        #expect(try JSONSchemaCheck.errors(json: json, schema: Fixtures.root.appendingPathComponent("schema/status.schema.json")) == [])
        let report = JSONOutput.encode(ReportContextBuilder(language: .english, thaiDigits: false, catalog: Fixtures.catalog)
            .build([status], asOf: asOf, history: nil))
        #expect(report.contains("\"recorded_label\" : \"Recorded\""))
        #expect(report.contains("\"recorded_day\" : null"))
        #expect(report.contains("\"recorded_day\" : \"2021-01-20\""))

        // Plain status reads no chain and shows none of it.
        let text = try String(contentsOfFile: sandbox.path + "/plans/plan.yaml", encoding: .utf8)
        let plain = try #require(StatusCalculator(asOf: asOf, catalog: Fixtures.catalog).status(of:
            PlanChecker(catalog: Fixtures.catalog).check(PlanSource(path: "plans/plan.yaml", contents: text))))
        #expect(!StatusTableRenderer(language: .english).render(plain).contains("Recorded"))
        #expect(!StatusJSONRenderer().render([plain]).contains("\"recorded\""))
        #expect(!JSONOutput.encode(ReportContextBuilder(language: .english, thaiDigits: false, catalog: Fixtures.catalog)
            .build([plain], asOf: asOf, history: nil)).contains("recorded_label"))
    }

    @Test("a file's repository path, and none outside the working tree")
    func repositoryPath() throws {
        let sandbox = try GitSandbox(name: "paths")
        try sandbox.write("plans/a.yaml", "x: 1\n")
        #expect(RecordedDates.repositoryPath(of: sandbox.path + "/plans/a.yaml", workingDirectory: sandbox.path + "/")
            == "plans/a.yaml")
        #expect(RecordedDates.repositoryPath(of: "/etc/hostname", workingDirectory: sandbox.path) == nil)
    }
}
