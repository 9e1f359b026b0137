import Foundation
import ITAPlanAudit
import ITAPlanCore
import ITAPlanGit
import ITAPlanReport
import ITAPlanYAML
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
        // Checked on the as-of day when that is later: a future as-of is refused.
        SnapshotWriter.Request(revision: revision, asOf: asOf, checkedOn: max(asOf, Fixtures.today), summaryLanguage: .thai,
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
        // Each plan's status is one compact line: its totals and what was decided per due instance.
        let status = try sandbox.git(["show", "refs/itaplan/snapshots:status/plans/pho-hak-2564.yaml.json"])
        #expect(status.hasPrefix("{\"completion\":{\"done\":20,\"done_of_due_so_far\":20,\"due_so_far\":25,\"due_soon\":5,\"overdue\":2,\"total\":51},\"instances\":[{\"done\":\"2020-11-03\",\"due\":\"2020-11-05\",\"measure\":\"1\",\"period\":\"2020-10\",\"state\":\"done-on-time\",\"step\":\"1.1\"},"))
        #expect(status.hasSuffix("],\"path\":\"plans/pho-hak-2564.yaml\"}\n"))
        #expect(status.split(separator: "\n").count == 1)
        #expect(status.components(separatedBy: "\"state\":").count - 1 == 51)
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
        // The previous snapshot, then the source commit, kept reachable; the first has only its source.
        let head = try repository.resolveCommit("HEAD")
        #expect(try repository.commit(second).parents == [first, head])
        #expect(try repository.commit(first).parents.count == 1)
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
    private func tamper(_ sandbox: GitSandbox, path: String, contents: String?) throws {
        let forger = ChainForger(sandbox)
        try forger.point(try forger.remake(try forger.rev("refs/itaplan/snapshots"), files: [path: contents]))
    }

    @Test("verify detects a snapshot whose stored status was rewritten")
    func tamperedStatus() throws {
        let sandbox = try seedRepository()
        let repository = try GitRepository(discoveringFrom: sandbox.path)
        let writer = SnapshotWriter(repository: repository, catalog: Fixtures.catalog)
        _ = try writer.write(request(asOf: day(2021, 3, 31)))
        _ = try writer.write(request(asOf: day(2021, 4, 30)))
        let status = try sandbox.git(["show", "refs/itaplan/snapshots:status/plans/pho-hak-2564.yaml.json"])
        let forged = status.replacingOccurrences(of: "\"state\":\"overdue\"", with: "\"state\":\"done-on-time\"")
        #expect(forged != status)
        try tamper(sandbox, path: "status/plans/pho-hak-2564.yaml.json", contents: forged)
        let results = try SnapshotVerifier(repository: try GitRepository(discoveringFrom: sandbox.path),
                                           catalog: Fixtures.catalog).verifyAll()
        #expect(results.first?.problems == [.contentDiffers(files: ["status/plans/pho-hak-2564.yaml.json"], version: ITAPlanVersion.current)])
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
        // The stored status no longer matches the rewritten plan either.
        #expect(problems.contains(.contentDiffers(files: ["snapshot.json", "status/plans/pho-hak-2564.yaml.json"],
                                                  version: ITAPlanVersion.current)))
    }

    @Test("a snapshot.json whose plans_directory points at the snapshot's own files, or out of it, is not a snapshot; the writer refuses such a folder")
    func forgedPlansDirectory() throws {
        let sandbox = try seedRepository()
        let repository = try GitRepository(discoveringFrom: sandbox.path)
        _ = try SnapshotWriter(repository: repository, catalog: Fixtures.catalog).write(request(asOf: day(2021, 3, 31)))
        let metadata = try sandbox.git(["show", "refs/itaplan/snapshots:snapshot.json"])
        for directory in ["status", "../plans", "", "plans//x"] {
            try tamper(sandbox, path: "snapshot.json", contents: metadata.replacingOccurrences(
                of: "\"plans_directory\" : \"plans\"", with: "\"plans_directory\" : \"\(directory)\""))
            let results = try SnapshotVerifier(repository: try GitRepository(discoveringFrom: sandbox.path),
                                               catalog: Fixtures.catalog).verifyAll()
            #expect(results.first?.problems.first == .notASnapshot(reason: .plansDirectoryOutside),
                    "\(directory)")
        }
        var bad = request(asOf: day(2021, 4, 30))
        bad.plansDirectory = "status"
        #expect(throws: SnapshotWriter.Failure.badPlansDirectory("status")) {
            try SnapshotWriter(repository: repository, catalog: Fixtures.catalog).write(bad)
        }
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
        let problems = try #require(results.first?.problems)
        #expect(problems.contains(.sourceMissing(commit: String(repeating: "a", count: 40))))
        // Its parents and its message no longer match what snapshot.json claims.
        #expect(problems.contains { if case .wrongParents = $0 { true } else { false } })
        #expect(problems.contains(.contentDiffers(files: ["commit message"], version: ITAPlanVersion.current)))
    }

    @Test("with many plans: one status file each, in a pack, an overview summary, totals in snapshot.json; verify sees a removed file")
    func manyPlans() throws {
        let sandbox = try GitSandbox(name: "many")
        let seed = try String(contentsOf: Fixtures.seedPlan, encoding: .utf8)
        let count = 12  // more than the 10 plans a summary shows in full
        for index in 1...count { try sandbox.write("plans/agency-\(index).yaml", seed) }
        try sandbox.commitAll("plans")
        let repository = try GitRepository(discoveringFrom: sandbox.path)
        let writer = SnapshotWriter(repository: repository, catalog: Fixtures.catalog)
        _ = try writer.write(request(asOf: day(2021, 3, 31)))
        // The status files went into one pack, the trees and the commit into
        // another, which git reads; no loose object was written.
        let packs = try FileManager.default.contentsOfDirectory(atPath: sandbox.path + "/.git/objects/pack")
        #expect(packs.filter { $0.hasSuffix(".pack") }.count == 2)
        for object in ["refs/itaplan/snapshots", "refs/itaplan/snapshots^{tree}", "refs/itaplan/snapshots:status",
                       "refs/itaplan/snapshots:status/plans/agency-3.yaml.json"] {
            let id = try sandbox.git(["rev-parse", object]).trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(!FileManager.default.fileExists(atPath: sandbox.path + "/.git/objects/\(id.prefix(2))/\(id.dropFirst(2))"))
        }
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
        try tamper(sandbox, path: "status/plans/agency-3.yaml.json", contents: nil)
        let results = try SnapshotVerifier(repository: try GitRepository(discoveringFrom: sandbox.path),
                                           catalog: Fixtures.catalog).verifyAll()
        #expect(results.first?.problems == [.contentDiffers(files: ["status/plans/agency-3.yaml.json"], version: ITAPlanVersion.current)])
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
        #expect(results.first?.problems == [.contentDiffers(files: ["snapshot.json"], version: ITAPlanVersion.current)])
    }
}

