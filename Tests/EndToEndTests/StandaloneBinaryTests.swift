import Foundation
import ITAPlanTestSupport
import Testing

/// The executable carries everything it reads (scoring models, templates,
/// schemas, the CI files `init` writes): a copy of it alone, with the source
/// and build tree out of sight, works as a whole.
@Suite("The binary on its own")
struct StandaloneBinaryTests {
    /// Hiding the tree takes a private mount namespace: root with
    /// CAP_SYS_ADMIN and unshare(1), as on this project's machines (not in
    /// an unprivileged container).
    static let canHideTree: Bool = {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare") else { return false }
        return (try? ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/unshare"), ["-m", "true"]).status) == 0
    }()

    @Test("copied alone into an empty folder, with the source and build tree hidden, it sets up, commits, validates, reports and snapshots",
          .enabled(if: canHideTree, "needs a private mount namespace (root, CAP_SYS_ADMIN, unshare)"))
    func runsAloneWithTreeHidden() throws {
        let folder = try Fixtures.temporaryDirectory("itaplan-alone")
        defer { try? FileManager.default.removeItem(at: folder) }
        let bin = folder.appendingPathComponent("bin")
        let work = folder.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let binary = bin.appendingPathComponent("itaplan")
        try FileManager.default.copyItem(at: BinaryRunner.executable, to: binary)
        let check = folder.appendingPathComponent("check-standalone-binary")
        try FileManager.default.copyItem(at: Fixtures.root.appendingPathComponent("scripts/check-standalone-binary"), to: check)
        // Nothing beside the binary: no itaplan_*.resources folder.
        #expect(try FileManager.default.contentsOfDirectory(atPath: bin.path) == ["itaplan"])
        #expect(!folder.path.hasPrefix(Fixtures.root.path + "/"))

        // In the new namespace an empty tmpfs covers the package root (and
        // .build inside it); the script runs the copied binary through init,
        // the hook, validate, status, snapshot, audit verify, report, schema.
        let script = """
            mount -t tmpfs -o size=1m itaplan-hidden "$1" || exit 90
            if [ -n "$(ls -A "$1")" ] || [ -e "$1/Package.swift" ]; then exit 91; fi
            exec sh "$2" "$3" "$4"
            """
        let result = try ProcessRunner.run(
            URL(fileURLWithPath: "/usr/bin/unshare"),
            ["-m", "sh", "-c", script, "sh", Fixtures.root.path, check.path, binary.path, work.path], in: work)
        #expect(result.status == 0, "exit \(result.status)\n\(result.stdout)\n\(result.stderr)")
        #expect(result.stdout.contains("standalone: all steps passed"))

        // The mount was private: the tree is still here for everyone else,
        // and what the binary wrote is real.
        #expect(FileManager.default.fileExists(atPath: Fixtures.root.appendingPathComponent("Package.swift").path))
        let repository = work.appendingPathComponent("plans-repo")
        let snapshots = try ProcessRunner.run(command: "git", ["-C", repository.path, "rev-parse", "--verify", "refs/itaplan/snapshots"])
        #expect(snapshots.status == 0, "\(snapshots.stderr)")
        let hook = try String(contentsOf: repository.appendingPathComponent(".git/hooks/pre-commit"), encoding: .utf8)
        #expect(hook.contains(binary.path))
    }
}
