import Foundation
import ITAPlanCore
import ITAPlanGit
import ITAPlanReport

/// Writes audit-trail snapshots: a commit on a dedicated ref whose tree holds
/// the status, the findings, a Markdown summary, the plans exactly as
/// committed, and `snapshot.json`; its parent is the previous snapshot.
public struct SnapshotWriter {
    public static let defaultReference = "refs/itaplan/snapshots"

    public struct Request {
        public var revision: String
        public var asOf: CivilDate
        /// The day the plans are checked on (today, from the caller's clock).
        public var checkedOn: CivilDate
        public var plansDirectory: String
        public var reference: String
        public var summaryLanguage: Language
        public var author: Signature
        public var committer: Signature

        public init(revision: String = "HEAD", asOf: CivilDate, checkedOn: CivilDate, plansDirectory: String = "plans",
                    reference: String = SnapshotWriter.defaultReference, summaryLanguage: Language = .thai,
                    author: Signature, committer: Signature) {
            self.revision = revision
            self.asOf = asOf
            self.checkedOn = checkedOn
            self.plansDirectory = plansDirectory
            self.reference = reference
            self.summaryLanguage = summaryLanguage
            self.author = author
            self.committer = committer
        }
    }

    public enum Outcome: Sendable, Equatable {
        case created(ObjectID)
        /// Identical in content to the latest snapshot, which is kept.
        case unchanged(ObjectID)
    }

    public enum Failure: Error, Sendable, Equatable {
        case noPlans(directory: String, commit: ObjectID)
        /// The ref stayed locked or contended through every retry.
        case contended(reference: String, attempts: Int)
    }

    let repository: GitRepository
    let catalog: ITAYearCatalog
    /// How many times to retry a compare-and-swap that lost a race.
    var maxAttempts = 200
    /// With this many plans or more, their status files are written as one
    /// pack file instead of loose objects (git's own default limit is 100).
    public var packThreshold = 100

    public init(repository: GitRepository, catalog: ITAYearCatalog) {
        self.repository = repository
        self.catalog = catalog
    }

    /// The snapshot's id and how it went; also how many plans had errors.
    public func write(_ request: Request) throws -> (outcome: Outcome, planErrors: Int) {
        let source = try repository.resolveCommit(request.revision)
        let plans = try RepositoryPlans.committedFiles(in: repository, commit: source, directory: request.plansDirectory)
        guard let plansTree = plans.tree, !plans.files.isEmpty else {
            throw Failure.noPlans(directory: request.plansDirectory, commit: source)
        }
        // The source commit's own ita-years/ decides, and is stored with the snapshot.
        let catalog = try SnapshotYearModels.catalog(self.catalog, committedAt: source, in: repository)
        try repository.compressObjectsForSpeed()
        let writers = try WorkerRepositories(opening: repository, count: ProcessInfo.processInfo.activeProcessorCount)
        // Many status files go into one pack; a few are loose objects, as git decides (fetch.unpackLimit).
        let pack = plans.files.count >= packThreshold ? try PackWriter(repository: repository) : nil
        defer { pack?.discard() }
        let content = try SnapshotContent(plans: plans.files, repositories: writers, asOf: request.asOf,
                                          checkedOn: request.checkedOn, language: request.summaryLanguage,
                                          catalog: catalog) { worker, bytes in
            guard let pack else { return try writers.write(bytes, worker: worker) }
            return try pack.add(bytes) { writers.contains($0, worker: worker) }
        }
        try pack?.finish(refreshing: repository)
        let metadata = SnapshotMetadata(
            sourceCommit: source.description, asOf: request.asOf.description,
            checkedOn: request.checkedOn.description, toolVersion: ITAPlanVersion.current,
            statusFormatVersion: 1, findingsFormatVersion: 1, planSchemaVersion: PlanSchema.version,
            plansDirectory: request.plansDirectory, summaryLanguage: request.summaryLanguage.rawValue,
            plans: plans.files.map { SnapshotMetadata.PlanEntry(path: $0.path, blob: $0.blob.description) },
            completion: SnapshotMetadata.Totals(content.completion))
        let entries = SnapshotEntries(
            status: try repository.writeTree(files: content.statusFiles),
            findings: try repository.writeBlob(content.findings),
            summary: try repository.writeBlob(content.summary),
            plans: plansTree, plansDirectory: request.plansDirectory,
            yearModels: try SnapshotYearModels.writeTree(catalog, in: repository))
        let tree = try repository.writeTree([
            .blob(name: SnapshotFile.metadata, id: try repository.writeBlob(Self.encode(metadata))),
            .tree(name: SnapshotFile.status, id: entries.status),
            .blob(name: SnapshotFile.findings, id: entries.findings),
            .blob(name: SnapshotFile.summary, id: entries.summary),
            .tree(name: SnapshotYearModels.directory, id: entries.yearModels),
        ] + plansEntry(plansTree, directory: request.plansDirectory))
        let message = Self.message(source: source, request: request, completion: content.completion)
        return (try publish(tree: tree, entries: entries, message: message, request: request), content.errorCount)
    }

