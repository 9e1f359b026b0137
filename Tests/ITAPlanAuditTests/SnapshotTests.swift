import Foundation
import ITAPlanAudit
import ITAPlanCore
import ITAPlanGit
import ITAPlanTestSupport
import Testing

@Suite("Audit-trail snapshots")
struct SnapshotTests {
    let signature = Signature(name: "CI", email: "ci@example.go.th",
                              time: Date(timeIntervalSince1970: 1_617_159_600), offsetMinutes: 420)

    private func seedRepository(name: String = "repo") throws -> GitSandbox {
        let sandbox = try GitSandbox(name: name)
        try sandbox.write("plans/pho-hak-2564.yaml", try String(contentsOf: Fixtures.seedPlan, encoding: .utf8))
        try sandbox.write("README.md", "plans\n")
        try sandbox.commitAll("plans")
        return sandbox
    }

    private func request(asOf: CivilDate, revision: String = "HEAD") -> SnapshotWriter.Request {
        SnapshotWriter.Request(revision: revision, asOf: asOf, checkedOn: Fixtures.today, summaryLanguage: .thai,
                               author: signature, committer: signature)
    }

    private func day(_ y: Int, _ m: Int, _ d: Int) -> CivilDate { CivilDate(year: y, month: m, day: d)! }

