import Foundation
import ITAPlanTestSupport
import Testing

/// `itaplan record` run as an officer would, on a copy of the seed plan.
@Suite("itaplan record, end to end")
struct RecordCommandTests {
    /// A folder with plans/pho-hak-2564.yaml copied from the seed.
    private func workspace() throws -> (folder: URL, plan: URL, original: Data) {
        let folder = try Fixtures.temporaryDirectory("record")
        let plans = folder.appendingPathComponent("plans")
        try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
        let plan = plans.appendingPathComponent("pho-hak-2564.yaml")
        try FileManager.default.copyItem(at: Fixtures.seedPlan, to: plan)
        return (folder, plan, try Data(contentsOf: plan))
    }

    private let february = ["record", "4.3", "--period", "2564-02", "--done", "2564-03-20",
                            "--evidence", "https://www.phohak.go.th/complaints/stats-2564-02", "--by", "นิติกร สำนักปลัดเทศบาล"]

    @Test("4.3 for February: status counts it done, diff shows only added lines, and again is a duplicate")
    func recordTwice() throws {
        let (folder, plan, original) = try workspace()
        let before = try BinaryRunner.run(["status", "--as-of", "2021-03-31"], in: folder)
        #expect(before.stdout.contains("done 20/25"))

        let first = try BinaryRunner.run(february, in: folder)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == "recorded 4.3 Feb 2021: done 2021-03-20 in plans/pho-hak-2564.yaml\n")
        let after = try BinaryRunner.run(["status", "--as-of", "2021-03-31"], in: folder)
        #expect(after.stdout.contains("done 21/25"))
        #expect(after.stdout.contains("1 overdue"))

        let originalCopy = folder.appendingPathComponent("original.yaml")
        try original.write(to: originalCopy)
        let diff = try ProcessRunner.run(command: "diff", [originalCopy.path, plan.path])
        #expect(diff.stdout == """
            200a201,204
            >           - period: 2564-02
            >             done: 2564-03-20
            >             evidence: https://www.phohak.go.th/complaints/stats-2564-02
            >             by: นิติกร สำนักปลัดเทศบาล

            """)

        let recorded = try Data(contentsOf: plan)
        let again = try BinaryRunner.run(february, in: folder)
        #expect(again.status == 1)
        #expect(again.stderr.contains("plans/pho-hak-2564.yaml:205:21: error: [duplicate-period] step 4.3 has two records for '2564-02'"))
        #expect(again.stderr.contains("nothing was written"))
        #expect(try Data(contentsOf: plan) == recorded)
    }

    @Test("6.2 has no progress: the key appears under its schedule and nothing else moves; --plan may be left out")
    func newProgressKey() throws {
        let (folder, plan, original) = try workspace()
        let result = try BinaryRunner.run(["record", "6.2", "--done", "๒๕ มี.ค. ๒๕๖๔", "--evidence", "https://www.phohak.go.th/coi/activity"],
                                          in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let originalCopy = folder.appendingPathComponent("original.yaml")
        try original.write(to: originalCopy)
        let diff = try ProcessRunner.run(command: "diff", [originalCopy.path, plan.path])
        #expect(diff.stdout == """
            241a242,244
            >         progress:
            >           - done: 2564-03-25
            >             evidence: https://www.phohak.go.th/coi/activity

