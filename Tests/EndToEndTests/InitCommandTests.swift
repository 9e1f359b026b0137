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

        // The template as written still holds its placeholders: the hook refuses it.
        try repository.git(["add", "-A"])
        let thai = try repository.run("/usr/bin/env", ["git", "commit", "-q", "-m", "start"],
                                      environment: ["LANG": "th_TH.UTF-8", "LC_ALL": ""])
        #expect(thai.status != 0)
        #expect(thai.stderr.contains("error: [placeholder] คะแนนตัวชี้วัดทั้ง 10 ตัวยังเป็น 0 ตามแม่แบบ ให้ใส่คะแนน ITA ที่ประกาศจริง"), "\(thai.stderr)")
        let template = try repository.run("/usr/bin/env", ["git", "commit", "-q", "-m", "start"],
                                          environment: ["LANG": "C.UTF-8", "LC_ALL": ""])
        #expect(template.status != 0)
        #expect(template.stderr.components(separatedBy: "[placeholder]").count - 1 == 3, "\(template.stderr)")
        #expect(template.stderr.contains("all 10 indicator scores are still the template's 0; write the published ITA scores"))
        #expect((try? repository.git(["rev-parse", "-q", "--verify", "HEAD"])) == nil)

        // Filled in (real scores, real texts), the first commit goes through the hook.
        let plan = directory.appendingPathComponent("plans/plan-2570.yaml")
        let scores = ["88.76", "83.00", "86.45", "80.03", "86.43", "85.59", "87.68", "80.20", "68.79", "25.00"]
        var remaining = scores[...]
        let text = try String(contentsOf: plan, encoding: .utf8)
            .replacingOccurrences(of: " (แก้ไขข้อความนี้)", with: "")
            .replacingOccurrences(of: " (ตัวอย่าง · an example)", with: "")
            .components(separatedBy: "\n").map { line in
                guard line.contains(", score: 0 }"), let score = remaining.popFirst() else { return line }
                return line.replacingOccurrences(of: ", score: 0 }", with: ", score: \(score) }")
            }.joined(separator: "\n")
        try text.write(to: plan, atomically: true, encoding: .utf8)
        try repository.git(["add", "-A"])
        let first = try repository.run("/usr/bin/env", ["git", "commit", "-q", "-m", "start"])
        #expect(first.status == 0, "\(first.stderr)")

        // Break the plan: the hook refuses, and the commit does not happen.
        try text.replacingOccurrences(of: "fiscal_year: 2570", with: "fiscal_year: 2027")
            .write(to: plan, atomically: true, encoding: .utf8)
        try repository.git(["add", "-A"])
        let refused = try repository.run("/usr/bin/env", ["git", "commit", "-q", "-m", "broken"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("plans/plan-2570.yaml:") && refused.stderr.contains("[buddhist-era]"))
        #expect(try repository.git(["rev-list", "--count", "HEAD"]) == "1\n")

        // Fix it, with the province filled in too: accepted.
        try text.replacingOccurrences(of: "  # province: ราชบุรี ", with: "  province: ราชบุรี ")
            .write(to: plan, atomically: true, encoding: .utf8)
        try repository.git(["add", "-A"])
        let accepted = try repository.run("/usr/bin/env", ["git", "commit", "-q", "-m", "fixed"])
        #expect(accepted.status == 0, "\(accepted.stderr)")
        #expect(try repository.git(["rev-list", "--count", "HEAD"]) == "2\n")
    }

    @Test("init run again: says what is already there, what it kept and why, installs nothing over another hook; --force replaces only itaplan's own files and the hook")
    func rerun() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let environment = GitSandbox.environment
        #expect(try BinaryRunner.run(["init", ".", "--fiscal-year", "2570"], in: directory, environment: environment).status == 0)
        try "# ของเรา\n".write(to: directory.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        try "{}\n".write(to: directory.appendingPathComponent("schema/plan.schema.json"), atomically: true, encoding: .utf8)
        let hook = directory.appendingPathComponent(".git/hooks/pre-commit")
        try "#!/bin/sh\nexit 0\n".write(to: hook, atomically: true, encoding: .utf8)

        let again = try BinaryRunner.run(["init", ".", "--fiscal-year", "2570", "--lang", "en"], in: directory, environment: environment)
        #expect(again.status == 0, "\(again.stderr)")
        let lines = again.stdout.components(separatedBy: "\n")
        #expect(lines.contains("already there, as init would write it: plans/plan-2570.yaml"))
        #expect(lines.contains("already there, as init would write it: .github/workflows/plans-pr.yml"))
        #expect(lines.contains("kept the existing schema/plan.schema.json (it differs from what init would write; --force rewrites it)"))
        #expect(lines.contains("kept the existing README.md (it differs from what init would write; it is never overwritten)"))
        #expect(!again.stdout.contains("wrote "))
        #expect(again.stderr.contains("warning: another pre-commit hook is at \(hook.path), so itaplan's hook was not installed (plans are not checked before commits); itaplan init --force replaces it, keeping the old one as pre-commit.before-itaplan\n"))
        #expect(try String(contentsOf: hook, encoding: .utf8) == "#!/bin/sh\nexit 0\n")

        // A missing file is written, the rest still reported.
        try FileManager.default.removeItem(at: directory.appendingPathComponent(".vscode/extensions.json"))
        let thai = try BinaryRunner.run(["init", ".", "--fiscal-year", "2570", "--lang", "th"], in: directory, environment: environment)
        #expect(thai.status == 0)
        #expect(thai.stdout.contains("เขียน .vscode/extensions.json\n"))
        #expect(thai.stdout.contains("คงไฟล์เดิม README.md (ต่างจากที่ init จะเขียน จะไม่เขียนทับ)\n"))
        #expect(thai.stdout.contains("คงไฟล์เดิม schema/plan.schema.json (ต่างจากที่ init จะเขียน ใช้ --force เพื่อเขียนทับ)\n"))
        #expect(thai.stderr.contains("คำเตือน: มี pre-commit hook อื่นอยู่ที่ \(hook.path) จึงยังไม่ได้ติดตั้ง hook ของ itaplan"))

        let forced = try BinaryRunner.run(["init", ".", "--fiscal-year", "2570", "--force", "--lang", "en"], in: directory, environment: environment)
        #expect(forced.status == 0)
        #expect(forced.stdout.contains("rewrote schema/plan.schema.json\n"))
        #expect(forced.stdout.contains("replaced \(hook.path) (the old hook is kept as \(hook.path).before-itaplan)\n"))
        #expect(try String(contentsOf: directory.appendingPathComponent("README.md"), encoding: .utf8) == "# ของเรา\n")
        #expect(try String(contentsOf: hook, encoding: .utf8).contains("validate --staged"))
        #expect(try String(contentsOf: directory.appendingPathComponent("schema/plan.schema.json"), encoding: .utf8) != "{}\n")
        let updated = try BinaryRunner.run(["init", ".", "--fiscal-year", "2570", "--lang", "en"], in: directory, environment: environment)
        #expect(updated.stdout.contains("updated itaplan's hook \(hook.path)\n"))
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
        #expect(result.stdout.contains("kept the existing plans/plan-2570.yaml (it differs from what init would write; it is never overwritten)"))
        #expect(try String(contentsOf: directory.appendingPathComponent("README.md"), encoding: .utf8) == "# My README\n")
    }

    @Test("a plans or .github folder that is a link out of the repository: nothing is written through it, said, exit 2")
    func linkedFolders() throws {
        let parent = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        let directory = parent.appendingPathComponent("repo")
        let outside = parent.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: outside.appendingPathComponent("workflows"), withIntermediateDirectories: true)
        try "theirs\n".write(to: outside.appendingPathComponent("workflows/plans-pr.yml"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("plans").path, withDestinationPath: outside.path)
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent(".github").path, withDestinationPath: outside.path)
        let result = try BinaryRunner.run(["init", ".", "--fiscal-year", "2570", "--force", "--lang", "en"], in: directory,
                                          environment: GitSandbox.environment)
        #expect(result.status == 2)
        #expect(result.stderr.contains("did not write plans/plan-2570.yaml: plans is a symbolic link"), "\(result.stderr)")
        #expect(result.stderr.contains("did not write .github/workflows/plans-pr.yml: .github is a symbolic link"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path) == ["workflows"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.appendingPathComponent("workflows").path) == ["plans-pr.yml"])
        #expect(try String(contentsOf: outside.appendingPathComponent("workflows/plans-pr.yml"), encoding: .utf8) == "theirs\n")
        // What is not behind a link is still set up.
        #expect(result.stdout.contains("wrote README.md"))
    }

    @Test("--plan that is a FIFO, a device, a folder, binary or not UTF-8: a clear message, exit 2, no hang, nothing written",
          arguments: ["fifo", "device", "folder", "binary", "latin1"])
    func unusablePlanFile(kind: String) throws {
        let parent = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        var plan = parent.appendingPathComponent("plan.yaml").path
        var expected = ""
        switch kind {
        case "fifo":
            #expect(mkfifo(plan, 0o644) == 0)
            expected = "plan.yaml: not a regular file (a FIFO), so it was not read"
        case "device":
            plan = "/dev/zero"
            expected = "/dev/zero: not a regular file (a character device), so it was not read"
        case "folder":
            try FileManager.default.createDirectory(atPath: plan, withIntermediateDirectories: false)
            expected = "plan.yaml: not a regular file (a folder), so it was not read"
        case "binary":
            try Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]).write(to: URL(fileURLWithPath: plan))
            expected = "plan.yaml: a binary file (it holds a NUL byte), not a YAML plan"
        default:
            try (Data("schema: 1\nagency:\n  name: caf".utf8) + Data([0xE9, 0x0A])).write(to: URL(fileURLWithPath: plan))
            expected = "plan.yaml: not UTF-8 text; init copies the plan byte for byte"
        }
        let target = parent.appendingPathComponent("repo")
        let result = try BinaryRunner.run(["init", target.path, "--plan", plan, "--fiscal-year", "2570", "--lang", "en"],
                                          in: parent, environment: GitSandbox.environment)
        #expect(result.status == 2)
        #expect(result.stderr.contains(expected), "\(result.stderr)")
        #expect(!result.stderr.contains("unexpected error"))
        #expect(!FileManager.default.fileExists(atPath: target.appendingPathComponent("plans").path))
    }

    @Test("init given a file instead of a folder: says so in Thai and English, exit 2")
    func fileNotFolder() throws {
        let parent = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        try "x\n".write(to: parent.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let english = try BinaryRunner.run(["init", "notes.txt", "--lang", "en"], in: parent)
        #expect(english.status == 2)
        #expect(english.stderr == "itaplan: notes.txt is not a folder: give the folder to set up as a plan repository\n")
        let thai = try BinaryRunner.run(["init", "notes.txt", "--lang", "th"], in: parent)
        #expect(thai.stderr.contains("notes.txt ไม่ใช่โฟลเดอร์"))
        #expect(try String(contentsOf: parent.appendingPathComponent("notes.txt"), encoding: .utf8) == "x\n")
    }

    @Test("--force over someone's hook twice keeps both old hooks, never one over the other")
    func forceKeepsEveryBackup() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let environment = GitSandbox.environment
        #expect(try BinaryRunner.run(["init", ".", "--fiscal-year", "2570"], in: directory, environment: environment).status == 0)
        let hook = directory.appendingPathComponent(".git/hooks/pre-commit")
        for (round, text) in ["#!/bin/sh\n# first\n", "#!/bin/sh\n# second\n"].enumerated() {
            try FileManager.default.removeItem(at: hook)
            try text.write(to: hook, atomically: true, encoding: .utf8)
            let forced = try BinaryRunner.run(["init", ".", "--fiscal-year", "2570", "--force", "--lang", "en"], in: directory,
                                              environment: environment)
            #expect(forced.status == 0, "\(forced.stderr)")
            let backup = hook.path + (round == 0 ? ".before-itaplan" : ".before-itaplan.2")
            #expect(forced.stdout.contains("(the old hook is kept as \(backup))"), "\(forced.stdout)")
        }
        #expect(try String(contentsOfFile: hook.path + ".before-itaplan", encoding: .utf8) == "#!/bin/sh\n# first\n")
        #expect(try String(contentsOfFile: hook.path + ".before-itaplan.2", encoding: .utf8) == "#!/bin/sh\n# second\n")
    }
}
