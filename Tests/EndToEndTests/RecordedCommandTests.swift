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