    /// The plans folder under its own name; nested folders ("data/plans") nest.
    private func plansEntry(_ tree: ObjectID, directory: String) throws -> [TreeWriteEntry] {
        var components = directory.split(separator: "/").map(String.init)
        guard let last = components.popLast() else { return [] }
        var entry = TreeWriteEntry.tree(name: last, id: tree)
        while let parent = components.popLast() {
            entry = .tree(name: parent, id: try repository.writeTree([entry]))
        }
        return [entry]
    }

    /// Moves the ref by compare-and-swap, retrying with jittered back-off
    /// when another writer got there first, so no snapshot is ever lost.
    private func publish(tree: ObjectID, entries: SnapshotEntries, message: String, request: Request) throws -> Outcome {
        var delay = 0.002
        for attempt in 1...maxAttempts {
            let previous = try repository.referenceTarget(request.reference)
            if let previous, try entries.matches(try repository.commit(previous).tree, in: repository) {
                return .unchanged(previous)
            }
            let commit = try repository.createCommit(tree: tree, parents: previous.map { [$0] } ?? [],
                                                     author: request.author, committer: request.committer,
                                                     message: message)
            switch try repository.updateReference(request.reference, to: commit, expecting: previous,
                                                  message: "itaplan snapshot") {
            case .updated:
                return .created(commit)
            case .conflict, .locked:
                guard attempt < maxAttempts else { break }
                usleep(useconds_t(Double.random(in: 0...delay) * 1_000_000))
                delay = min(delay * 2, 0.25)
            }
        }
        throw Failure.contended(reference: request.reference, attempts: maxAttempts)
    }

    static func encode(_ metadata: SnapshotMetadata) -> [UInt8] {
        Array(JSONOutput.encode(metadata).utf8)
    }

    static func message(source: ObjectID, request: Request, completion: Completion) -> String {
        """
        itaplan snapshot of \(source.short) as of \(request.asOf)

        Done \(completion.doneOfDueSoFar)/\(completion.dueSoFar) of items due so far, \
        \(completion.done)/\(completion.total) of the year; \(completion.overdue) overdue, \(completion.dueSoon) due soon.

        Source-Commit: \(source)
        As-Of: \(request.asOf)
        Itaplan-Version: \(ITAPlanVersion.current)

        """
    }
}

/// The parts of a snapshot that make up its content: everything but the
/// metadata, whose source commit changes even when nothing else does.
struct SnapshotEntries {
    let status: ObjectID
    let findings: ObjectID
    let summary: ObjectID
    let plans: ObjectID
    let plansDirectory: String
    let yearModels: ObjectID

    /// Whether an earlier snapshot's tree holds exactly this content.
    func matches(_ tree: ObjectID, in repository: GitRepository) throws -> Bool {
        try repository.entry(SnapshotFile.status, in: tree)?.id == status
            && repository.entry(SnapshotFile.findings, in: tree)?.id == findings
            && repository.entry(SnapshotFile.summary, in: tree)?.id == summary
            && repository.subtree(plansDirectory, of: tree) == plans
            && repository.subtree(SnapshotYearModels.directory, of: tree) == yearModels
    }
}
