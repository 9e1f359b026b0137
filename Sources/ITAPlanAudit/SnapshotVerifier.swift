import Foundation
import ITAPlanCore
import ITAPlanGit

/// Checks a snapshot chain, taking nothing a snapshot says about itself on
/// its word: every stored file is recomputed from the stored plans and
/// compared by content whatever version the snapshot names; the chain's
/// shape (parents, sequence, dates, files) is checked; the source commit
/// must still be in the branch's history; signatures are checked against
/// an allowed-signers file. See docs/audit-trail.md for what cannot be
/// known without signatures.
public struct SnapshotVerifier {
    public struct Options {
        /// Older versions whose differences from this version's recomputation
        /// are accepted (and reported), named by the user.
        public var acceptedVersions: Set<String> = []
        /// The branches a source commit must still be in (any one of them):
        /// each name and commit, and the name to report them by.
        public var branch: (name: String, heads: [ObjectID])?
        /// Checks signatures; with it set, an unsigned snapshot fails.
        public var signatures: SSHSignatures.Checker?
        /// An unsigned snapshot fails even without `signatures`.
        public var requireSignatures = false
        /// Reuses a plan's decisions from the snapshot before where they
        /// provably cannot differ (`DecisionReuseCache`); false recomputes all.
        public var reuseDecisions = true
        /// The bundled models itaplan builds have shipped; tests put in an
        /// earlier one that no build has shipped yet.
        var shippedYearModels = ShippedYearModels.blobs

        public init(acceptedVersions: Set<String> = [], branch: (name: String, heads: [ObjectID])? = nil,
                    signatures: SSHSignatures.Checker? = nil, requireSignatures: Bool = false,
                    reuseDecisions: Bool = true) {
            self.acceptedVersions = acceptedVersions
            self.branch = branch
            self.signatures = signatures
            self.requireSignatures = requireSignatures
            self.reuseDecisions = reuseDecisions
        }
    }

    let repository: GitRepository
    let catalog: ITAYearCatalog
    let options: Options

    /// How many threads recompute snapshots, each with its own repository handle.
    let workers: Int

    /// `workers`: the caller's core count (the library does not ask the machine).
    public init(repository: GitRepository, catalog: ITAYearCatalog, options: Options = Options(), workers: Int = 2) {
        self.repository = repository
        self.catalog = catalog
        self.options = options
        self.workers = max(1, workers)
    }

    /// Newest first.
    public func verifyAll(reference: String = SnapshotWriter.defaultReference) throws -> [SnapshotVerification] {
        try verifyChain(reference: reference).snapshots
    }

    public func verifyChain(reference: String = SnapshotWriter.defaultReference) throws -> ChainVerification {
        // A plan's decisions are reused from the snapshot before when they
        // provably cannot differ; still compared with what each one stores.
        try verifyChain(reference: reference,
                        decisions: DecisionReuseCache(capacity: options.reuseDecisions ? 10_000 : 0))
    }

    /// `decisions`: the reuse cache, given by tests to see what was reused.
    func verifyChain(reference: String, decisions: DecisionReuseCache) throws -> ChainVerification {
        guard let head = try repository.referenceTarget(reference) else {
            return ChainVerification(snapshots: [], problems: [])
        }
        let readers = try WorkerRepositories(opening: repository, count: workers)
        let links = try SnapshotChain.links(in: repository, head: head)
        var results: [SnapshotVerification] = []
        var earlier: SnapshotLink?
        // The highest format read so far, and the newest snapshot of it: a
        // later snapshot never goes back below it (see `chainProblems`).
        var highestFormat: (version: Int, snapshot: ObjectID)?
        // Each plan blob is decoded once for the chain; each snapshot still
        // checks, computes and compares every plan as of its own days.
        let decodedPlans = DecodedPlanCache()
        let oldestFirst = Array(links.reversed())
        for (index, link) in oldestFirst.enumerated() {
            results.append(try verify(link, position: index + 1, after: earlier, highestFormat: highestFormat,
                                      readers: readers, decodedPlans: decodedPlans, decisions: decisions))
            earlier = link
            if let version = link.metadata?.version, version >= highestFormat?.version ?? Int.min {
                highestFormat = (version, link.id)
            }
            // Keep only what the next snapshot says it holds: what it says is
            // trusted for nothing but this (a wrong list costs a decode).
            let next = index + 1 < oldestFirst.count ? oldestFirst[index + 1].metadata?.plans ?? [] : []
            let wanted = Set(next.compactMap { entry in
                ObjectID(hex: entry.blob).map { DecodedPlanCache.Key(path: entry.path, blob: $0) }
            })
            decodedPlans.keepOnly(wanted)
            decisions.keepOnly(wanted)
        }
        var chainProblems = try reflogProblems(reference: reference, head: head, chain: links)
        if repository.isShallow {
            // In a shallow clone a missing source commit is the clone's depth,
            // not the snapshot's fault: said once, with the fix.
            var cut: [String] = []
            results = results.map { result in
                let kept = result.problems.filter { if case .sourceMissing = $0 { return false } else { return true } }
                guard kept.count < result.problems.count else { return result }
                cut.append(result.id.short)
                return SnapshotVerification(id: result.id, metadata: result.metadata, problems: kept, notes: result.notes)
            }
            if !cut.isEmpty { chainProblems.insert(.shallowClone(snapshots: cut.reversed()), at: 0) }
        }
        return ChainVerification(snapshots: results.reversed(), problems: chainProblems)
    }

