import Foundation
import ITAPlanTestSupport
import Testing

/// Issue 18's rough edges in the audit trail, met in real temporary repositories.
@Suite("snapshot, audit log and verify as a new user meets them, end to end")
struct NewUserAuditTests {
    private func seedRepository() throws -> GitSandbox {
        let sandbox = try GitSandbox(name: "repo")
        try sandbox.write("plans/pho-hak-2564.yaml", try String(contentsOf: Fixtures.seedPlan, encoding: .utf8))
        try sandbox.commitAll("plans")
        return sandbox
    }

    @Test("a future --as-of is refused in Thai and English, and nothing is written; --projection writes a snapshot marked as one")
    func futureAsOf() throws {
        let sandbox = try seedRepository()
        let refused = try sandbox.itaplan(["snapshot", "--as-of", "2099-12-31", "--lang", "en"])
        #expect(refused.status == 2)
        #expect(refused.stderr.hasPrefix("itaplan: --as-of 2099-12-31 is after today ("))
        #expect(refused.stderr.contains("): the audit trail records what has happened; to project a day still to come, add --projection and the snapshot is marked a projection\n"))
        let thai = try sandbox.itaplan(["snapshot", "--as-of", "2099-12-31", "--lang", "th"])
        #expect(thai.status == 2)
        #expect(thai.stderr.hasPrefix("itaplan: --as-of 31 ธ.ค. 2642 ยังมาไม่ถึง (วันนี้ "))
        #expect(thai.stderr.contains("สายหลักฐานบันทึกสิ่งที่เป็นแล้วเท่านั้น ถ้าต้องการคาดการณ์สถานะของวันข้างหน้า ให้ใส่ --projection แล้ว snapshot จะถูกทำเครื่องหมายว่าเป็นการคาดการณ์"))
        #expect(throws: (any Error).self) { try sandbox.git(["rev-parse", "--verify", "-q", "refs/itaplan/snapshots"]) }

        // A past day is an ordinary snapshot; the projection comes after it.
        #expect(try sandbox.itaplan(["snapshot", "--as-of", "2021-03-31"]).status == 0)
        let projected = try sandbox.itaplan(["snapshot", "--as-of", "2099-12-31", "--projection"])
        #expect(projected.status == 0, "\(projected.stderr)")
        let id = projected.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let metadata = try JSONSerialization.jsonObject(with: Data(try sandbox.git(["show", "\(id):snapshot.json"]).utf8))
        #expect((metadata as? [String: Any])?["projection"] as? Bool == true, "\(metadata)")
        let message = try sandbox.git(["log", "-1", "--format=%B", id])
        #expect(message.hasPrefix("itaplan snapshot of ") && message.contains("as of 2099-12-31 (projection)\n"))
        #expect(message.contains("\nProjection: true\n"))

        let log = try sandbox.itaplan(["audit", "log", "--lang", "en"]).stdout
        let rows = log.split(separator: "\n")
        #expect(rows.count == 3)
        #expect(rows[1].contains("2099-12-31 (projection)"))
        #expect(!rows[2].contains("projection"))
        #expect(try sandbox.itaplan(["audit", "log", "--lang", "th"]).stdout.contains("31 ธ.ค. 2642 (คาดการณ์)"))
        let json = try JSONSerialization.jsonObject(with: Data(try sandbox.itaplan(["audit", "log", "--format", "json"]).stdout.utf8))
        let entries = (json as? [String: Any])?["snapshots"] as? [[String: Any]] ?? []
        #expect(entries.map { $0["projection"] as? Bool } == [true, false])

        // verify recomputes the projection as such, passes, and says what it is.
        let verify = try sandbox.itaplan(["audit", "verify", "--lang", "en"])
        #expect(verify.status == 0, "\(verify.stdout)")
        #expect(verify.stdout.contains("      a projection: the status as of 2099-12-31, computed on "))
        let verifyThai = try sandbox.itaplan(["audit", "verify", "--lang", "th"])
        #expect(verifyThai.stdout.contains("      เป็นการคาดการณ์: สถานะ ณ 31 ธ.ค. 2642 คำนวณเมื่อ "))
    }