@Suite("Snapshot chains made by itaplan 0.1 (snapshot format 1)")
struct FormatOneChainTests {
    let signature = Signature(name: "CI", email: "ci@example.go.th",
                              time: Date(timeIntervalSince1970: 1_617_159_600), offsetMinutes: 420)

    @Test("a format-1 snapshot (no second parent, full status files) verifies with a note; a new snapshot continues its chain")
    func formatOne() throws {
        let sandbox = try GitSandbox()
        try sandbox.write("plans/pho-hak-2564.yaml", try String(contentsOf: Fixtures.seedPlan, encoding: .utf8))
        try sandbox.commitAll("plans")
        let repository = try GitRepository(discoveringFrom: sandbox.path)
        let writer = SnapshotWriter(repository: repository, catalog: Fixtures.catalog)
        let asOf = CivilDate(year: 2021, month: 3, day: 31)!
        _ = try writer.write(SnapshotWriter.Request(asOf: asOf, checkedOn: Fixtures.today, author: signature,
                                                    committer: signature))
        // Made again as itaplan 0.1 made it: the full status object, format 1, the previous snapshot its only parent.
        let forger = ChainForger(sandbox)
        let made = try forger.rev("refs/itaplan/snapshots")
        let source = PlanSource(path: "plans/pho-hak-2564.yaml",
                                text: SourceText(bytes: Array(try Data(contentsOf: Fixtures.seedPlan))))
        let status = try #require(StatusCalculator(asOf: asOf, catalog: Fixtures.catalog)
            .status(of: PlanChecker(catalog: Fixtures.catalog, today: Fixtures.today).check(source)))
        let fullStatus = String(decoding: StatusJSONRenderer().planBytes(status, compact: true), as: UTF8.self) + "\n"
        let metadata = try forger.show(made, "snapshot.json")
            .replacingOccurrences(of: "\"version\" : 2", with: "\"version\" : 1")
            .replacingOccurrences(of: "\"status_format_version\" : 2", with: "\"status_format_version\" : 1")
            .replacingOccurrences(of: ",\n  \"sequence\" : 1", with: "")
        #expect(!metadata.contains("sequence"))
        let old = try forger.remake(made, files: ["snapshot.json": metadata, "status/plans/pho-hak-2564.yaml.json": fullStatus],
                                    parents: [])
        try sandbox.git(["update-ref", "-d", "refs/itaplan/snapshots"])
        try forger.point(old)

        let verifier = SnapshotVerifier(repository: try GitRepository(discoveringFrom: sandbox.path), catalog: Fixtures.catalog)
        let first = try #require(try verifier.verifyAll().first)
        #expect(first.isValid, "\(first.problems)")
        #expect(first.notes == [.sourceNotKept])

