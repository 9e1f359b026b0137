import Foundation
import ITAPlanAudit
import ITAPlanCore
import ITAPlanGit
import ITAPlanTestSupport
import Testing

/// A snapshot as of a day after the day it is made: refused, or a marked projection.
@Suite("Snapshots of a day still to come")
struct ProjectionTests {
    let signature = Signature(name: "CI", email: "ci@example.go.th",
                              time: Date(timeIntervalSince1970: 1_617_159_600), offsetMinutes: 420)
    let today = CivilDate(year: 2021, month: 3, day: 31)!
    let later = CivilDate(year: 2021, month: 4, day: 30)!

    private func repository() throws -> (GitSandbox, GitRepository) {
        let sandbox = try GitSandbox(name: "repo")
        try sandbox.write("plans/pho-hak-2564.yaml", try String(contentsOf: Fixtures.seedPlan, encoding: .utf8))
        try sandbox.commitAll("plans")
        return (sandbox, try GitRepository(discoveringFrom: sandbox.path))
    }

    @Test("a future as-of is refused, naming both days in Thai and English, and nothing is written")
    func refused() throws {
        let (sandbox, repository) = try repository()
        defer { withExtendedLifetime(sandbox) {} }
        let writer = SnapshotWriter(repository: repository, catalog: Fixtures.catalog)
        #expect(throws: SnapshotWriter.FutureAsOf(asOf: later, today: today)) {
            try writer.write(SnapshotWriter.Request(asOf: later, checkedOn: today, author: signature, committer: signature))
        }
        #expect(try repository.referenceTarget(SnapshotWriter.defaultReference) == nil)
        let failure = SnapshotWriter.FutureAsOf(asOf: later, today: today)
        #expect(failure.text(in: .english) == "--as-of 2021-04-30 is after today (2021-03-31): the audit trail records what has happened; to project a day still to come, add --projection and the snapshot is marked a projection")
        #expect(failure.text(in: .thai) == "--as-of 30 เม.ย. 2564 ยังมาไม่ถึง (วันนี้ 31 มี.ค. 2564): สายหลักฐานบันทึกสิ่งที่เป็นแล้วเท่านั้น ถ้าต้องการคาดการณ์สถานะของวันข้างหน้า ให้ใส่ --projection แล้ว snapshot จะถูกทำเครื่องหมายว่าเป็นการคาดการณ์")
    }

    @Test("with projection it is written, marked, verified with a note, and the log says so")
    func projection() throws {
        let (sandbox, repository) = try repository()
        defer { withExtendedLifetime(sandbox) {} }
        let writer = SnapshotWriter(repository: repository, catalog: Fixtures.catalog)
        var request = SnapshotWriter.Request(asOf: later, checkedOn: today, author: signature, committer: signature)
        request.projection = true
        guard case .created = try writer.write(request).outcome else { Issue.record("no snapshot"); return }
        let records = try SnapshotLog.records(in: repository)
        #expect(records.first?.metadata?.isProjection == true)
        #expect(records.first?.author == "CI")
        let chain = try SnapshotVerifier(repository: repository, catalog: Fixtures.catalog).verifyChain()
        #expect(chain.isValid)
        #expect(chain.snapshots.first?.notes == [.projection(asOf: "2021-04-30", checkedOn: "2021-03-31", marked: true)])
        #expect(AuditRenderer(language: .english, timeZone: CivilDate.bangkok).log(records).contains("2021-04-30 (projection)"))

        // A projection flag on a day already past changes nothing: not a projection.
        var past = SnapshotWriter.Request(asOf: later, checkedOn: later, author: signature, committer: signature)
        past.projection = true
        past.asOf = CivilDate(year: 2021, month: 5, day: 1)!
        past.checkedOn = past.asOf
        _ = try writer.write(past)
        #expect(try SnapshotLog.records(in: repository).first?.metadata?.projection == nil)
    }

    @Test("a snapshot.json as of a day after its check but unmarked (an older writer) is still taken for a projection")
    func unmarked() throws {
        let json = #"{"format":"itaplan-snapshot","version":2,"source_commit":"0000000000000000000000000000000000000000","as_of":"2021-04-30","checked_on":"2021-03-31","tool_version":"0.1.0","status_format_version":2,"findings_format_version":1,"plan_schema_version":1,"plans_directory":"plans","summary_language":"th","plans":[],"completion":{"done":0,"total":0,"due_so_far":0,"done_of_due_so_far":0,"overdue":0,"due_soon":0}}"#
        let metadata = try JSONOutput.decoder().decode(SnapshotMetadata.self, from: Data(json.utf8))
        #expect(!metadata.isProjection)
        #expect(metadata.isAfterCheck)
        var checkedLater = metadata
        checkedLater.checkedOn = "2021-04-30"
        #expect(!checkedLater.isAfterCheck)
    }
}
