import Foundation
import ITAPlanTestSupport
import Testing

/// The installed pre-commit hook checks exactly what git is committing: the
/// index git names in GIT_INDEX_FILE, whichever way the commit is made.
@Suite("the pre-commit hook and the index git commits")
struct HookIndexTests {
    let seed: String
    let broken: String

    init() throws {
        seed = try String(contentsOf: Fixtures.seedPlan, encoding: .utf8)
        broken = seed.replacingOccurrences(of: "score: 80.03 }", with: "score: 90.03 }")
    }

    /// A repository with the seed plan committed and the hook installed.
    private func hookedRepository() throws -> GitSandbox {
        let sandbox = try GitSandbox()
        try sandbox.write("plans/pho-hak-2564.yaml", seed)
        try sandbox.write("README.md", "plans\n")
        try sandbox.commitAll("plans")
        let install = try sandbox.itaplan(["hooks", "install"])
        #expect(install.status == 0, "\(install.stderr)")
        return sandbox
    }

    private func commit(_ sandbox: GitSandbox, _ arguments: [String]) throws -> BinaryRunner.Output {
        try sandbox.run("/usr/bin/env", ["git", "commit", "-q"] + arguments)
    }

    private func subjects(_ sandbox: GitSandbox) throws -> String {
        try sandbox.git(["log", "--format=%s"])
    }