    // MARK: - One snapshot

    /// `position`: 1 for the oldest snapshot found, then one more each.
    private func verify(_ link: SnapshotLink, position: Int, after earlier: SnapshotLink?,
                        highestFormat: (version: Int, snapshot: ObjectID)?, readers: WorkerRepositories, decodedPlans: DecodedPlanCache,
                        decisions: DecisionReuseCache) throws -> SnapshotVerification {
        var problems: [SnapshotVerification.Problem] = []
        var notes: [SnapshotVerification.Note] = []
        try checkSignature(link.id, at: link.commit.committer.time, problems: &problems, notes: &notes)
        guard let metadata = link.metadata else {
            problems.insert(.notASnapshot(reason: .metadataUnreadable), at: 0)
            return SnapshotVerification(id: link.id, metadata: nil, problems: problems, notes: notes)
        }
        guard metadata.format == SnapshotMetadata.formatName,
              (1...SnapshotMetadata.formatVersion).contains(metadata.version) else {
            problems.insert(.notASnapshot(reason: .otherFormat(format: metadata.format,
                                                                   version: metadata.version)), at: 0)
            return SnapshotVerification(id: link.id, metadata: metadata, problems: problems, notes: notes)
        }
        guard Self.isFolderPath(metadata.plansDirectory) else {
            problems.insert(.notASnapshot(reason: .plansDirectoryOutside), at: 0)
            return SnapshotVerification(id: link.id, metadata: metadata, problems: problems, notes: notes)
        }
        if let expected = link.parentProblem { problems.append(.wrongParents(expected: expected)) }
        if metadata.version < 2 { notes.append(.sourceNotKept) }
        if metadata.isProjection || metadata.isAfterCheck {
            notes.append(.projection(asOf: metadata.asOf, checkedOn: metadata.checkedOn, marked: metadata.isProjection))
        }
        problems += chainProblems(link, metadata: metadata, position: position, after: earlier)
        // A format-1 snapshot keeps no source commit as a parent and has no
        // sequence or previous to check: going back to it after a format-2
        // one would switch those checks off for every snapshot from there on.
        if let highestFormat, metadata.version < highestFormat.version {
            problems.append(.formatDowngrade(from: highestFormat.version, to: metadata.version,
                                             after: highestFormat.snapshot.description))
        }
        let tree = link.commit.tree
        problems += try unexpectedFiles(in: tree, plansDirectory: metadata.plansDirectory)
        let snapshotPlans = try repository.subtree(metadata.plansDirectory, of: tree)

        // The source commit exists, its plans are the snapshot's plans, and it is still in the branch.
        // A shallow clone cuts the history these checks walk: `verifyChain` says so once.
        var modelDifferences: [String] = []
        if repository.isShallow {
            problems.append(.sourceMissing(commit: metadata.sourceCommit))
        } else if let source = ObjectID(hex: metadata.sourceCommit), repository.contains(source),
           let sourceTree = try? repository.commit(source).tree {
            // The models it was computed with are the source commit's, not what the snapshot says.
            let models = try SnapshotYearModels.differences(catalog, storedIn: tree, source: source, in: repository,
                                                               shipped: options.shippedYearModels)
            modelDifferences = models.differing
            if !models.earlier.isEmpty { notes.append(.earlierBundledModels(files: models.earlier)) }
            let sourcePlans = try repository.subtree(metadata.plansDirectory, of: sourceTree)
            if sourcePlans != snapshotPlans {
                problems.append(.plansDiffer(paths: Self.differingPaths(
                    try files(in: sourcePlans, prefix: metadata.plansDirectory),
                    try files(in: snapshotPlans, prefix: metadata.plansDirectory))))
            }
            if let branch = options.branch, let now = branch.heads.first,
               !(try branch.heads.contains { try repository.isAncestor(source, of: $0) }) {
                problems.append(.historyRewritten(
                    source: metadata.sourceCommit, branch: branch.name,
                    changes: try RewriteComparison(repository: repository, catalog: catalog)
                        .changes(snapshotPlans: snapshotPlans, metadata: metadata, branchHead: now)))
            }
        } else {
            problems.append(.sourceMissing(commit: metadata.sourceCommit))
        }

        let present = try snapshotPlans.map {
            try RepositoryPlans.files(in: repository, tree: $0, directory: metadata.plansDirectory)
        } ?? []
        // Recomputed with the year models stored in the snapshot, when it has them.
        let models = try SnapshotYearModels.catalog(catalog, storedIn: link.commit.tree, in: repository)
        if !models.broken.isEmpty {
            problems.append(.contentDiffers(files: models.broken, version: metadata.toolVersion))
        }
        // A decoded plan depends on the models it was checked against: the
        // cache tells snapshots' stored models apart by their tree.
        let modelsTree = try repository.subtree("ita-years", of: link.commit.tree)
        let recomputed = try models.catalog.map {
            try recomputedDifferences(link, plans: present, metadata: metadata, catalog: $0, readers: readers,
                                      decodedPlans: decodedPlans, decisions: decisions, models: modelsTree)
        } ?? []
        let differing = modelDifferences.filter { !models.broken.contains($0) } + recomputed
        if !differing.isEmpty {
            if metadata.toolVersion != ITAPlanVersion.current, options.acceptedVersions.contains(metadata.toolVersion) {
                notes.append(.acceptedVersion(version: metadata.toolVersion, files: differing))
            } else {
                problems.append(.contentDiffers(files: differing, version: metadata.toolVersion))
            }
        }
        return SnapshotVerification(id: link.id, metadata: metadata, problems: problems, notes: notes)
    }

