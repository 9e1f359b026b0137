import Foundation
import ITAPlanTestSupport
import Testing

@Suite("itaplan init, end to end")
struct InitCommandTests {
    @Test("init in an empty folder: the hook refuses an invalid plan and accepts a valid one")
    func initThenCommit() throws {
        let parent = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        let directory = parent.appendingPathComponent("เทศบาล ตัวอย่าง")
        let setup = try BinaryRunner.run(["init", directory.path, "--fiscal-year", "2570", "--agency", "เทศบาลตำบลตัวอย่าง"],
                                         in: parent, environment: GitSandbox.environment)
        #expect(setup.status == 0, "\(setup.stderr)")
        #expect(setup.stdout.contains("created a git repository"))
        // The CI files pin this itaplan's release, or say that a development build pins none.
        let version = try BinaryRunner.run(["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        if version.contains("+") {
            #expect(setup.stderr.contains("note: this itaplan (\(version)) is not a release, so the CI workflows pin none"))
        } else {
            #expect(setup.stdout.contains("the CI workflows install itaplan \(version)"))
        }
        let repository = GitSandbox(existing: directory)
        try repository.git(["config", "user.name", "ทดสอบ"])
        try repository.git(["config", "user.email", "test@example.go.th"])

        // The template as written is valid: the first commit goes through the hook.
        try repository.git(["add", "-A"])
        let first = try repository.run("/usr/bin/env", ["git", "commit", "-q", "-m", "start"])
        #expect(first.status == 0, "\(first.stderr)")

        // Break the plan: the hook refuses, and the commit does not happen.
        let plan = directory.appendingPathComponent("plans/plan-2570.yaml")
        let text = try String(contentsOf: plan, encoding: .utf8)
        try text.replacingOccurrences(of: "fiscal_year: 2570", with: "fiscal_year: 2027")
            .write(to: plan, atomically: true, encoding: .utf8)
        try repository.git(["add", "-A"])
        let refused = try repository.run("/usr/bin/env", ["git", "commit", "-q", "-m", "broken"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("plans/plan-2570.yaml:") && refused.stderr.contains("[buddhist-era]"))
        #expect(try repository.git(["rev-list", "--count", "HEAD"]) == "1\n")

        // Fix it: accepted.
        try text.replacingOccurrences(of: "ชื่อหน่วยงาน", with: "เทศบาลตำบลตัวอย่าง")
            .write(to: plan, atomically: true, encoding: .utf8)
        try repository.git(["add", "-A"])
        let accepted = try repository.run("/usr/bin/env", ["git", "commit", "-q", "-m", "fixed"])
        #expect(accepted.status == 0, "\(accepted.stderr)")
        #expect(try repository.git(["rev-list", "--count", "HEAD"]) == "2\n")
    }

    @Test("init never overwrites: an existing plan and README are kept")
    func keepsExistingFiles() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("plans"), withIntermediateDirectories: true)
        try "mine\n".write(to: directory.appendingPathComponent("plans/plan-2570.yaml"), atomically: true, encoding: .utf8)
        try "# My README\n".write(to: directory.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["init", ".", "--fiscal-year", "2570"], in: directory)
        #expect(result.status == 0)
        #expect(result.stdout.contains("kept the existing plans/plan-2570.yaml"))
        #expect(try String(contentsOf: directory.appendingPathComponent("README.md"), encoding: .utf8) == "# My README\n")
    }
}
