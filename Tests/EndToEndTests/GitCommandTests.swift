import Foundation
import ITAPlanTestSupport
import Testing

/// Git features through the built binary, in real temporary repositories.
@Suite("itaplan with git, end to end")
struct GitCommandTests {
    let seed: String
    let broken: String

    init() throws {
        seed = try String(contentsOf: Fixtures.seedPlan, encoding: .utf8)
        broken = seed.replacingOccurrences(of: "score: 80.03 }", with: "score: 90.03 }")
    }

    private func seedRepository(name: String = "repo") throws -> GitSandbox {
        let sandbox = try GitSandbox(name: name)
        try sandbox.write("plans/pho-hak-2564.yaml", seed)
        try sandbox.commitAll("plans")
        return sandbox
    }

    @Test("the pre-commit hook refuses a bad staged plan even when the working tree copy is fixed")
    func hookRefusesBadStagedPlan() throws {
        let sandbox = try seedRepository()
        #expect(try sandbox.itaplan(["hooks", "install"]).status == 0)
        try sandbox.write("plans/pho-hak-2564.yaml", broken)
        try sandbox.git(["add", "plans/pho-hak-2564.yaml"])
        try sandbox.write("plans/pho-hak-2564.yaml", seed)
        let commit = try sandbox.run("/usr/bin/env", ["git", "commit", "-q", "-m", "bad"])
        #expect(commit.status != 0)
        // git shows a hook's output on stderr.
        let line = try #require(broken.components(separatedBy: "\n").firstIndex { $0.hasPrefix("  total: 69.58") }) + 1
        #expect(commit.stderr.contains("plans/pho-hak-2564.yaml:\(line):10: error: [total-mismatch]"))
        #expect(try sandbox.git(["log", "--format=%s"]) == "plans\n")
    }

    @Test("the pre-commit hook passes a good staged plan even when the working tree copy is broken")
    func hookPassesGoodStagedPlan() throws {
        let sandbox = try seedRepository()
        #expect(try sandbox.itaplan(["hooks", "install"]).status == 0)
        let good = seed.replacingOccurrences(of: "note: ร่างคู่มือเสร็จแล้ว รอผู้บริหารลงนาม", with: "note: ร่างคู่มือแล้ว")
        try sandbox.write("plans/pho-hak-2564.yaml", good)
        try sandbox.git(["add", "plans/pho-hak-2564.yaml"])
        try sandbox.write("plans/pho-hak-2564.yaml", broken + "\n\tbroken: [\n")
        let commit = try sandbox.run("/usr/bin/env", ["git", "commit", "-q", "-m", "good"])
        #expect(commit.status == 0, "\(commit.stdout)\(commit.stderr)")
        #expect(try sandbox.git(["log", "--format=%s"]) == "good\nplans\n")
    }