        let next = Signature(name: "CI", email: "ci@example.go.th", time: signature.time + 86_400, offsetMinutes: 420)
        guard case .created(let newer) = try SnapshotWriter(repository: try GitRepository(discoveringFrom: sandbox.path),
                                                            catalog: Fixtures.catalog)
            .write(SnapshotWriter.Request(asOf: CivilDate(year: 2021, month: 4, day: 30)!, checkedOn: CivilDate(year: 2021, month: 4, day: 30)!,
                                          author: next, committer: next)).outcome else {
            Issue.record("no new snapshot"); return
        }
        #expect(try forger.show(newer.description, "snapshot.json").contains("\"sequence\" : 2"))
        let results = try SnapshotVerifier(repository: try GitRepository(discoveringFrom: sandbox.path),
                                           catalog: Fixtures.catalog).verifyAll()
        #expect(results.map(\.isValid) == [true, true], "\(results.map(\.problems))")
    }
}

@Suite("Snapshots whose JSON another writer laid out differently")
struct OlderJSONLayoutTests {
    let signature = Signature(name: "CI", email: "ci@example.go.th",
                              time: Date(timeIntervalSince1970: 1_617_159_600), offsetMinutes: 420)

    @Test("findings.json in another layout (Foundation's: an empty list over three lines, `key: value`) still verifies: values are compared, not bytes")
    func olderFindingsLayout() throws {
        let sandbox = try GitSandbox()
        try sandbox.write("plans/pho-hak-2564.yaml", try String(contentsOf: Fixtures.seedPlan, encoding: .utf8))
        try sandbox.commitAll("plans")
        let repository = try GitRepository(discoveringFrom: sandbox.path)
        _ = try SnapshotWriter(repository: repository, catalog: Fixtures.catalog)
            .write(SnapshotWriter.Request(asOf: CivilDate(year: 2021, month: 3, day: 31)!, checkedOn: Fixtures.today,
                                          author: signature, committer: signature))
        let forger = ChainForger(sandbox)
        let made = try forger.rev("refs/itaplan/snapshots")
        let findings = try forger.show(made, "findings.json")
        // What Foundation's JSONEncoder on Linux, or any other tool, might write for the same values.
        let older = findings.replacingOccurrences(of: "[]", with: "[\n\n      ]").replacingOccurrences(of: "\" : ", with: "\": ")
        #expect(older != findings)
        #expect(older.contains("\"findings\": [\n\n      ]"))
        let remade = try forger.remake(made, files: ["findings.json": older])
        try sandbox.git(["update-ref", "-d", "refs/itaplan/snapshots"])
        try forger.point(remade)

        let verifier = SnapshotVerifier(repository: try GitRepository(discoveringFrom: sandbox.path), catalog: Fixtures.catalog)
        let result = try #require(try verifier.verifyAll().first)
        #expect(result.isValid, "\(result.problems)")
        // A changed value in the same old layout is still found.
        let forged = try forger.remake(made, files: ["findings.json": older.replacingOccurrences(of: "\"errors\": 0", with: "\"errors\": 1")])
        try sandbox.git(["update-ref", "-d", "refs/itaplan/snapshots"])
        try forger.point(forged)
        let tampered = try #require(try SnapshotVerifier(repository: try GitRepository(discoveringFrom: sandbox.path),
                                                         catalog: Fixtures.catalog).verifyAll().first)
        #expect(tampered.problems == [.contentDiffers(files: ["findings.json"], version: ITAPlanVersion.current)])
    }
}

@Suite("The two JSON paths of a snapshot")
struct SnapshotJSONPathTests {
    @Test("a plan's totals: written member by member (its status file) and through the Encodable bridge (snapshot.json), the same bytes; Foundation reads them back")
    func totalsBothWays() throws {
        let source = PlanSource(path: "plans/pho-hak-2564.yaml",
                                text: SourceText(bytes: Array(try Data(contentsOf: Fixtures.seedPlan))))
        let status = try #require(StatusCalculator(asOf: CivilDate(year: 2021, month: 3, day: 31)!, catalog: Fixtures.catalog)
            .status(of: PlanChecker(catalog: Fixtures.catalog, today: Fixtures.today).check(source)))
        let totals = SnapshotMetadata.Totals(status.completion)
        let written = JSONByteWriter.bytes(totals, compact: true)
        #expect(written == JSONOutput.bytes(totals, compact: true))
        #expect(JSONByteWriter.bytes(totals, compact: false) == JSONOutput.bytes(totals, compact: false))
        #expect(try JSONOutput.decoder().decode(SnapshotMetadata.Totals.self, from: Data(written)) == totals)
        #expect(String(decoding: written, as: UTF8.self)
            == #"{"done":20,"done_of_due_so_far":20,"due_so_far":25,"due_soon":5,"overdue":2,"total":51}"#)
    }
}