    @Test("a snapshot holds status, findings, summary, the exact plan blobs and metadata; git reads it back")
    func contents() throws {
        let sandbox = try seedRepository()
        let repository = try GitRepository(discoveringFrom: sandbox.path)
        let writer = SnapshotWriter(repository: repository, catalog: Fixtures.catalog)
        let (outcome, errors) = try writer.write(request(asOf: day(2021, 3, 31)))
        #expect(errors == 0)
        guard case .created(let id) = outcome else { Issue.record("no snapshot"); return }
        #expect(try repository.referenceTarget(SnapshotWriter.defaultReference) == id)

        let files = try sandbox.git(["ls-tree", "-r", "--name-only", "refs/itaplan/snapshots"])
        // The year models it was computed with are stored too (docs/year-models.md).
        let models = (2563...2570).map { "ita-years/\($0).yaml\n" }.joined()
        #expect(files == "findings.json\n" + models + "plans/pho-hak-2564.yaml\nsnapshot.json\nstatus/plans/pho-hak-2564.yaml.json\nsummary.md\n")
        // Each plan's status is compact itaplan-status JSON for that plan.
        let status = try sandbox.git(["show", "refs/itaplan/snapshots:status/plans/pho-hak-2564.yaml.json"])
        #expect(status.hasPrefix("{\"agency\":\"เทศบาลตำบลโพหัก\",\"as_of\":\"2021-03-31\""))
        #expect(status.split(separator: "\n").count == 1)
        // The plan blob is the source commit's own.
        #expect(try sandbox.git(["rev-parse", "refs/itaplan/snapshots:plans/pho-hak-2564.yaml"])
            == (try sandbox.git(["rev-parse", "HEAD:plans/pho-hak-2564.yaml"])))
        let metadata = try sandbox.git(["show", "refs/itaplan/snapshots:snapshot.json"])
        let head = try sandbox.git(["rev-parse", "HEAD"]).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(metadata.contains("\"source_commit\" : \"\(head)\""))
        #expect(metadata.contains("\"as_of\" : \"2021-03-31\""))
        #expect(metadata.contains("\"tool_version\" : \"\(ITAPlanVersion.current)\""))
        #expect(try sandbox.git(["show", "refs/itaplan/snapshots:summary.md"]).hasPrefix("## เทศบาลตำบลโพหัก"))
        #expect(try sandbox.git(["log", "-1", "--format=%B", "refs/itaplan/snapshots"]).contains("Source-Commit: \(head)"))
        try sandbox.git(["fsck", "--strict", "--no-dangling"])
    }

    @Test("an identical snapshot is skipped; a new day chains onto the previous one")
    func skipAndChain() throws {
        let sandbox = try seedRepository()
        let repository = try GitRepository(discoveringFrom: sandbox.path)
        let writer = SnapshotWriter(repository: repository, catalog: Fixtures.catalog)
        guard case .created(let first) = try writer.write(request(asOf: day(2021, 3, 31))).outcome else {
            Issue.record("no first snapshot"); return
        }
        #expect(try writer.write(request(asOf: day(2021, 3, 31))).outcome == .unchanged(first))
        // A commit that leaves the plans alone changes nothing either.
        try sandbox.write("README.md", "changed\n")
        try sandbox.commitAll("docs")
        #expect(try writer.write(request(asOf: day(2021, 3, 31))).outcome == .unchanged(first))
        guard case .created(let second) = try writer.write(request(asOf: day(2021, 4, 30))).outcome else {
            Issue.record("no second snapshot"); return
        }
        #expect(try repository.commit(second).parents == [first])
        #expect(try SnapshotLog.records(in: repository).map(\.id) == [second, first])
    }

    @Test("verify passes untouched snapshots")
    func verifyClean() throws {
        let sandbox = try seedRepository()
        let repository = try GitRepository(discoveringFrom: sandbox.path)
        let writer = SnapshotWriter(repository: repository, catalog: Fixtures.catalog)
        _ = try writer.write(request(asOf: day(2021, 3, 31)))
        _ = try writer.write(request(asOf: day(2021, 4, 30)))
        let results = try SnapshotVerifier(repository: repository, catalog: Fixtures.catalog).verifyAll()
        #expect(results.count == 2)
        #expect(results.allSatisfy { $0.isValid })
    }

    /// Rewrites the latest snapshot with one file replaced, as someone with
    /// write access to the repository could, using git's own plumbing.
    private func tamper(_ sandbox: GitSandbox, path: String, contents: String) throws {
        let blob = try sandbox.run("/bin/sh", ["-c", "printf '%s' \"$1\" | git hash-object -w --stdin", "sh", contents])
            .stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        try sandbox.git(["read-tree", "--index-output=.git/tamper-index", "refs/itaplan/snapshots"])
        let env = ["GIT_INDEX_FILE": ".git/tamper-index"]
        try sandbox.git(["update-index", "--cacheinfo", "100644,\(blob),\(path)"], environment: env)
        let tree = try sandbox.git(["write-tree"], environment: env).trimmingCharacters(in: .whitespacesAndNewlines)
        let parents = try sandbox.git(["log", "-1", "--format=%P", "refs/itaplan/snapshots"])
            .split(whereSeparator: \.isWhitespace).flatMap { ["-p", String($0)] }
        let commit = try sandbox.git(["commit-tree", tree] + parents + ["-m", "forged"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        try sandbox.git(["update-ref", "refs/itaplan/snapshots", commit])
    }

    @Test("verify detects a snapshot whose stored status was rewritten")
    func tamperedStatus() throws {
        let sandbox = try seedRepository()
        let repository = try GitRepository(discoveringFrom: sandbox.path)
        let writer = SnapshotWriter(repository: repository, catalog: Fixtures.catalog)
        _ = try writer.write(request(asOf: day(2021, 3, 31)))
        _ = try writer.write(request(asOf: day(2021, 4, 30)))
        let status = try sandbox.git(["show", "refs/itaplan/snapshots:status/plans/pho-hak-2564.yaml.json"])
        let forged = status.replacingOccurrences(of: "\"overdue\":8", with: "\"overdue\":0")
        #expect(forged != status)
        try tamper(sandbox, path: "status/plans/pho-hak-2564.yaml.json", contents: forged)
        let results = try SnapshotVerifier(repository: try GitRepository(discoveringFrom: sandbox.path),
                                           catalog: Fixtures.catalog).verifyAll()
        #expect(results.first?.problems == [.contentDiffers(files: ["status/plans/pho-hak-2564.yaml.json"])])
        #expect(results.last?.isValid == true)
    }

    @Test("verify detects a snapshot whose plan was rewritten")
    func tamperedPlan() throws {
        let sandbox = try seedRepository()
        let repository = try GitRepository(discoveringFrom: sandbox.path)
        _ = try SnapshotWriter(repository: repository, catalog: Fixtures.catalog).write(request(asOf: day(2021, 3, 31)))
        let plan = try String(contentsOf: Fixtures.seedPlan, encoding: .utf8)
        try tamper(sandbox, path: "plans/pho-hak-2564.yaml",
                   contents: plan.replacingOccurrences(of: "done: 2564-02-09", with: "done: 2564-02-04"))
        let results = try SnapshotVerifier(repository: try GitRepository(discoveringFrom: sandbox.path),
                                           catalog: Fixtures.catalog).verifyAll()
        let problems = try #require(results.first?.problems)
        #expect(problems.contains(.plansDiffer(paths: ["plans/pho-hak-2564.yaml"])))
        #expect(problems.contains(.contentDiffers(files: ["snapshot.json"])))
    }

    @Test("a snapshot whose source commit is gone fails verification")
    func missingSource() throws {
        let sandbox = try seedRepository()
        let repository = try GitRepository(discoveringFrom: sandbox.path)
        _ = try SnapshotWriter(repository: repository, catalog: Fixtures.catalog).write(request(asOf: day(2021, 3, 31)))
        let metadata = try sandbox.git(["show", "refs/itaplan/snapshots:snapshot.json"])
        let head = try sandbox.git(["rev-parse", "HEAD"]).trimmingCharacters(in: .whitespacesAndNewlines)
        try tamper(sandbox, path: "snapshot.json",
                   contents: metadata.replacingOccurrences(of: head, with: String(repeating: "a", count: 40)))
        let results = try SnapshotVerifier(repository: try GitRepository(discoveringFrom: sandbox.path),
                                           catalog: Fixtures.catalog).verifyAll()
        #expect(results.first?.problems == [.sourceMissing(commit: String(repeating: "a", count: 40))])
    }

    @Test("with many plans: one status file each, in a pack, an overview summary, totals in snapshot.json; verify sees a removed file")
    func manyPlans() throws {
        let sandbox = try GitSandbox(name: "many")
        let seed = try String(contentsOf: Fixtures.seedPlan, encoding: .utf8)
        let count = 12  // more than the 10 plans a summary shows in full
        for index in 1...count { try sandbox.write("plans/agency-\(index).yaml", seed) }
        try sandbox.commitAll("plans")
        let repository = try GitRepository(discoveringFrom: sandbox.path)
        var writer = SnapshotWriter(repository: repository, catalog: Fixtures.catalog)
        writer.packThreshold = 10
        _ = try writer.write(request(asOf: day(2021, 3, 31)))
        // The status files went into one pack, which git reads.
        let packs = try FileManager.default.contentsOfDirectory(atPath: sandbox.path + "/.git/objects/pack")
        #expect(packs.filter { $0.hasSuffix(".pack") }.count == 1)
        try sandbox.git(["fsck", "--strict", "--no-dangling"])

        let statusFiles = try sandbox.git(["ls-tree", "-r", "--name-only", "refs/itaplan/snapshots", "status"])
        #expect(statusFiles.split(separator: "\n").count == count)
        let summary = try sandbox.git(["show", "refs/itaplan/snapshots:summary.md"])
        #expect(summary.hasPrefix("## ความคืบหน้าของแผน"))
        #expect(summary.components(separatedBy: "| เทศบาลตำบลโพหัก |").count - 1 == count)
        #expect(summary.contains("**รวม \(count) แผน:"))
        let record = try #require(try SnapshotLog.records(in: repository).first)
        #expect(record.completion?.dueSoFar == 25 * count)
        #expect(record.completion?.done == 20 * count)
        #expect(try SnapshotVerifier(repository: repository, catalog: Fixtures.catalog).verifyAll().first?.isValid == true)

        // A status file taken out of the tree, with the commit re-made by git's plumbing.
        try sandbox.git(["read-tree", "--index-output=.git/tamper-index", "refs/itaplan/snapshots"])
        let env = ["GIT_INDEX_FILE": ".git/tamper-index"]
        try sandbox.git(["update-index", "--force-remove", "status/plans/agency-3.yaml.json"], environment: env)
        let tree = try sandbox.git(["write-tree"], environment: env).trimmingCharacters(in: .whitespacesAndNewlines)
        let commit = try sandbox.git(["commit-tree", tree, "-m", "forged"]).trimmingCharacters(in: .whitespacesAndNewlines)
        try sandbox.git(["update-ref", "refs/itaplan/snapshots", commit])
        let results = try SnapshotVerifier(repository: try GitRepository(discoveringFrom: sandbox.path),
                                           catalog: Fixtures.catalog).verifyAll()
        #expect(results.first?.problems == [.contentDiffers(files: ["status/plans/agency-3.yaml.json"])])
    }

    @Test("many plans but few valid ones: the summary shows the valid ones in full")
    func fewValidAmongMany() throws {
        let sandbox = try GitSandbox(name: "mostly-broken")
        let seed = try String(contentsOf: Fixtures.seedPlan, encoding: .utf8)
        let broken = try String(contentsOf: Fixtures.url("invalid/invalid-date.yaml"), encoding: .utf8)
        // Broken plans sort first, so the valid ones come after the first ten files.
        for index in 1...10 { try sandbox.write("plans/a-broken-\(index).yaml", broken) }
        for index in 1...2 { try sandbox.write("plans/b-valid-\(index).yaml", seed) }
        try sandbox.commitAll("plans")
        let repository = try GitRepository(discoveringFrom: sandbox.path)
        let (_, errors) = try SnapshotWriter(repository: repository, catalog: Fixtures.catalog)
            .write(request(asOf: day(2021, 3, 31)))
        #expect(errors == 10)
        let summary = try sandbox.git(["show", "refs/itaplan/snapshots:summary.md"])
        #expect(summary.hasPrefix("## เทศบาลตำบลโพหัก"))
        #expect(summary.components(separatedBy: "\n## เทศบาลตำบลโพหัก").count == 2)
        #expect(try SnapshotVerifier(repository: repository, catalog: Fixtures.catalog).verifyAll().first?.isValid == true)
    }

    @Test("verify detects forged completion totals in snapshot.json")
    func tamperedTotals() throws {
        let sandbox = try seedRepository()
        let repository = try GitRepository(discoveringFrom: sandbox.path)
        _ = try SnapshotWriter(repository: repository, catalog: Fixtures.catalog).write(request(asOf: day(2021, 3, 31)))
        let metadata = try sandbox.git(["show", "refs/itaplan/snapshots:snapshot.json"])
        let forged = metadata.replacingOccurrences(of: "\"overdue\" : 2", with: "\"overdue\" : 0")
        #expect(forged != metadata)
        try tamper(sandbox, path: "snapshot.json", contents: forged)
        let results = try SnapshotVerifier(repository: try GitRepository(discoveringFrom: sandbox.path),
                                           catalog: Fixtures.catalog).verifyAll()
        #expect(results.first?.problems == [.contentDiffers(files: ["snapshot.json"])])
    }
}