    @Test("validate --staged outside a repository is a clear usage error")
    func stagedOutsideRepository() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try BinaryRunner.run(["validate", "--staged"], in: directory,
                                          environment: ["GIT_CEILING_DIRECTORIES": directory.deletingLastPathComponent().path])
        #expect(result.status == 2)
        #expect(result.stderr == "itaplan: not in a git repository (or any parent folder)\n")
    }

    @Test("8 concurrent processes × 25 snapshots: all 200 are in the chain")
    func concurrentSnapshots() throws {
        let sandbox = try seedRepository()
        // 200 commits, each plan a little different, so every snapshot differs
        // in content; the as-of day is the same for all (the chain only goes forward in time).
        var commits: [String] = []
        for index in 0..<200 {
            try sandbox.write("plans/pho-hak-2564.yaml", seed + "# revision \(index)\n")
            commits.append(try sandbox.commitAll("revision \(index)"))
        }
        let executable = BinaryRunner.executable.path
        let script = """
            for rev in $2; do
                "$1" snapshot --as-of 2021-03-31 --rev "$rev" >/dev/null || exit 1
            done
            """
        let group = DispatchGroup()
        let failures = Failures()
        for worker in 0..<8 {
            let revisions = commits[(worker * 25)..<(worker * 25 + 25)].joined(separator: " ")
            DispatchQueue.global().async(group: group) {
                let result = try? sandbox.run("/bin/sh", ["-c", script, "sh", executable, revisions])
                if result?.status != 0 { failures.add("worker \(worker): \(result?.stderr ?? "did not run")") }
            }
        }
        group.wait()
        #expect(failures.all.isEmpty, "\(failures.all)")
        let messages = try sandbox.git(["log", "--first-parent", "--format=%B", "refs/itaplan/snapshots"]).split(separator: "\n")
        #expect(messages.filter { $0.hasPrefix("As-Of: ") }.count == 200)
        #expect(Set(messages.filter { $0.hasPrefix("Source-Commit: ") }).count == 200)
        try sandbox.git(["fsck", "--strict", "--no-dangling"])
        let verify = try sandbox.itaplan(["audit", "verify"])
        #expect(verify.status == 0, "\(verify.stdout.suffix(2000))")
        #expect(verifiedSnapshots(verify.stdout) == 200, "\(verify.stdout.suffix(2000))")
    }

    /// How many snapshots `audit verify` printed as verified ("ok"), or -1
    /// when any line says FAIL: the exit status alone does not show that
    /// verify looked at the snapshots at all.
    private func verifiedSnapshots(_ output: String) -> Int {
        let lines = output.split(separator: "\n")
        if lines.contains(where: { $0.hasPrefix("FAIL") }) { return -1 }
        return lines.filter { $0.hasPrefix("ok    ") }.count
    }

    /// The snapshot commit the reference points at.
    private func snapshotHead(_ sandbox: GitSandbox) throws -> String {
        try sandbox.git(["rev-parse", "refs/itaplan/snapshots"])
    }

    @Test("a snapshot killed with SIGKILL at a random moment leaves the ref at the old or a new snapshot, fsck-clean")
    func killedSnapshots() throws {
        let sandbox = try seedRepository()
        try killSnapshots(in: sandbox, rounds: 20, maxDelay: 40_000)
    }

    @Test("the same with 120 plans, whose status files go into a pack file")
    func killedPackedSnapshots() throws {
        let sandbox = try seedRepository()
        let seed = try String(contentsOf: Fixtures.seedPlan, encoding: .utf8)
        for index in 1...119 { try sandbox.write("plans/agency-\(index).yaml", seed) }
        try sandbox.commitAll("119 more plans")
        try killSnapshots(in: sandbox, rounds: 8, maxDelay: 1_500_000)
        let packs = try FileManager.default.contentsOfDirectory(atPath: sandbox.path + "/.git/objects/pack")
        #expect(packs.contains { $0.hasSuffix(".idx") }, "the snapshots went into packs")
    }

    /// Takes one snapshot, then starts snapshots for new days and kills each
    /// at a random moment up to `maxDelay` microseconds, checking the ref and
    /// the repository after each.
    private func killSnapshots(in sandbox: GitSandbox, rounds: Int, maxDelay: UInt32) throws {
        let first = try sandbox.itaplan(["snapshot", "--as-of", "2020-10-01"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == (try snapshotHead(sandbox)), "snapshot prints the commit it made")
        for round in 1...rounds {
            let before = try sandbox.git(["rev-parse", "refs/itaplan/snapshots"]).trimmingCharacters(in: .whitespacesAndNewlines)
            let process = Process()
            process.executableURL = BinaryRunner.executable
            process.arguments = ["snapshot", "--as-of", "2021-01-\(String(format: "%02d", round))"]
            process.currentDirectoryURL = sandbox.root
            process.environment = ProcessInfo.processInfo.environment.merging(GitSandbox.environment) { $1 }
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 0...maxDelay))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()

            let after = try sandbox.git(["rev-parse", "refs/itaplan/snapshots"]).trimmingCharacters(in: .whitespacesAndNewlines)
            if after != before {
                // A new snapshot must chain onto the old one.
                #expect(try sandbox.git(["rev-parse", "\(after)^"]).trimmingCharacters(in: .whitespacesAndNewlines) == before)
            }
            try sandbox.git(["fsck", "--strict", "--no-dangling"])
            // A kill between taking and releasing the ref's lock leaves the lock file, as git does.
            let lock = sandbox.root.appendingPathComponent(".git/refs/itaplan/snapshots.lock")
            if FileManager.default.fileExists(atPath: lock.path) {
                try FileManager.default.removeItem(at: lock)
            }
        }
        // The next run cleans up after the killed ones: no temporary file is left.
        let last = try sandbox.itaplan(["snapshot", "--as-of", "2021-02-01"])
        #expect(last.status == 0, "\(last.stderr)")
        #expect(last.stdout == (try snapshotHead(sandbox)))
        let leftOver = try temporaryFiles(in: sandbox)
        #expect(leftOver.isEmpty, "\(leftOver)")
        try sandbox.git(["fsck", "--strict", "--no-dangling"])
        let verify = try sandbox.itaplan(["audit", "verify"])
        #expect(verify.status == 0, "\(verify.stdout)")
        // Every snapshot in the chain (each message has one As-Of line), each verified.
        let chain = try sandbox.git(["log", "--first-parent", "--format=%B", "refs/itaplan/snapshots"])
            .split(separator: "\n").filter { $0.hasPrefix("As-Of: ") }.count
        #expect(chain >= 2)
        #expect(verifiedSnapshots(verify.stdout) == chain, "\(verify.stdout)")
    }

    /// Files under .git/objects that are not objects, packs or their indexes.
    private func temporaryFiles(in sandbox: GitSandbox) throws -> [String] {
        let objects = sandbox.root.appendingPathComponent(".git/objects")
        let all = FileManager.default.enumerator(atPath: objects.path)?.compactMap { $0 as? String } ?? []
        return all.filter { path in
            let name = (path as NSString).lastPathComponent
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: objects.appendingPathComponent(path).path, isDirectory: &isFolder)
            if isFolder.boolValue || path.hasPrefix("info/") { return false }
            if path.hasPrefix("pack/") { return !(name.hasPrefix("pack-") && (name.hasSuffix(".pack") || name.hasSuffix(".idx"))) }
            return !(name.count == 38 && path.count == 41)
        }
    }

    @Test("a repository path with Thai letters and spaces, and a detached HEAD")
    func thaiPathAndDetachedHead() throws {
        let sandbox = try seedRepository(name: "แผน ITA เทศบาล")
        try sandbox.git(["checkout", "-q", "--detach"])
        let snapshot = try sandbox.itaplan(["snapshot", "--as-of", "2021-03-31"])
        #expect(snapshot.status == 0, "\(snapshot.stderr)")
        #expect(snapshot.stdout.count == 41)
        #expect(snapshot.stdout == (try snapshotHead(sandbox)))
        let verify = try sandbox.itaplan(["audit", "verify"])
        #expect(verify.status == 0)
        #expect(verifiedSnapshots(verify.stdout) == 1, "\(verify.stdout)")
        let log = try sandbox.itaplan(["audit", "log"])
        #expect(log.stdout.contains("2021-03-31  20/25 80%"))
        let history = try sandbox.itaplan(["history", "--format", "json"])
        #expect(history.status == 0, "\(history.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [String: Any])
        #expect(json["format"] as? String == "itaplan-history")
        #expect(json["head"] as? String == (try sandbox.git(["rev-parse", "HEAD"])).trimmingCharacters(in: .whitespacesAndNewlines))
        // The seed plan's 20 done records, each first seen in the one commit.
        let records = try #require(json["records"] as? [[String: Any]])
        #expect(records.filter { !($0["done"] is NSNull) }.count == 20)
    }

    @Test("a bare repository: snapshot and verify")
    func bareRepository() throws {
        let sandbox = try seedRepository()
        let bareURL = sandbox.root.deletingLastPathComponent().appendingPathComponent("bare.git")
        try sandbox.git(["clone", "-q", "--bare", sandbox.path, bareURL.path])
        let bare = GitSandbox(existing: bareURL)
        let snapshot = try bare.itaplan(["snapshot", "--as-of", "2021-03-31"])
        #expect(snapshot.status == 0, "\(snapshot.stderr)")
        #expect(snapshot.stdout == (try snapshotHead(bare)))
        #expect(try bare.git(["show", "refs/itaplan/snapshots:snapshot.json"]).contains("\"as_of\" : \"2021-03-31\""))
        let verify = try bare.itaplan(["audit", "verify"])
        #expect(verify.status == 0)
        #expect(verifiedSnapshots(verify.stdout) == 1, "\(verify.stdout)")
        try bare.git(["fsck", "--strict", "--no-dangling"])
    }

    @Test("no git identity is a clear error, and nothing is written")
    func noIdentity() throws {
        let sandbox = try seedRepository()
        try sandbox.git(["config", "--unset", "user.name"])
        let result = try sandbox.itaplan(["snapshot", "--as-of", "2021-03-31"], environment: [
            "GIT_AUTHOR_NAME": "", "GIT_COMMITTER_NAME": "", "HOME": sandbox.path,
        ])
        #expect(result.status == 2)
        #expect(result.stderr.contains("set git config user.name and user.email"))
        #expect(throws: (any Error).self) { try sandbox.git(["rev-parse", "--verify", "-q", "refs/itaplan/snapshots"]) }
    }

    @Test("history in a shallow clone says how to fetch the full history")
    func shallowHistory() throws {
        let sandbox = try seedRepository()
        try sandbox.write("README.md", "x\n")
        try sandbox.commitAll("second")
        let shallowURL = sandbox.root.deletingLastPathComponent().appendingPathComponent("shallow")
        try sandbox.git(["clone", "-q", "--depth", "1", "file://" + sandbox.path, shallowURL.path])
        let result = try GitSandbox(existing: shallowURL).itaplan(["history"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("fetch-depth: 0"))
    }
}

/// Failures collected from several threads.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []

    func add(_ item: String) {
        lock.lock()
        items.append(item)
        lock.unlock()
    }

    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }
}