    /// Sequence, previous snapshot and dates against the snapshot before it.
    /// A snapshot's sequence is its place in the chain, format-1 snapshots
    /// below it counted (they have none of their own).
    private func chainProblems(_ link: SnapshotLink, metadata: SnapshotMetadata, position: Int,
                               after earlier: SnapshotLink?) -> [SnapshotVerification.Problem] {
        var problems: [SnapshotVerification.Problem] = []
        if metadata.version >= 2, metadata.sequence != position || metadata.previous != earlier?.id.description {
            problems.append(.chainBroken(expectedSequence: position, sequence: metadata.sequence,
                                         expectedPrevious: earlier?.id.description, previous: metadata.previous))
        }
        guard let earlier, let before = earlier.metadata else { return problems }
        if case .date(let previousAsOf) = DateParsing.parse(before.asOf),
           case .date(let asOf) = DateParsing.parse(metadata.asOf), asOf < previousAsOf {
            problems.append(.outOfOrder(field: "as_of", previous: before.asOf, this: metadata.asOf))
        }
        if link.commit.committer.time < earlier.commit.committer.time {
            let format = ISO8601DateFormatter()
            problems.append(.outOfOrder(field: "committed", previous: format.string(from: earlier.commit.committer.time),
                                        this: format.string(from: link.commit.committer.time)))
        }
        return problems
    }

