import Foundation
import ITAPlanTestSupport
import Testing

/// `audit verify` tried as an auditor would: chains made by itaplan, then
/// forged with git's own plumbing, in real temporary repositories.
@Suite("audit verify against forged and rewritten chains, end to end")
struct AuditTrailCommandTests {
    let seed: String

    init() throws {
        seed = try String(contentsOf: Fixtures.seedPlan, encoding: .utf8)
    }

    private func seedRepository() throws -> GitSandbox {
        let sandbox = try GitSandbox(name: "repo")
        try sandbox.write("plans/pho-hak-2564.yaml", seed)
        try sandbox.commitAll("plans")
        return sandbox
    }

    @discardableResult
    private func snapshot(_ sandbox: GitSandbox, _ asOf: String, _ extra: [String] = []) throws -> String {
        let result = try sandbox.itaplan(["snapshot", "--as-of", asOf] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func verify(_ sandbox: GitSandbox, _ extra: [String] = []) throws -> BinaryRunner.Output {
        try sandbox.itaplan(["audit", "verify", "--lang", "en"] + extra)
    }

    /// The verify output's block for one snapshot: its FAIL/ok line and the lines under it.
    private func block(_ output: String, _ commit: String) -> String {
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0.dropFirst(6).hasPrefix(commit.prefix(7)) }) else { return "" }
        var end = start + 1
        while end < lines.count, lines[end].hasPrefix("      ") { end += 1 }
        return lines[start..<end].joined(separator: "\n")
    }

    @Test("snapshot --ref onto a branch, a tag, HEAD or a short name is refused, the branch left where it was",
          arguments: ["refs/heads/main", "refs/tags/v1", "refs/remotes/origin/main", "HEAD", "main"])
    func snapshotRefNotABranch(reference: String) throws {
        let sandbox = try seedRepository()
        let head = try ChainForger(sandbox).rev("HEAD")
        let result = try sandbox.itaplan(["snapshot", "--as-of", "2021-03-31", "--ref", reference, "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--ref \"\(reference)\" cannot be used: snapshots keep a ref of their own"), "\(result.stderr)")
        #expect(try ChainForger(sandbox).rev("HEAD") == head)
        #expect(try sandbox.git(["status", "--porcelain"]).isEmpty)
        #expect((try? sandbox.git(["rev-parse", "-q", "--verify", "refs/tags/v1"])) == nil)
    }

    @Test("a snapshot forged to claim everything done and stamped 0.0.9 fails; --accept-version 0.0.9 reports it")
    func forgedVersion() throws {
        let sandbox = try seedRepository()
        let id = try snapshot(sandbox, "2021-03-31")
        let forger = ChainForger(sandbox)
        let statusPath = "status/plans/pho-hak-2564.yaml.json"
        let status = try forger.show(id, statusPath)
            .replacingOccurrences(of: "\"state\":\"overdue\"", with: "\"state\":\"done-on-time\"")
            .replacingOccurrences(of: "\"state\":\"done-late\"", with: "\"state\":\"done-on-time\"")
        let metadata = try forger.show(id, "snapshot.json")
            .replacingOccurrences(of: "\"tool_version\" : \"", with: "\"tool_version\" : \"0.0.9\", \"was\" : \"")
            .replacingOccurrences(of: "\"done\" : 20", with: "\"done\" : 51")
            .replacingOccurrences(of: "\"overdue\" : 2", with: "\"overdue\" : 0")
        try forger.point(try forger.remake(id, files: [statusPath: status, "snapshot.json": metadata]))
        let forged = try forger.rev("refs/itaplan/snapshots")

        let result = try verify(sandbox)
        #expect(result.status == 1)
        let lines = block(result.stdout, forged)
        #expect(lines.hasPrefix("FAIL  \(forged.prefix(7))"), "\(result.stdout)")
        #expect(lines.contains("content differs from this version's"))
        #expect(lines.contains(statusPath))
        #expect(lines.contains("snapshot.json"))
        #expect(lines.contains("the snapshot says itaplan 0.0.9 made it"))

        let accepted = try verify(sandbox, ["--accept-version", "0.0.9"])
        #expect(block(accepted.stdout, forged).contains("accepted (--accept-version 0.0.9)"), "\(accepted.stdout)")
    }