    @Test("audit log names who made each snapshot, in a By column (โดย in Thai)")
    func logAuthor() throws {
        let sandbox = try seedRepository()
        #expect(try sandbox.itaplan(["snapshot", "--as-of", "2021-02-28"]).status == 0)
        #expect(try sandbox.itaplan(["snapshot", "--as-of", "2021-03-31"],
                                    environment: ["GIT_AUTHOR_NAME": "งานนิติการ CI"]).status == 0)
        let english = try sandbox.itaplan(["audit", "log", "--lang", "en"]).stdout.split(separator: "\n")
        #expect(english[0].hasSuffix("Signed  By"))
        #expect(english[1].hasSuffix("งานนิติการ CI"))
        #expect(english[2].hasSuffix("สมชาย ใจดี"))
        let thai = try sandbox.itaplan(["audit", "log", "--lang", "th"]).stdout.split(separator: "\n")
        #expect(thai[0].hasSuffix("ลงนาม  โดย"))
        let json = try JSONSerialization.jsonObject(with: Data(try sandbox.itaplan(["audit", "log", "--format", "json"]).stdout.utf8))
        let entries = (json as? [String: Any])?["snapshots"] as? [[String: Any]] ?? []
        #expect(entries.map { $0["author"] as? String } == ["งานนิติการ CI", "สมชาย ใจดี"])
    }

    @Test("verify in a --depth 1 clone says once that it is a shallow clone, with the fix, in English and Thai")
    func shallowVerify() throws {
        let sandbox = try seedRepository()
        var snapshots: [String] = []
        for (index, day) in ["2021-01-31", "2021-02-28", "2021-03-31"].enumerated() {
            if index > 0 {
                try sandbox.write("README.md", "\(index)\n")
                try sandbox.commitAll("edit \(index)")
            }
            snapshots.append(try sandbox.itaplan(["snapshot", "--as-of", day]).stdout
                .trimmingCharacters(in: .whitespacesAndNewlines))
        }
        let clone = sandbox.root.deletingLastPathComponent().appendingPathComponent("shallow")
        try sandbox.git(["clone", "-q", "--depth", "1", "file://" + sandbox.path, clone.path])
        let shallow = GitSandbox(existing: clone)
        try shallow.git(["fetch", "-q", "--depth", "3", "origin", "refs/itaplan/snapshots:refs/itaplan/snapshots"])
        let result = try shallow.itaplan(["audit", "verify", "--lang", "en"])
        #expect(result.status == 1)
        let short = snapshots.reversed().map { String($0.prefix(7)) }.joined(separator: ", ")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.contains("shallow clone") } == [
            "FAIL  this is a shallow clone (the CI default), so its history is cut short and the source commits of 3 snapshots (\(short)) cannot be checked; use fetch-depth: 0 with actions/checkout, or git fetch --unshallow",
        ])
        #expect(!result.stdout.contains("is not in the repository"))
        #expect(!result.stderr.contains("git_graph"), "\(result.stderr)")
        let thai = try shallow.itaplan(["audit", "verify", "--lang", "th"])
        #expect(thai.stdout.contains("FAIL  repository นี้เป็น shallow clone (ค่าเริ่มต้นของ CI) ประวัติไม่ครบ จึงตรวจ commit ต้นทางของ snapshot 3 รายการ (\(short)) ไม่ได้ ใช้ fetch-depth: 0 ใน actions/checkout หรือ git fetch --unshallow\n"))
    }

    @Test("history's completion table has one row per commit, as the CSV does, also when commit dates go backwards")
    func historyRowPerCommit() throws {
        let sandbox = try seedRepository()
        let seed = try String(contentsOf: Fixtures.seedPlan, encoding: .utf8)
        // Two more commits on the same day, then one dated a day earlier (a wrong clock).
        try sandbox.write("README.md", "one\n")
        try sandbox.commitAll("same day")
        try sandbox.write("plans/pho-hak-2564.yaml", seed.replacingOccurrences(of: "title: มาตรการส่งเสริม", with: "title: มาตรการส่งเสริม "))
        try sandbox.commitAll("same day again")
        try sandbox.write("README.md", "two\n")
        try sandbox.commitAll("backwards", environment: ["GIT_COMMITTER_DATE": "2021-03-30T10:00:00+07:00",
                                                        "GIT_AUTHOR_DATE": "2021-03-30T10:00:00+07:00"])
        let commits = try sandbox.git(["rev-list", "--reverse", "HEAD"]).split(separator: "\n").map { String($0.prefix(7)) }
        #expect(commits.count == 4)
        let table = try sandbox.itaplan(["history", "--lang", "en"])
        #expect(table.status == 0, "\(table.stderr)")
        let section = try #require(table.stdout.components(separatedBy: "Completion over time\n").last)
        let rows = section.split(separator: "\n").dropFirst()
        #expect(rows.count == 4, "\(section)")
        #expect(rows.map { String($0.split(separator: " ", omittingEmptySubsequences: true)[1]) } == commits)
        #expect(rows.last?.hasPrefix("  2021-03-30 ") == true)
        let csv = try sandbox.itaplan(["history", "--format", "csv"])
        // CRLF lines: counted by their line feeds; the first is the header.
        let csvLines = csv.stdout.unicodeScalars.filter { $0 == "\n" }.count
        #expect(csvLines - 1 == rows.count, "\(csv.stdout)")
    }
}