            """)
    }

    @Test("a plan with a second name (a hard link) is refused, both names left with the same text: replacing one name would leave the other with the old text")
    func hardLinkedPlan() throws {
        let (folder, plan, original) = try workspace()
        let elsewhere = try Fixtures.temporaryDirectory("record-link")
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        let other = elsewhere.appendingPathComponent("shared-copy.yaml")
        #expect(link(plan.path, other.path) == 0)
        for language in ["en", "th"] {
            let result = try BinaryRunner.run(february + ["--lang", language], in: folder)
            #expect(result.status == 2)
            #expect(result.stderr.contains(language == "en"
                ? "plans/pho-hak-2564.yaml: cannot write: the file has 2 names (hard links), and recording would change this name only, leaving the other with the old text; it was left as it is (to record into it, give it a name of its own: cp plans/pho-hak-2564.yaml plans/pho-hak-2564.yaml.copy && mv plans/pho-hak-2564.yaml.copy plans/pho-hak-2564.yaml)"
                : "plans/pho-hak-2564.yaml: เขียนไม่ได้: ไฟล์นี้มี 2 ชื่อ (hard link)"), "\(result.stderr)")
            #expect(try Data(contentsOf: plan) == original)
            #expect(try Data(contentsOf: other) == original)
        }
        // Given a name of its own, as the message says, it records.
        let copy = plan.path + ".copy"
        #expect(try ProcessRunner.run(command: "cp", [plan.path, copy]).status == 0)
        #expect(rename(copy, plan.path) == 0)
        let recorded = try BinaryRunner.run(february, in: folder)
        #expect(recorded.status == 0, "\(recorded.stderr)")
        #expect(try Data(contentsOf: other) == original)
    }

    @Test("--dry-run prints the diff and writes nothing")
    func dryRun() throws {
        let (folder, plan, original) = try workspace()
        let result = try BinaryRunner.run(february + ["--dry-run"], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("--- a/plans/pho-hak-2564.yaml\n+++ b/plans/pho-hak-2564.yaml\n@@ -198,6 +198,10 @@\n"))
        #expect(result.stdout.contains("\n+          - period: 2564-02\n"))
        #expect(result.stdout.contains("would record 4.3 Feb 2021"))
        #expect(try Data(contentsOf: plan) == original)
    }

    @Test("the default period is shown in the confirmation", arguments: [Language.english, .thai])
    func defaultPeriod(language: Language) throws {
        let (folder, _, _) = try workspace()
        let result = try BinaryRunner.run(["record", "3.3", "--done", "2564-03-30", "--evidence", "https://e.go.th/q2",
                                           "--lang", language.rawValue], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout.contains(language == .english ? "recorded 3.3 Q2: done 2021-03-30 in plans/pho-hak-2564.yaml (the earliest period not yet done"
                                                            : "บันทึกแล้ว 3.3 ไตรมาส 2: เสร็จ 30 มี.ค. 2564 ลงใน plans/pho-hak-2564.yaml (งวดแรกที่ยังไม่ได้บันทึกว่าเสร็จ"))
    }

    enum Language: String, Sendable { case english = "en", thai = "th" }

    @Test("refused with a clear message, a non-zero exit and the file byte-identical", arguments: [
        (["record", "4.9", "--done", "2564-03-20", "--evidence", "https://e.go.th/x"], Int32(1), "the plan has no step 4.9; did you mean 4.1? (its steps: 1.1, 1.2,"),
        (["record", "3.3", "--period", "2564-02", "--done", "2564-03-20", "--evidence", "https://e.go.th/x"], 1,
         "plans/pho-hak-2564.yaml:155:21: error: [unknown-period] step 3.3 has no due instance '2564-02' (its instances: Q1, Q2, Q3, Q4)"),
        (["record", "4.3", "--period", "2564-02", "--done", "2564-02-30", "--evidence", "https://e.go.th/x"], 2,
         "--done: '2564-02-30' is not a day: Feb 2021 has 28 days"),
        (["record", "4.3", "--period", "2564-02", "--done", "2600-01-01", "--evidence", "https://e.go.th/x"], 1,
         "plans/pho-hak-2564.yaml:202:19: error: [done-in-future]"),
        (["record", "4.3", "--period", "2564-02", "--done", "2564-03-01", "--evidence", "ftp://e.go.th/x"], 1,
         "error: [evidence-url]"),
        (["record", "4.3", "--period", "2564-02", "--done", "2564-03-01", "--percent", "50"], 2,
         "--percent: give --done or --percent, not both"),
    ])
    func refused(arguments: [String], status: Int32, message: String) throws {
        let (folder, plan, original) = try workspace()
        let result = try BinaryRunner.run(arguments, in: folder)
        #expect(result.status == status)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(try Data(contentsOf: plan) == original)
        #expect(try FileManager.default.contentsOfDirectory(atPath: plan.deletingLastPathComponent().path) == ["pho-hak-2564.yaml"])
    }

    @Test("a plan with a YAML syntax error is refused with the located finding")
    func syntaxError() throws {
        let (folder, plan, _) = try workspace()
        var text = try String(contentsOf: plan, encoding: .utf8)
        text = text.replacingOccurrences(of: "schedule: { every: month, grace_days: 10 }", with: "schedule: { every: month, grace_days: 10")
        try text.write(to: plan, atomically: true, encoding: .utf8)
        let broken = try Data(contentsOf: plan)
        let result = try BinaryRunner.run(february, in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("the plan already has 1 error(s)"))
        #expect(result.stderr.contains("plans/pho-hak-2564.yaml:184:17: error: [yaml-syntax]"))
        #expect(result.stderr.contains("[yaml-syntax]"))
        #expect(try Data(contentsOf: plan) == broken)
    }

    /// Whether this machine lets the tests make a private mount namespace
    /// (root with CAP_SYS_ADMIN; a default Docker container, as in CI, does not).
    static let mountNamespaces: Bool = (try? ProcessRunner.run(command: "unshare", ["-m", "true"]).status) == 0

    @Test("a read-only file system (a read-only bind mount in a private mount namespace): refused, file untouched",
          .enabled(if: mountNamespaces, "needs unshare -m (root with CAP_SYS_ADMIN)"))
    func readOnlyFileSystem() throws {
        let (folder, plan, original) = try workspace()
        let plans = plan.deletingLastPathComponent().path
        let command = ([BinaryRunner.executable.path] + february).map { "'" + $0 + "'" }.joined(separator: " ")
        let result = try ProcessRunner.run(command: "unshare", [
            "-m", "sh", "-c", "mount --bind -o ro '\(plans)' '\(plans)' && cd '\(folder.path)' && LANG=C.UTF-8 \(command)",
        ])
        #expect(result.status == 2)
        #expect(result.stderr.contains("plans/pho-hak-2564.yaml: cannot write: Read-only file system"), "\(result.stderr)")
        #expect(try Data(contentsOf: plan) == original)
        #expect(try FileManager.default.contentsOfDirectory(atPath: plans) == ["pho-hak-2564.yaml"])
    }

    @Test("permissions and owner are kept, and a symbolic link stays a link to the updated file")
    func permissionsAndLinks() throws {
        let (folder, plan, _) = try workspace()
        #expect(chmod(plan.path, 0o640) == 0)
        // As root (the tests' user), the file can belong to someone else; it must still after the write.
        let otherOwner = geteuid() == 0 && chown(plan.path, 4321, 4322) == 0
        let link = folder.appendingPathComponent("plans/current.yaml")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "pho-hak-2564.yaml")
        let result = try BinaryRunner.run(february.map { $0 } + ["--plan", "plans/current.yaml"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let attributes = try FileManager.default.attributesOfItem(atPath: plan.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o640)
        if otherOwner {
            #expect((attributes[.ownerAccountID] as? Int) == 4321)
            #expect((attributes[.groupOwnerAccountID] as? Int) == 4322)
        }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "pho-hak-2564.yaml")
        #expect(try String(contentsOf: plan, encoding: .utf8).contains("stats-2564-02"))
    }

    @Test("--commit while another git holds index.lock: nothing committed, HEAD and the index as they were, the record kept in the file and said so")
    func commitWithLockedIndex() throws {
        let sandbox = try GitSandbox()
        try FileManager.default.createDirectory(at: sandbox.root.appendingPathComponent("plans"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.seedPlan, to: sandbox.root.appendingPathComponent("plans/pho-hak-2564.yaml"))
        try sandbox.commitAll("plan")
        let head = try sandbox.git(["rev-parse", "HEAD"])
        let lock = sandbox.root.appendingPathComponent(".git/index.lock")
        try Data().write(to: lock)
        let result = try sandbox.itaplan(february + ["--commit", "--lang", "en"])
        try FileManager.default.removeItem(at: lock)
        #expect(result.status == 2)
        #expect(result.stderr.contains("the record is in plans/pho-hak-2564.yaml, but it was not committed"), "\(result.stderr)")
        #expect(result.stderr.contains("index is locked"))
        #expect(try sandbox.git(["rev-parse", "HEAD"]) == head, "committed although it failed")
        // Only the working file changed: a plain `git commit` now cannot take the record out again.
        #expect(try sandbox.git(["status", "--porcelain"]) == " M plans/pho-hak-2564.yaml\n")
        #expect(try sandbox.git(["diff", "--cached", "--stat"]).isEmpty)
        #expect(try String(contentsOf: sandbox.root.appendingPathComponent("plans/pho-hak-2564.yaml"), encoding: .utf8)
            .contains("stats-2564-02"))
    }

    @Test("a progress list with an anchor or a tag (progress: &p, progress: !!seq) takes the record; one shared through an alias is refused untouched",
          arguments: ["&p", "!!seq", "&shared"])
    func anchoredProgressList(marker: String) throws {
        let folder = try Fixtures.temporaryDirectory("record-anchor")
        defer { try? FileManager.default.removeItem(at: folder) }
        let indicators = (1...10).map { "    - { number: \($0), score: 90 }" }.joined(separator: "\n")
        let shared = marker == "&shared"
        let text = """
            schema: 1
            agency:
              name: เทศบาลทดสอบ
            fiscal_year: 2564
            ita:
              year: 2563
              indicators:
            \(indicators)
            measures:
              - id: 1
                title: มาตรการทดสอบ
                responsible: งานพัสดุ
                steps:
                  - id: 1.1
                    text: รายงาน
                    schedule: monthly
                    progress: \(marker)
                      - period: 2563-10
                        done: 2563-10-28
                        evidence: https://example.go.th/a
                  - id: 1.2
                    text: รายงานสอง
                    schedule: monthly
            \(shared ? "        progress: *shared\n" : "")
            """
        let plan = folder.appendingPathComponent("plan.yaml")
        try text.write(to: plan, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["record", "1.1", "--plan", "plan.yaml", "--period", "2563-11", "--done", "2563-11-28",
                                           "--evidence", "https://example.go.th/b", "--by", "x", "--lang", "en"], in: folder)
        let after = try String(contentsOf: plan, encoding: .utf8)
        if shared {
            // Appending to the anchored list would record into 1.2 as well.
            #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
            #expect(!result.stderr.contains("yaml-syntax"), "\(result.stderr)")
            #expect(after == text)
        } else {
            #expect(result.status == 0, "\(result.stderr)")
            #expect(after == text.replacingOccurrences(of: "            evidence: https://example.go.th/a\n",
                with: "            evidence: https://example.go.th/a\n          - period: 2563-11\n            done: 2563-11-28\n"
                    + "            evidence: https://example.go.th/b\n            by: x\n"), "\(after)")
        }
    }

    @Test("--commit commits that file alone, with a message saying what was recorded; other staged work stays staged")
    func commit() throws {
        let sandbox = try GitSandbox()
        try FileManager.default.createDirectory(at: sandbox.root.appendingPathComponent("plans"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.seedPlan, to: sandbox.root.appendingPathComponent("plans/pho-hak-2564.yaml"))
        try sandbox.write("notes.txt", "one\n")
        try sandbox.commitAll("plan")
        try sandbox.write("notes.txt", "two\n")
        try sandbox.git(["add", "notes.txt"])

        let result = try sandbox.itaplan(february + ["--commit"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("committed "))
        let files = try sandbox.git(["show", "--name-only", "--format=", "HEAD"])
        #expect(files == "plans/pho-hak-2564.yaml\n")
        let message = try sandbox.git(["log", "-1", "--format=%B"])
        #expect(message.hasPrefix("Record progress 4.3 Feb 2021: done 2021-03-20\n\nEvidence: https://www.phohak.go.th/complaints/stats-2564-02\nBy: นิติกร สำนักปลัดเทศบาล\n"))
        #expect(message.contains("pre-commit hook's rules (itaplan validate)"))
        let status = try sandbox.git(["status", "--porcelain"])
        #expect(status == "M  notes.txt\n")

        // A plan with uncommitted edits of its own is not swept into a commit.
        let path = sandbox.root.appendingPathComponent("plans/pho-hak-2564.yaml")
        try (String(contentsOf: path, encoding: .utf8) + "# แก้ไขค้างไว้\n").write(to: path, atomically: true, encoding: .utf8)
        let edited = try Data(contentsOf: path)
        let refused = try sandbox.itaplan(["record", "4.3", "--period", "2564-03", "--done", "2564-03-30",
                                           "--evidence", "https://e.go.th/x", "--commit"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("has changes that are not committed"))
        #expect(try Data(contentsOf: path) == edited)
    }
}