    @Test("a status file rewritten alone, with everything else kept, fails naming the file")
    func rewrittenStatus() throws {
        let sandbox = try seedRepository()
        try snapshot(sandbox, "2021-03-31")
        let latest = try snapshot(sandbox, "2021-04-30")
        let forger = ChainForger(sandbox)
        let statusPath = "status/plans/pho-hak-2564.yaml.json"
        let status = try forger.show(latest, statusPath)
        let forged = status.replacingOccurrences(of: "\"state\":\"overdue\"", with: "\"state\":\"done-on-time\"")
        #expect(forged != status)
        let commit = try forger.remake(latest, files: [statusPath: forged])
        try forger.point(commit)
        let result = try verify(sandbox)
        #expect(result.status == 1)
        #expect(block(result.stdout, commit) == """
            FAIL  \(commit.prefix(7)) · source \(try forger.rev("HEAD").prefix(7)) · as of 2021-04-30
                  content differs from a recomputation: \(statusPath)
            """)
        #expect(result.stdout.contains("the reflog says the ref pointed at \(latest.prefix(12)), which is no longer in the chain"))
    }

    @Test("a snapshot dropped from the middle of the chain is found")
    func droppedMiddle() throws {
        let sandbox = try seedRepository()
        let first = try snapshot(sandbox, "2021-03-31")
        let middle = try snapshot(sandbox, "2021-04-30")
        let last = try snapshot(sandbox, "2021-05-31")
        let forger = ChainForger(sandbox)
        let source = try forger.rev("HEAD")
        let remade = try forger.remake(last, parents: [first, source])
        try forger.point(remade)
        // Without the reflog too: only the chain itself can tell.
        try sandbox.git(["reflog", "expire", "--expire=now", "--all"])
        let result = try verify(sandbox)
        #expect(result.status == 1)
        let lines = block(result.stdout, remade)
        #expect(lines.hasPrefix("FAIL"), "\(result.stdout)")
        #expect(lines.contains("snapshot.json places it at (sequence, previous) 3, \(middle.prefix(12)) but its parents say 2, \(first.prefix(12)): a snapshot was dropped"))
    }

    @Test("two snapshots swapped in the chain are found")
    func swappedPair() throws {
        let sandbox = try seedRepository()
        let first = try snapshot(sandbox, "2021-03-31")
        let second = try snapshot(sandbox, "2021-04-30")
        let forger = ChainForger(sandbox)
        let source = try forger.rev("HEAD")
        let newFirst = try forger.remake(second, parents: [source])
        let newSecond = try forger.remake(first, parents: [newFirst, source])
        try forger.point(newSecond)
        let result = try verify(sandbox)
        #expect(result.status == 1)
        let top = block(result.stdout, newSecond)
        #expect(top.hasPrefix("FAIL"), "\(result.stdout)")
        #expect(top.contains("its as_of goes back from the previous snapshot's (2021-04-30 → 2021-03-31)"))
        #expect(top.contains("a snapshot was dropped, swapped or re-made"))
        #expect(block(result.stdout, newFirst).contains("a snapshot was dropped, swapped or re-made"))
    }

    @Test("an extra file in a snapshot's tree fails; a year model under ita-years/ is a name it may hold, checked against its source")
    func extraFile() throws {
        let sandbox = try seedRepository()
        let id = try snapshot(sandbox, "2021-03-31")
        let forger = ChainForger(sandbox)
        // A stored model must read (one that does not is differing content, see YearModelCommandTests).
        let model = try sandbox.itaplan(["years", "show", "2564", "--format", "json"]).stdout
        let commit = try forger.remake(id, files: ["notes.txt": "nothing to see\n", "ita-years/2564.json": model,
                                                  "evil\u{1B}[2J.txt": "x\n"])
        try forger.point(commit)
        let result = try verify(sandbox)
        #expect(result.status == 1)
        let lines = block(result.stdout, commit)
        #expect(lines.contains("files a snapshot never holds: evil\\u001b[2J.txt, notes.txt"), "\(result.stdout)")
        // A file name cannot drive the terminal.
        #expect(!result.stdout.contains("\u{1B}"))
        // A model file is a name a snapshot may hold, so not among those; but one its source
        // commit never had is not what itaplan stores, so it is named as differing content.
        let neverHolds = lines.split(separator: "\n").first { $0.contains("files a snapshot never holds") } ?? ""
        #expect(!neverHolds.contains("ita-years"))
        #expect(lines.contains("content differs from a recomputation: ita-years/2564.json"), "\(result.stdout)")
    }

    @Test("amend and backdate a source commit, force the branch, expire the reflog, gc: the attested commit stays, verify reports the rewrite and the record")
    func rewrittenHistory() throws {
        let sandbox = try seedRepository()
        let attested = try ChainForger(sandbox).rev("HEAD")
        let id = try snapshot(sandbox, "2021-03-31")
        // The late record made to read as on time, committed with the old dates.
        try sandbox.write("plans/pho-hak-2564.yaml", seed.replacingOccurrences(of: "done: 2564-02-09", with: "done: 2564-02-04"))
        try sandbox.git(["add", "-A"])
        try sandbox.git(["commit", "-q", "--amend", "--no-verify", "--no-edit", "--date=2021-03-31T10:00:00+07:00"])
        let rewritten = try ChainForger(sandbox).rev("HEAD")
        #expect(rewritten != attested)
        // (The amend has moved main already, as a force-push would on a server.)
        try sandbox.git(["reflog", "expire", "--expire=now", "--all"])
        try sandbox.git(["gc", "-q", "--prune=now"])
        try sandbox.git(["cat-file", "-e", attested])

        let result = try verify(sandbox, ["--branch", "main"])
        #expect(result.status == 1)
        let lines = block(result.stdout, id)
        #expect(lines.contains("history rewritten after snapshot \(id.prefix(7)): \(attested.prefix(12)) is not an ancestor of main"),
                "\(result.stdout)")
        #expect(lines.contains("plans/pho-hak-2564.yaml 1/1.1 2021-01: was done late 2021-02-09, now reads done on time 2021-02-04"), "\(lines)")
        // Without --branch: in no branch at all.
        let anyBranch = try verify(sandbox)
        #expect(anyBranch.status == 1)
        #expect(block(anyBranch.stdout, id).contains("is not an ancestor of HEAD or any branch"))
    }

    @Test("a snapshot of another branch is not a rewrite, unless --branch names one it is not in")
    func otherBranch() throws {
        let sandbox = try seedRepository()
        try sandbox.git(["checkout", "-q", "-b", "release"])
        try sandbox.write("plans/pho-hak-2564.yaml", seed + "# release\n")
        try sandbox.commitAll("release")
        try sandbox.git(["checkout", "-q", "main"])
        let made = try snapshot(sandbox, "2021-03-31", ["--rev", "release"])
        let loose = try verify(sandbox)
        #expect(loose.status == 0)
        #expect(block(loose.stdout, made).hasPrefix("ok"), "\(loose.stdout)")
        #expect(!loose.stdout.contains("FAIL"))
        let strict = try verify(sandbox, ["--branch", "main"])
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("is not an ancestor of main"))
    }

    @Test("a sequence at the edge of Int fails verify without a crash; the next snapshot counts the chain instead")
    func hugeSequence() throws {
        let sandbox = try seedRepository()
        try snapshot(sandbox, "2021-03-31")
        let second = try snapshot(sandbox, "2021-04-30")
        let forger = ChainForger(sandbox)
        let metadata = try forger.show(second, "snapshot.json")
            .replacingOccurrences(of: "\"sequence\" : 2", with: "\"sequence\" : \(Int.max)")
        let forged = try forger.remake(second, files: ["snapshot.json": metadata])
        try forger.point(forged)
        let third = try snapshot(sandbox, "2021-05-31")
        #expect(try forger.show(third, "snapshot.json").contains("\"sequence\" : 3"))
        let result = try verify(sandbox)
        #expect(result.status == 1)
        #expect(block(result.stdout, forged).contains("(sequence, previous) \(Int.max), "), "\(result.stdout)")
        #expect(block(result.stdout, third).hasPrefix("ok"))
    }

    @Test("a format-1 snapshot after a format-2 one fails, named: going back to format 1 would skip the source-parent and sequence checks")
    func formatDowngrade() throws {
        let sandbox = try seedRepository()
        let first = try snapshot(sandbox, "2021-03-31")
        let second = try snapshot(sandbox, "2021-04-30")
        let forger = ChainForger(sandbox)
        // Re-made as itaplan 0.1 wrote snapshots: format 1, no sequence or
        // previous, the previous snapshot its only parent.
        let metadata = try forger.show(second, "snapshot.json")
            .replacingOccurrences(of: "\"version\" : 2", with: "\"version\" : 1")
            .replacingOccurrences(of: ",\n  \"sequence\" : 2", with: "")
            .replacingOccurrences(of: ",\n  \"previous\" : \"\(first)\"", with: "")
        #expect(!metadata.contains("sequence") && !metadata.contains("previous"), "\(metadata)")
        let older = try forger.remake(second, files: ["snapshot.json": metadata], parents: [first])
        try forger.point(older)
        // A third, format-1 again: still after the format-2 one.
        let third = try forger.remake(older, parents: [older])
        try forger.point(third)
        let result = try verify(sandbox)
        #expect(result.status == 1)
        let downgrade = "snapshot format goes back from 2 to 1 after snapshot \(first.prefix(12))"
        #expect(block(result.stdout, older).contains(downgrade), "\(result.stdout)")
        #expect(block(result.stdout, third).contains(downgrade), "\(result.stdout)")
        #expect(!block(result.stdout, first).contains("goes back"))
        let thai = try sandbox.itaplan(["audit", "verify", "--lang", "th"])
        #expect(thai.stdout.contains("รูปแบบ snapshot ย้อนจากรุ่น 2 เป็นรุ่น 1 หลัง snapshot \(first.prefix(12))"), "\(thai.stdout)")
    }

    @Test("a third parent fails, named")
    func extraParent() throws {
        let sandbox = try seedRepository()
        try snapshot(sandbox, "2021-03-31")
        let second = try snapshot(sandbox, "2021-04-30")
        let forger = ChainForger(sandbox)
        let other = try sandbox.git(["commit-tree", "HEAD^{tree}", "-m", "elsewhere"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let commit = try forger.remake(second, parents: try forger.parents(second) + [other])
        try forger.point(commit)
        let result = try verify(sandbox)
        #expect(result.status == 1)
        #expect(block(result.stdout, commit).contains("its parents are not a snapshot's"), "\(result.stdout)")
    }

    // MARK: - Signatures

    private func makeKey(_ sandbox: GitSandbox, _ name: String) throws -> (path: String, publicKey: String) {
        let path = sandbox.root.appendingPathComponent(".git/\(name)").path
        let result = try sandbox.run("/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", name, "-f", path])
        #expect(result.status == 0, "\(result.stderr)")
        return (path, try String(contentsOfFile: path + ".pub", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// A repository with an SSH signing key configured as git wants it, and
    /// an allowed-signers file listing that key.
    private func signingRepository() throws -> (GitSandbox, allowed: String) {
        let sandbox = try seedRepository()
        let key = try makeKey(sandbox, "officer")
        let allowed = sandbox.root.appendingPathComponent(".git/allowed_signers").path
        try "somchai@example.go.th namespaces=\"git\" \(key.publicKey)\n".write(toFile: allowed, atomically: true, encoding: .utf8)
        try sandbox.git(["config", "gpg.format", "ssh"])
        try sandbox.git(["config", "user.signingKey", key.path])
        return (sandbox, allowed)
    }

    @Test("signed snapshots: git verify-commit accepts each; --require-signatures passes; a snapshot signed by an unlisted key fails")
    func signedChain() throws {
        let (sandbox, allowed) = try signingRepository()
        let first = try snapshot(sandbox, "2021-03-31", ["--sign"])
        try sandbox.git(["config", "itaplan.signSnapshots", "true"])
        let second = try snapshot(sandbox, "2021-04-30")
        for id in [first, second] {
            let check = try sandbox.run("/usr/bin/env", ["git", "-c", "gpg.ssh.allowedSignersFile=\(allowed)", "verify-commit", id])
            #expect(check.status == 0, "\(check.stderr)")
            #expect(check.stderr.contains("Good \"git\" signature for somchai@example.go.th"))
        }
        let log = try sandbox.itaplan(["audit", "log", "--lang", "en"])
        #expect(log.stdout.split(separator: "\n").dropFirst().allSatisfy { $0.contains("  signed  ") }, "\(log.stdout)")
        #expect(try sandbox.itaplan(["audit", "log", "--format", "json"]).stdout.contains("\"signed\" : true"))
        let passed = try verify(sandbox, ["--require-signatures", "--allowed-signers", allowed])
        #expect(passed.status == 0, "\(passed.stdout)")
        #expect(block(passed.stdout, second).contains("good signature by somchai@example.go.th"))
        // The same through git config, as git itself reads it.
        try sandbox.git(["config", "gpg.ssh.allowedSignersFile", allowed])
        let configured = try verify(sandbox)
        #expect(configured.status == 0)
        #expect(block(configured.stdout, second).contains("good signature by somchai@example.go.th"), "\(configured.stdout)")

        let stranger = try makeKey(sandbox, "stranger")
        try sandbox.git(["config", "user.signingKey", stranger.path])
        let third = try snapshot(sandbox, "2021-05-31")
        let failed = try verify(sandbox, ["--require-signatures"])
        #expect(failed.status == 1)
        #expect(block(failed.stdout, third).contains("signed by a key not in the allowed signers"), "\(failed.stdout)")
        #expect(block(failed.stdout, second).hasPrefix("ok"))
    }

    @Test("a forger's signatures: an allowed_signers committed in the working tree is refused; a gpg.ssh.program set in .git/config is not run")
    func forgerChosenSigners() throws {
        let (sandbox, _) = try signingRepository()
        // Someone with push access signs with their own key and lists it in a file beside the plans.
        let forger = try makeKey(sandbox, "forger")
        try sandbox.git(["config", "user.signingKey", forger.path])
        try "forger@example.com namespaces=\"git\" \(forger.publicKey)\n".write(
            to: sandbox.root.appendingPathComponent("allowed_signers"), atomically: true, encoding: .utf8)
        try sandbox.commitAll("signers")
        let id = try snapshot(sandbox, "2021-03-31", ["--sign"])
        try sandbox.git(["config", "gpg.ssh.allowedSignersFile", "allowed_signers"])
        let refused = try verify(sandbox, ["--require-signatures"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("is in the working tree of the repository being audited"), "\(refused.stdout)\(refused.stderr)")
        // A "verifier" named by the repository's own config that says yes to anything.
        let fake = sandbox.root.appendingPathComponent(".git/yes.sh").path
        try "#!/bin/sh\necho forger@example.com\nexit 0\n".write(toFile: fake, atomically: true, encoding: .utf8)
        #expect(chmod(fake, 0o755) == 0)
        let elsewhere = try Fixtures.temporaryDirectory("signers")
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        let honest = elsewhere.appendingPathComponent("allowed_signers").path
        try "somchai@example.go.th namespaces=\"git\" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl x\n"
            .write(toFile: honest, atomically: true, encoding: .utf8)
        try sandbox.git(["config", "gpg.ssh.program", fake])
        let result = try verify(sandbox, ["--require-signatures", "--allowed-signers", honest])
        #expect(result.status == 1, "\(result.stdout)")
        #expect(block(result.stdout, id).hasPrefix("FAIL"), "\(result.stdout)")
    }

    @Test("a key listed only until before the snapshot was made does not sign it, as git judges it")
    func expiredKey() throws {
        let (sandbox, allowed) = try signingRepository()
        let id = try snapshot(sandbox, "2021-03-31", ["--sign"])
        let line = try String(contentsOfFile: allowed, encoding: .utf8)
        try line.replacingOccurrences(of: "namespaces=\"git\"", with: "namespaces=\"git\",valid-before=\"20200101\"")
            .write(toFile: allowed, atomically: true, encoding: .utf8)
        let git = try sandbox.run("/usr/bin/env", ["git", "-c", "gpg.ssh.allowedSignersFile=\(allowed)", "verify-commit", id])
        #expect(git.status != 0)
        let result = try verify(sandbox, ["--allowed-signers", allowed])
        #expect(result.status == 1)
        #expect(block(result.stdout, id).hasPrefix("FAIL"), "\(result.stdout)")
    }

    @Test("an unsigned snapshot appended with the git CLI fails --require-signatures")
    func unsignedAppended() throws {
        let (sandbox, allowed) = try signingRepository()
        let first = try snapshot(sandbox, "2021-03-31", ["--sign"])
        let forger = ChainForger(sandbox)
        var metadata = try forger.show(first, "snapshot.json")
            .replacingOccurrences(of: "\"sequence\" : 1", with: "\"sequence\" : 2")
        metadata.replaceSubrange(try #require(metadata.range(of: "{")), with: "{ \"previous\" : \"\(first)\",")
        let appended = try forger.remake(first, files: ["snapshot.json": metadata], parents: [first, try forger.rev("HEAD")])
        try forger.point(appended)
        let result = try verify(sandbox, ["--require-signatures", "--allowed-signers", allowed])
        #expect(result.status == 1)
        #expect(block(result.stdout, appended).contains("not signed"), "\(result.stdout)")
        #expect(block(result.stdout, first).hasPrefix("ok"))
        #expect(try verify(sandbox, ["--allowed-signers", allowed]).status == 1)
    }

    @Test("--require-signatures with no allowed signers is a clear error")
    func requireWithoutSigners() throws {
        let sandbox = try seedRepository()
        try snapshot(sandbox, "2021-03-31")
        let result = try verify(sandbox, ["--require-signatures"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--require-signatures needs the allowed signers"))
    }

    @Test("a SHA-256 repository gets a clear message from every command that opens it")
    func sha256Repository() throws {
        let sandbox = try GitSandbox(name: "sha256-parent")
        let root = sandbox.root.appendingPathComponent("sha256")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let repository = GitSandbox(existing: root)
        try repository.git(["init", "-q", "--object-format=sha256", "-b", "main"])
        try repository.write("plans/pho-hak-2564.yaml", seed)
        try repository.git(["add", "-A"])
        for arguments in [["validate", "--staged"], ["snapshot"], ["history"], ["audit", "verify"], ["audit", "log"]] {
            let result = try repository.itaplan(arguments + ["--lang", "en"])
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr == "itaplan: itaplan supports SHA-1 repositories; this one uses sha256\n", "\(arguments): \(result.stderr)")
        }
    }
}