    /// Entries a snapshot's tree never holds: anything but its four files,
    /// its plans folder and the year models (`ita-years/<year>.yaml|json`).
    /// A nested plans path ("data/plans") allows nothing else under "data".
    private func unexpectedFiles(in tree: ObjectID, plansDirectory: String) throws -> [SnapshotVerification.Problem] {
        var unexpected: [String] = []
        for file in try repository.files(in: tree) {
            let path = file.path
            if path.hasPrefix(plansDirectory + "/") || path.hasPrefix(SnapshotFile.status + "/") { continue }
            // Not a symlink, an executable or a submodule: a plain file.
            let regular = file.mode == 0o100644
            let parts = path.split(separator: "/")
            let known = [SnapshotFile.metadata, SnapshotFile.findings, SnapshotFile.summary].contains(path)
                || (parts.count == 2 && parts[0] == "ita-years" && Self.isYearModelName(String(parts[1])))
            if !(regular && known) { unexpected.append(path) }
        }
        return unexpected.isEmpty ? [] : [.unexpectedFiles(paths: unexpected.sorted())]
    }

    /// "plans", "data/plans": relative, no empty, "." or ".." part, and not
    /// one of the snapshot's own names.
    static func isFolderPath(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard let first = parts.first, !path.isEmpty, path.utf8.count <= 4096 else { return false }
        let own: Set<Substring> = [Substring(SnapshotFile.status), Substring(SnapshotFile.metadata),
                                   Substring(SnapshotFile.findings), Substring(SnapshotFile.summary), "ita-years"]
        return !own.contains(first) && parts.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }

    /// `2568.yaml`, `2568.yml` or `2568.json`: a year model stored with the
    /// snapshot, named as a repository may name it (its file keeps its name).
    static func isYearModelName(_ name: String) -> Bool {
        YearModelFile.year(fromFileName: name) != nil
    }

    private func checkSignature(_ id: ObjectID, at time: Date, problems: inout [SnapshotVerification.Problem],
                                notes: inout [SnapshotVerification.Note]) throws {
        guard let signed = try repository.commitSignature(id) else {
            if options.signatures != nil || options.requireSignatures { problems.append(.unsigned) }
            return
        }
        guard let checker = options.signatures else {
            notes.append(.signatureNotChecked)
            return
        }
        switch try checker.check(signature: signed.signature, signedText: signed.signedText, signedAt: time) {
        case .good(let principal): notes.append(.signedBy(principal: principal))
        case .unlistedKey(let key): problems.append(.unlistedSigner(key))
        case .bad(let reason): problems.append(.badSignature(reason))
        }
    }

    // MARK: - Recomputation

    /// Names of stored files whose content differs from a recomputation from
    /// the stored plans, and "commit message" when the message does.
    private func recomputedDifferences(_ link: SnapshotLink, plans: [TreeFile], metadata: SnapshotMetadata,
                                       catalog: ITAYearCatalog, readers: WorkerRepositories,
                                       decodedPlans: DecodedPlanCache, decisions: DecisionReuseCache,
                                       models: ObjectID?) throws -> [String] {
        let tree = link.commit.tree
        guard case .date(let asOf) = DateParsing.parse(metadata.asOf),
              case .date(let checkedOn) = DateParsing.parse(metadata.checkedOn),
              let language = Language(rawValue: metadata.summaryLanguage) else {
            return [SnapshotFile.metadata]
        }
        let storedStatus = Dictionary(
            try files(in: repository.subtree(SnapshotFile.status, of: tree), prefix: "").map { ($0.path, $0.blob) },
            uniquingKeysWith: { first, _ in first })
        // Recomputed files are hashed, not written: verifying changes nothing.
        // Bytes are kept only where the stored blob differs, to compare values.
        let mismatches = MismatchedFiles()
        // The status format the snapshot says it used; anything else is a difference in snapshot.json.
        let statusFormat = (1...SnapshotDecisions.formatVersion).contains(metadata.statusFormatVersion)
            ? metadata.statusFormatVersion : SnapshotDecisions.formatVersion
        let content = try SnapshotContent(plans: plans, repositories: readers, asOf: asOf, checkedOn: checkedOn,
                                          language: language, catalog: catalog,
                                          statusFormat: statusFormat,
                                          decodedPlans: decodedPlans.forModels(models),
                                          reuse: decisions.view(models: models, language: language) { path, blob in
                                              storedStatus[path] == blob?.description
                                          }) { _, path, bytes in
            let id = try ObjectID.hashing(bytes)
            if storedStatus[path] != id.description { mismatches.add(path, bytes) }
            return id
        }
        var differing: [String] = []
        let totals = SnapshotMetadata.Totals(content.completion)
        let expectedPlans = plans.map { SnapshotMetadata.PlanEntry(path: $0.path, blob: $0.blob.description) }
        if metadata.completion != totals || metadata.plans != expectedPlans
            || metadata.statusFormatVersion != statusFormat || metadata.findingsFormatVersion != 1 {
            differing.append(SnapshotFile.metadata)
        }
        let recomputed = Set(content.statusFiles.map(\.path))
        let kept = mismatches.all
        for path in Set(storedStatus.keys).union(recomputed).sorted() {
            guard let storedID = storedStatus[path], recomputed.contains(path) else {
                differing.append(SnapshotFile.status + "/" + path)
                continue
            }
            guard let fresh = kept[path] else { continue }
            let stored = try storedBytes(ObjectID(hex: storedID))
            if !JSONContent.equal(stored, fresh) { differing.append(SnapshotFile.status + "/" + path) }
        }
        let storedFindings = try storedBytes(try repository.entry(SnapshotFile.findings, in: tree)?.id)
        if !JSONContent.equal(storedFindings, content.findings) { differing.append(SnapshotFile.findings) }
        if try storedBytes(try repository.entry(SnapshotFile.summary, in: tree)?.id) != content.summary {
            differing.append(SnapshotFile.summary)
        }
        if let source = ObjectID(hex: metadata.sourceCommit),
           link.commit.message != SnapshotWriter.message(source: source, asOf: asOf, completion: totals,
                                                         version: metadata.toolVersion,
                                                         projection: metadata.isProjection) {
            differing.append("commit message")
        }
        return differing
    }

