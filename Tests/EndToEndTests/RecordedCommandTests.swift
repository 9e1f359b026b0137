import Foundation
import ITAPlanTestSupport
import Testing

/// `itaplan status --recorded` and `report --recorded` in a real repository.
@Suite("status and report --recorded")
struct RecordedCommandTests {
    let seed: String

    init() throws {
        seed = try String(contentsOf: Fixtures.seedPlan, encoding: .utf8)
    }

    @Test("before any snapshot every done record is not yet recorded, said on stderr; after one, Thai shows บันทึกเมื่อ with the snapshot's BE day; plain status shows none")
    func statusRecorded() throws {
        let sandbox = try GitSandbox(name: "recorded-cli")
        try sandbox.write("plans/pho-hak-2564.yaml", seed)
        try sandbox.commitAll("plans")
        let before = try sandbox.itaplan(["status", "--recorded", "--as-of", "2021-03-31", "--lang", "en"])
        #expect(before.status == 0, "\(before.stderr)")
        #expect(before.stderr.contains("no snapshots on refs/itaplan/snapshots yet"))
        #expect(before.stdout.contains("not yet recorded"))

        // The snapshot's own time (now) is the attested one; its day in Bangkok.
        let made = try sandbox.itaplan(["snapshot", "--as-of", "2021-03-31"])
        #expect(made.status == 0, "\(made.stderr)")
        let day = try sandbox.git(["log", "-1", "--format=%cd", "--date=format-local:%Y-%m-%d", "refs/itaplan/snapshots"],
                                  environment: ["TZ": "Asia/Bangkok"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let year = try #require(Int(day.prefix(4)))
        let english = try sandbox.itaplan(["status", "--recorded", "--as-of", "2021-03-31", "--lang", "en"])
        #expect(english.stdout.contains("2020-11-03  \(day) !"))
        #expect(!english.stdout.contains("not yet recorded"))
        let thai = try sandbox.itaplan(["status", "--recorded", "--as-of", "2021-03-31", "--lang", "th"])
        #expect(thai.status == 0, "\(thai.stderr)")
        #expect(thai.stdout.contains("บันทึกเมื่อ"))
        #expect(thai.stdout.contains(" \(year + 543) !"))
        #expect(thai.stdout.contains("เสร็จก่อนวันที่บันทึกเกิน 30 วัน"))
        #expect(thai.stderr.isEmpty)
        let markdown = try sandbox.itaplan(["report", "--recorded", "--as-of", "2021-03-31", "--lang", "en"])
        #expect(markdown.status == 0, "\(markdown.stderr)")
        #expect(markdown.stdout.contains("| Step | Period | Done | Recorded |"))

        let plain = try sandbox.itaplan(["status", "--as-of", "2021-03-31", "--lang", "th"])
        #expect(!plain.stdout.contains("บันทึกเมื่อ"))
    }

    @Test("a snapshot re-made with a commit time before the snapshot under it dates nothing: the record it first held stays not yet recorded")
    func backdatedSnapshotDatesNothing() throws {
        let sandbox = try GitSandbox(name: "recorded-backdated")
        try sandbox.write("plans/pho-hak-2564.yaml", seed)
        try sandbox.commitAll("plans")
        #expect(try sandbox.itaplan(["snapshot", "--as-of", "2021-03-31"]).status == 0)
        let recorded = try sandbox.itaplan(["record", "4.3", "--period", "2564-02", "--done", "2564-03-05",
                                            "--evidence", "https://www.phohak.go.th/complaints/stats-2564-02", "--by", "นิติกร"])
        #expect(recorded.status == 0, "\(recorded.stderr)")
        try sandbox.commitAll("late record")
        #expect(try sandbox.itaplan(["snapshot", "--as-of", "2021-04-30"]).status == 0)
        func record() throws -> [String: Any]? {
            let json = try sandbox.itaplan(["history", "--format", "json"])
            let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
            return (object?["records"] as? [[String: Any]])?.first { $0["step"] as? String == "4.3" && $0["period"] as? String == "2021-02" }
        }
        #expect(try record()?["recorded_snapshot"] as? String == (try ChainForger(sandbox).rev("refs/itaplan/snapshots")))

        // The same snapshot, its commit time put 20 days before the first snapshot's.
        let forger = ChainForger(sandbox)
        let honest = try forger.rev("refs/itaplan/snapshots")
        let first = try forger.parents(honest)[0]
        let firstTime = try #require(Int(try sandbox.git(["log", "-1", "--format=%ct", first]).trimmingCharacters(in: .whitespacesAndNewlines)))
        let early = "\(firstTime - 20 * 86_400) +0700"
        let tree = try sandbox.git(["rev-parse", "\(honest)^{tree}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let message = try sandbox.git(["log", "-1", "--format=%B", honest])
        let backdated = try sandbox.git(["commit-tree", tree, "-p", first, "-p", try forger.parents(honest)[1], "-m", message],
                                        environment: ["GIT_AUTHOR_DATE": early, "GIT_COMMITTER_DATE": early])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        try forger.point(backdated)
        #expect(try sandbox.itaplan(["audit", "verify"]).status == 1)
        let dated = try record()
        #expect(dated != nil)
        #expect(dated?["recorded_snapshot"] is NSNull, "dated by the backdated snapshot: \(String(describing: dated))")
        #expect(dated?["recorded"] is NSNull)
        let status = try sandbox.itaplan(["status", "--recorded", "--as-of", "2021-04-30", "--lang", "en", "--format", "json"])
        #expect(status.status == 0, "\(status.stderr)")
        #expect(!status.stdout.contains(backdated), "a status dated by the backdated snapshot")
    }

    @Test("--recorded with the official document or --diff, or outside a repository, is a clear usage error")
    func misuse() throws {
        let sandbox = try GitSandbox(name: "recorded-misuse")
        try sandbox.write("plans/pho-hak-2564.yaml", seed)
        try sandbox.commitAll("plans")
        let print = try sandbox.itaplan(["report", "--recorded", "--format", "print"])
        #expect(print.status == 2)
        #expect(print.stderr.contains("--recorded goes with markdown, html or json"))
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("itaplan-recorded-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outside.appendingPathComponent("plans"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outside) }
        try seed.write(to: outside.appendingPathComponent("plans/p.yaml"), atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["status", "--recorded", "--as-of", "2021-03-31"], in: outside,
                                          environment: ["GIT_CEILING_DIRECTORIES": outside.deletingLastPathComponent().path])
        #expect(result.status == 2)
        #expect(!result.stderr.isEmpty)
        #expect(!result.stderr.contains("Fatal error"))
    }
}
