import Foundation
import ITAPlanAudit
import ITAPlanCore
import ITAPlanGit
import ITAPlanTestSupport
import Testing

@Suite("Installing the pre-commit hook")
struct HookInstallerTests {
    @Test("hooks/pre-commit in the repository is the script the installer writes")
    func scriptMatchesRepository() throws {
        let file = try String(contentsOf: Fixtures.root.appendingPathComponent("hooks/pre-commit"), encoding: .utf8)
        #expect(file == PreCommitHook.script)
        #expect(file.hasPrefix("#!/bin/sh\n" + PreCommitHook.marker))
    }

    @Test("installs into .git/hooks, executable, calling the given binary by default")
    func installs() throws {
        let sandbox = try GitSandbox()
        let repository = try GitRepository(discoveringFrom: sandbox.path)
        let outcome = try HookInstaller(repository: repository, home: nil).install(invoking: "/opt/it aplan/bin/itaplan", force: false)
        let path = sandbox.root.appendingPathComponent(".git/hooks/pre-commit").path
        #expect(outcome == .installed(path: path))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("itaplan=\"${ITAPLAN:-/opt/it aplan/bin/itaplan}\""))
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o755)
        // Installing again updates its own hook.
        #expect(try HookInstaller(repository: repository, home: nil).install(invoking: nil, force: false) == .updated(path: path))
    }

    @Test("from a linked worktree, installs where git looks: the main repository's hooks folder")
    func linkedWorktree() throws {
        let sandbox = try GitSandbox()
        try sandbox.write("README.md", "x\n")
        try sandbox.commitAll("one")
        try sandbox.git(["worktree", "add", "-q", "../linked"])
        let linked = sandbox.root.deletingLastPathComponent().appendingPathComponent("linked").path
        let repository = try GitRepository(discoveringFrom: linked)
        let outcome = try HookInstaller(repository: repository, home: nil).install(invoking: nil, force: false)
        let path = sandbox.root.appendingPathComponent(".git/hooks/pre-commit").path
        #expect(outcome == .installed(path: path))
        // git itself runs it on a commit in the linked worktree.
        #expect(try sandbox.run("/bin/sh", ["-c", "cd ../linked && git rev-parse --git-path hooks/pre-commit"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix(".git/hooks/pre-commit"))
    }

    @Test("honours core.hooksPath")
    func hooksPath() throws {
        let sandbox = try GitSandbox()
        try sandbox.git(["config", "core.hooksPath", "ci/git-hooks"])
        let repository = try GitRepository(discoveringFrom: sandbox.path)
        let outcome = try HookInstaller(repository: repository, home: nil).install(invoking: nil, force: false)
        #expect(outcome == .installed(path: sandbox.root.appendingPathComponent("ci/git-hooks/pre-commit").path))
    }

    @Test("a core.hooksPath of ~/… is under the HOME it is given, not the process's")
    func hooksPathUnderHome() throws {
        let sandbox = try GitSandbox()
        try sandbox.git(["config", "core.hooksPath", "~/shared-hooks"])
        let home = sandbox.root.appendingPathComponent("home-of-the-user").path
        let repository = try GitRepository(discoveringFrom: sandbox.path)
        let outcome = try HookInstaller(repository: repository, home: home).install(invoking: nil, force: false)
        #expect(outcome == .installed(path: home + "/shared-hooks/pre-commit"))
    }

    @Test("refuses someone else's hook without --force, and keeps it as a backup with --force")
    func foreignHook() throws {
        let sandbox = try GitSandbox()
        try sandbox.write(".git/hooks/pre-commit", "#!/bin/sh\nrun-my-linter\n")
        let repository = try GitRepository(discoveringFrom: sandbox.path)
        let path = sandbox.root.appendingPathComponent(".git/hooks/pre-commit").path
        #expect(throws: HookInstaller.Failure.foreignHook(path: path)) {
            try HookInstaller(repository: repository, home: nil).install(invoking: nil, force: false)
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "#!/bin/sh\nrun-my-linter\n")
        let outcome = try HookInstaller(repository: repository, home: nil).install(invoking: nil, force: true)
        #expect(outcome == .replaced(path: path, backup: path + ".before-itaplan"))
        #expect(try String(contentsOfFile: path + ".before-itaplan", encoding: .utf8) == "#!/bin/sh\nrun-my-linter\n")
    }

    @Test("a path with quotes, dollars and braces cannot break out of the hook's shell quoting")
    func hostileExecutablePath() throws {
        let script = PreCommitHook.script(invoking: "/tmp/a\"b$(touch x)`c`}d/itaplan")
        let sandbox = try GitSandbox()
        try sandbox.write("hook.sh", script.replacingOccurrences(of: "exec \"$itaplan\" validate --staged",
                                                                 with: "printf '%s' \"$itaplan\"; exit 0")
                                            .replacingOccurrences(of: "if ! command -v", with: "if false && command -v"))
        let result = try sandbox.run("/bin/sh", ["hook.sh"])
        #expect(result.stdout == "/tmp/a\"b$(touch x)`c`}d/itaplan")
        #expect(!FileManager.default.fileExists(atPath: sandbox.root.appendingPathComponent("x").path))
    }

    @Test("what hooks install prints shows a path's control characters escaped (core.hooksPath is config text)")
    func outcomePathsEscaped() {
        let path = "/tmp/h\u{1B}]0;x\u{07}ooks\n::add-mask::/pre-commit"
        for outcome in [HookInstaller.Outcome.installed(path: path), .updated(path: path),
                        .replaced(path: path, backup: path + ".before-itaplan")] {
            for language in [Language.english, .thai] {
                let text = outcome.text(in: language)
                #expect(!text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }, "\(text)")
                #expect(text.contains(SafeText.inline(path)))
            }
        }
    }
}
