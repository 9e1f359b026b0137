import Foundation
import ITAPlanAudit
import ITAPlanCore
import ITAPlanGit
import ITAPlanTestSupport
import Testing

@Suite("History of progress records")
struct HistoryTests {
    private func plan(months: Int) throws -> String {
        try Fixtures.seedPlan(keepingMonthsOf43: months)
    }

    @Test("each record is dated by the first snapshot that held it; done long before that is flagged")
    func recordedInSnapshots() throws {
        let sandbox = try GitSandbox()
        try sandbox.write("plans/plan.yaml", try plan(months: 1))
        try sandbox.commitAll("October", environment: ["GIT_COMMITTER_DATE": "2020-11-06T09:00:00+07:00"])
        let repository = try GitRepository(discoveringFrom: sandbox.path)
        // The snapshot's own time, 2021-01-20 10:00 in Bangkok, is the attested one.
        let time = Date(timeIntervalSince1970: 1_611_111_600)
        let recordedDay = CivilDate(year: 2021, month: 1, day: 20)!
        let signature = Signature(name: "CI", email: "ci@example.go.th", time: time, offsetMinutes: 420)
        let writer = SnapshotWriter(repository: repository, catalog: Fixtures.catalog)
        guard case .created(let snapshot) = try writer.write(SnapshotWriter.Request(
            asOf: recordedDay, checkedOn: Fixtures.today, author: signature,
            committer: signature)).outcome else { Issue.record("no snapshot"); return }
        try sandbox.write("plans/plan.yaml", try plan(months: 3))
        let later = try sandbox.commitAll("December", environment: ["GIT_COMMITTER_DATE": "2021-01-08T09:00:00+07:00"])

        let history = try HistoryBuilder(repository: repository, catalog: Fixtures.catalog,
                                         timeZone: CivilDate.bangkok).build()
        let monthly = history.records.filter { $0.step == "4.3" }
        #expect(monthly.map(\.period) == ["2020-10", "2020-11", "2020-12"])
        #expect(monthly[0].recorded == PlanHistory.Recording(snapshot: snapshot, time: time, day: recordedDay))
        #expect(monthly[0].introducingCommit != ObjectID(hex: later))
        // Not in any snapshot yet.
        #expect(monthly[1].recorded == nil && monthly[2].recorded == nil)
        // Done 2020-11-03, first in a snapshot 78 days later: flagged; done 2020-12-28, 23 days: not.
        let early = try #require(history.records.first { $0.done == CivilDate(year: 2020, month: 11, day: 3) })
        #expect(early.recordedLate)
        let recent = try #require(history.records.first { $0.done == CivilDate(year: 2020, month: 12, day: 28) })
        #expect(!recent.recordedLate)
        let json = AuditRenderer(language: .english, timeZone: CivilDate.bangkok).historyJSON(history)
        #expect(json.contains("\"recorded_snapshot\" : \"\(snapshot)\""))
        #expect(json.contains("\"recorded_late\" : true"))
    }

    @Test("each record's first commit and author; a series point per commit; each blob parsed once")
    func firstAppearance() throws {
        let sandbox = try GitSandbox()
        try sandbox.write("plans/plan.yaml", try plan(months: 1))
        let first = try sandbox.commitAll("October", environment: ["GIT_AUTHOR_NAME": "นิติกร", "GIT_AUTHOR_DATE": "2020-11-06T09:00:00+07:00", "GIT_COMMITTER_DATE": "2020-11-06T09:00:00+07:00"])
        try sandbox.write("README.md", "x\n")
        try sandbox.commitAll("docs", environment: ["GIT_AUTHOR_DATE": "2020-11-07T09:00:00+07:00", "GIT_COMMITTER_DATE": "2020-11-07T09:00:00+07:00"])
        try sandbox.write("plans/plan.yaml", try plan(months: 3))
        let third = try sandbox.commitAll("December", environment: ["GIT_AUTHOR_NAME": "ผู้ช่วยนิติกร", "GIT_AUTHOR_DATE": "2021-01-08T09:00:00+07:00", "GIT_COMMITTER_DATE": "2021-01-08T09:00:00+07:00"])

        let repository = try GitRepository(discoveringFrom: sandbox.path)
        let history = try HistoryBuilder(repository: repository, catalog: Fixtures.catalog,
                                         timeZone: CivilDate.bangkok).build()
        let monthly = history.records.filter { $0.step == "4.3" }
        #expect(monthly.map(\.period) == ["2020-10", "2020-11", "2020-12"])
        #expect(monthly.map(\.firstCommit.description) == [first, third, third])
        #expect(monthly.map(\.firstAuthor.name) == ["นิติกร", "ผู้ช่วยนิติกร", "ผู้ช่วยนิติกร"])
        #expect(history.series.count == 3)
        #expect(history.series.map(\.day.description) == ["2020-11-06", "2020-11-07", "2021-01-08"])
        #expect(history.series.last?.completion.done ?? 0 > history.series.first?.completion.done ?? 0)
    }

    @Test("a shallow clone and an empty repository get clear failures")
    func shallowAndEmpty() throws {
        let sandbox = try GitSandbox()
        for index in 1...2 {
            try sandbox.write("plans/plan.yaml", try plan(months: index))
            try sandbox.commitAll("c\(index)")
        }
        let shallowURL = sandbox.root.deletingLastPathComponent().appendingPathComponent("shallow")
        try sandbox.git(["clone", "-q", "--depth", "1", "file://" + sandbox.path, shallowURL.path])
        let shallow = try GitRepository(discoveringFrom: shallowURL.path)
        #expect(throws: HistoryBuilder.Failure.shallow) {
            try HistoryBuilder(repository: shallow, catalog: Fixtures.catalog, timeZone: CivilDate.bangkok).build()
        }
        let empty = try GitSandbox(name: "empty")
        #expect(throws: HistoryBuilder.Failure.noCommits) {
            try HistoryBuilder(repository: try GitRepository(discoveringFrom: empty.path), catalog: Fixtures.catalog,
                               timeZone: CivilDate.bangkok).build()
        }
    }

    @Test("a plans folder no commit has (a typo, ../x) is a failure naming it, not 'no records'; plans/ is plans",
          arguments: ["plan", "../plans", "/etc", "", "plans/", "./plans"])
    func missingPlansFolder(folder: String) throws {
        let sandbox = try GitSandbox()
        try sandbox.write("plans/plan.yaml", try plan(months: 2))
        try sandbox.commitAll("c1")
        let repository = try GitRepository(discoveringFrom: sandbox.path)
        let builder = HistoryBuilder(repository: repository, catalog: Fixtures.catalog, plansDirectory: folder,
                                     timeZone: CivilDate.bangkok)
        if folder == "plans/" || folder == "./plans" {
            #expect(!(try builder.build().records.isEmpty))
            return
        }
        #expect(throws: HistoryBuilder.Failure.noPlansFolder(folder)) { try builder.build() }
        let english = HistoryBuilder.Failure.noPlansFolder(folder).text(in: .english)
        #expect(english.contains("no commit in this history has a folder"))
        #expect(HistoryBuilder.Failure.noPlansFolder(folder).text(in: .thai).contains("ไม่มีโฟลเดอร์"))
    }
}