    @Test("git commit -a of an invalid plan is refused; of a valid one passes")
    func commitAll() throws {
        let sandbox = try hookedRepository()
        try sandbox.write("plans/pho-hak-2564.yaml", broken)
        let refused = try commit(sandbox, ["-a", "-m", "bad"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("plans/pho-hak-2564.yaml:"))
        #expect(refused.stderr.contains("error: [total-mismatch]"))
        #expect(try subjects(sandbox) == "plans\n")

        let good = seed.replacingOccurrences(of: "note: ร่างคู่มือเสร็จแล้ว รอผู้บริหารลงนาม", with: "note: ร่างคู่มือแล้ว")
        try sandbox.write("plans/pho-hak-2564.yaml", good)
        let passed = try commit(sandbox, ["-a", "-m", "good"])
        #expect(passed.status == 0, "\(passed.stderr)")
        #expect(try subjects(sandbox) == "good\nplans\n")
    }

    @Test("a plan named with an upper-case extension (Plan.YAML, x.Yml) is a plan: the hook refuses it broken, validate checks it")
    func upperCaseExtension() throws {
        let sandbox = try hookedRepository()
        for name in ["plans/Plan.YAML", "plans/x.Yml"] {
            try sandbox.write(name, broken)
            try sandbox.git(["add", name])
            let refused = try commit(sandbox, ["-m", "bad"])
            #expect(refused.status != 0, "\(name) slipped through the hook")
            #expect(refused.stderr.contains("\(name):"), "\(refused.stderr)")
            let validate = try sandbox.itaplan(["validate"])
            #expect(validate.status == 1)
            #expect(validate.stdout.contains("\(name):"))
            try sandbox.git(["rm", "-q", "--cached", name])
            try FileManager.default.removeItem(at: sandbox.root.appendingPathComponent(name))
        }
        #expect(try subjects(sandbox) == "plans\n")
        // A year model with an upper-case extension is named as misnamed, not skipped.
        try sandbox.write("ita-years/2569.YAML", try sandbox.itaplan(["years", "show", "2569"]).stdout)
        let years = try sandbox.itaplan(["years", "--lang", "en"])
        #expect(years.status == 1)
        #expect((years.stdout + years.stderr).contains("ita-years/2569.YAML:1:1: error: [year-model]"), "\(years.stdout)\(years.stderr)")
    }

    @Test("validate --staged ./plans, plans//, an absolute path, or . from inside plans/ all check the staged plans (./plans passed a broken one)",
          arguments: ["./plans", "plans/", "plans//", "ABSOLUTE", "SUBDIR"])
    func stagedFolderSpellings(spelling: String) throws {
        let sandbox = try hookedRepository()
        try sandbox.write("plans/pho-hak-2564.yaml", broken)
        try sandbox.git(["add", "plans/pho-hak-2564.yaml"])
        let result: BinaryRunner.Output
        switch spelling {
        case "ABSOLUTE": result = try sandbox.itaplan(["validate", "--staged", sandbox.root.appendingPathComponent("plans").path])
        case "SUBDIR":
            result = try BinaryRunner.run(["validate", "--staged", "."], in: sandbox.root.appendingPathComponent("plans"),
                                          environment: GitSandbox.environment)
        default: result = try sandbox.itaplan(["validate", "--staged", spelling])
        }
        #expect(result.status == 1, "\(spelling): \(result.stdout)")
        #expect(result.stdout.contains("plans/pho-hak-2564.yaml:"), "\(result.stdout)")
        #expect(result.stdout.contains("error: [total-mismatch]"))
        let outside = try sandbox.itaplan(["validate", "--staged", "/etc"])
        #expect(outside.status == 2)
        #expect(outside.stderr.contains("not a folder of this repository's working tree"))
    }

    @Test("git commit <path> (--only) of an invalid plan is refused even when the index holds a valid one")
    func commitPaths() throws {
        let sandbox = try hookedRepository()
        try sandbox.write("plans/pho-hak-2564.yaml", broken)
        let refused = try commit(sandbox, ["-m", "bad", "plans/pho-hak-2564.yaml"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("error: [total-mismatch]"))
        let only = try commit(sandbox, ["--only", "-m", "bad", "plans/pho-hak-2564.yaml"])
        #expect(only.status != 0)
        #expect(try subjects(sandbox) == "plans\n")
        // The plain index was not touched by the refused commits.
        #expect(try sandbox.git(["diff", "--cached", "--name-only"]) == "")
    }

    @Test("git commit --include of an invalid plan is refused")
    func commitInclude() throws {
        let sandbox = try hookedRepository()
        try sandbox.write("README.md", "plans, again\n")
        try sandbox.git(["add", "README.md"])
        try sandbox.write("plans/pho-hak-2564.yaml", broken)
        let refused = try commit(sandbox, ["--include", "-m", "bad", "plans/pho-hak-2564.yaml"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("error: [total-mismatch]"))
        #expect(try subjects(sandbox) == "plans\n")
    }

    @Test("a draft added with git add -N (intent to add) does not block a commit, and is not committed")
    func intentToAdd() throws {
        let sandbox = try hookedRepository()
        try sandbox.write("plans/draft.yaml", "")
        try sandbox.git(["add", "-N", "plans/draft.yaml"])
        try sandbox.write("README.md", "plans, again\n")
        try sandbox.git(["add", "README.md"])
        let passed = try commit(sandbox, ["-m", "readme"])
        #expect(passed.status == 0, "\(passed.stderr)")
        #expect(!passed.stderr.contains("file-empty"))
        #expect(try sandbox.git(["show", "--name-only", "--format=", "HEAD"]) == "README.md\n")
        // Staged for real, the same empty draft is refused.
        try sandbox.git(["add", "plans/draft.yaml"])
        let refused = try commit(sandbox, ["-m", "draft"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("plans/draft.yaml:1:1: error: [file-empty]"))
    }

    @Test("--amend checks what the amend changes: a changed broken plan is refused, an unchanged one is not re-checked")
    func amend() throws {
        let sandbox = try hookedRepository()
        // A broken plan that reached HEAD past the hook.
        try sandbox.write("plans/pho-hak-2564.yaml", broken)
        try sandbox.git(["commit", "-q", "-a", "--no-verify", "-m", "bypassed"])
        // Amending with another file only: the plan is not part of what changes.
        try sandbox.write("README.md", "amended\n")
        let passed = try commit(sandbox, ["-a", "--amend", "-m", "bypassed, amended"])
        #expect(passed.status == 0, "\(passed.stderr)")
        #expect(try subjects(sandbox) == "bypassed, amended\nplans\n")
        // Amending with a change to the broken plan checks it.
        try sandbox.write("plans/pho-hak-2564.yaml", broken + "# still broken\n")
        let refused = try commit(sandbox, ["-a", "--amend", "-m", "again"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("error: [total-mismatch]"))
        // `validate` (the working tree, as CI runs it) still sees the plan broken in HEAD.
        #expect(try sandbox.itaplan(["validate"]).status == 1)
    }

    @Test("a relative GIT_INDEX_FILE is read from the top of the working tree, wherever itaplan runs")
    func relativeIndexFile() throws {
        let sandbox = try hookedRepository()
        try sandbox.write("plans/pho-hak-2564.yaml", broken)
        try sandbox.git(["add", "plans/pho-hak-2564.yaml"])
        let result = try BinaryRunner.run(["validate", "--staged"], in: sandbox.root.appendingPathComponent("plans"),
                                          environment: GitSandbox.environment.merging(["GIT_INDEX_FILE": ".git/index"]) { $1 })
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.contains("plans/pho-hak-2564.yaml:"))
        // An index that does not exist is an I/O error, never "no problems".
        let missing = try sandbox.itaplan(["validate", "--staged"], environment: ["GIT_INDEX_FILE": "/nonexistent/index"])
        #expect(missing.status == 2, "\(missing.stdout)\(missing.stderr)")
    }

    @Test("in a linked worktree (git passes an absolute GIT_INDEX_FILE and GIT_DIR) commit -a is refused too")
    func linkedWorktree() throws {
        let sandbox = try hookedRepository()
        let linked = sandbox.root.deletingLastPathComponent().appendingPathComponent("linked")
        try sandbox.git(["worktree", "add", "-q", linked.path])
        let worktree = GitSandbox(existing: linked)
        try worktree.write("plans/pho-hak-2564.yaml", broken)
        let refused = try worktree.run("/usr/bin/env", ["git", "commit", "-q", "-a", "-m", "bad"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("error: [total-mismatch]"))
        #expect(try worktree.git(["log", "--format=%s"]) == "plans\n")
    }

    @Test("a symbolic link staged as a plan is refused unread")
    func stagedLink() throws {
        let sandbox = try hookedRepository()
        try FileManager.default.createSymbolicLink(atPath: sandbox.path + "/plans/link.yaml", withDestinationPath: "/proc/self/environ")
        try sandbox.git(["add", "plans/link.yaml"])
        let refused = try commit(sandbox, ["-m", "link"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("plans/link.yaml:1:1: error: [file-not-regular]"))
        #expect(!refused.stderr.contains("PATH="))
    }
}