    private func storedBytes(_ id: ObjectID?) throws -> [UInt8] {
        guard let id, case .bytes(let bytes) = try repository.blob(id, maxBytes: 256 << 20) else { return [] }
        return bytes
    }

    // MARK: - The reflog

    /// Every commit the ref's reflog moved it to must still be in the chain,
    /// and the ref must be where the reflog last moved it.
    ///
    /// git and libgit2 append to the reflog just before they move the ref,
    /// so a writer killed in between leaves an entry the ref never took: the
    /// next entry (or the ref itself) still starts from the entry's old
    /// value. Such entries are not held against the chain.
    private func reflogProblems(reference: String, head: ObjectID,
                                chain: [SnapshotLink]) throws -> [ChainVerification.Problem] {
        let entries = try repository.reflogTargets(reference)
        guard let last = entries.last else { return [] }
        let inChain = Set(chain.map(\.id))
        var problems: [ChainVerification.Problem] = []
        var reported: Set<ObjectID> = []
        for (index, entry) in entries.enumerated() where !entry.new.isZero && !inChain.contains(entry.new) {
            let nextOld = index + 1 < entries.count ? entries[index + 1].old : head
            let taken = nextOld == entry.new || (index + 1 == entries.count && head == entry.new)
            if taken, reported.insert(entry.new).inserted { problems.append(.leftChain(commit: entry.new.description)) }
        }
        if last.new != head, last.old != head {
            problems.append(.refMovedWithoutLog(reflog: last.new.description, reference: head.description))
        }
        return problems
    }

    // MARK: - Helpers

    /// Every file of a tree (none for a missing one), as (path, blob id).
    private func files(in tree: ObjectID?, prefix: String) throws -> [(path: String, blob: String)] {
        guard let tree else { return [] }
        return try repository.files(in: tree, prefix: prefix).map { ($0.path, $0.blob.description) }
    }

    /// The paths on one side only, or with another blob on each side; sorted.
    static func differingPaths(_ lhs: [(path: String, blob: String)], _ rhs: [(path: String, blob: String)]) -> [String] {
        let left = Dictionary(lhs, uniquingKeysWith: { first, _ in first })
        let right = Dictionary(rhs, uniquingKeysWith: { first, _ in first })
        return Set(left.keys).union(right.keys).filter { left[$0] != right[$0] }.sorted()
    }
}

/// Recomputed status files whose blob differs from the stored one, kept by
/// the workers that made them.
private final class MismatchedFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var files: [String: [UInt8]] = [:]

    func add(_ path: String, _ bytes: [UInt8]) {
        lock.withLock { files[path] = bytes }
    }

    var all: [String: [UInt8]] { lock.withLock { files } }
}
