import Foundation
import ITAPlanCore
import ITAPlanGit

/// The result of checking one snapshot.
public struct SnapshotVerification: Sendable {
    public enum Problem: Error, Sendable, Equatable {
        case notASnapshot(reason: String)
        case sourceMissing(commit: String)
        /// The snapshot's plans are not the source commit's.
        case plansDiffer(paths: [String])
        /// Stored files that differ from a recomputation by this same version.
        case contentDiffers(files: [String])
    }

    public let id: ObjectID
    public let metadata: SnapshotMetadata?
    public let problems: [Problem]
    /// Set when stored content differs from a recomputation but was made by
    /// another itaplan version, so the difference may be the rules', not tampering.
    public let madeByOtherVersion: String?

    public var isValid: Bool { problems.isEmpty }
}

/// Checks every snapshot: its source commit exists, its plans are that
/// commit's plans, and its stored status, findings and summary equal a
/// recomputation from those plans.
public struct SnapshotVerifier {
    let repository: GitRepository
    let catalog: ITAYearCatalog

    public init(repository: GitRepository, catalog: ITAYearCatalog) {
        self.repository = repository
        self.catalog = catalog
    }

    /// Newest first.
    public func verifyAll(reference: String = SnapshotWriter.defaultReference) throws -> [SnapshotVerification] {
        guard let head = try repository.referenceTarget(reference) else { return [] }
        let readers = try workerRepositories()
        return try repository.history(from: head, firstParentOnly: true).reversed().map { try verify($0, readers: readers) }
    }

    public func verify(_ id: ObjectID) throws -> SnapshotVerification {
        try verify(id, readers: try workerRepositories())
    }

    /// Handles for recomputing on every core, opened once for all snapshots.
    private func workerRepositories() throws -> WorkerRepositories {
        try WorkerRepositories(opening: repository, count: ProcessInfo.processInfo.activeProcessorCount)
    }

    private func verify(_ id: ObjectID, readers: WorkerRepositories) throws -> SnapshotVerification {
        let tree = try repository.commit(id).tree
        let metadata: SnapshotMetadata
        do {
            metadata = try SnapshotLog.metadata(of: tree, in: repository)
        } catch {
            return SnapshotVerification(id: id, metadata: nil, problems: [
                .notASnapshot(reason: "snapshot.json is missing or unreadable"),
            ], madeByOtherVersion: nil)
        }
        var problems: [SnapshotVerification.Problem] = []
        let snapshotPlans = try repository.subtree(metadata.plansDirectory, of: tree)

        // The source commit exists, and its plans are the snapshot's plans.
        if let source = ObjectID(hex: metadata.sourceCommit), repository.contains(source),
           let sourceTree = try? repository.commit(source).tree {
            let sourcePlans = try repository.subtree(metadata.plansDirectory, of: sourceTree)
            if sourcePlans != snapshotPlans {
                problems.append(.plansDiffer(paths: Self.differingPaths(
                    try files(in: sourcePlans, prefix: metadata.plansDirectory),
                    try files(in: snapshotPlans, prefix: metadata.plansDirectory))))
            }
        } else {
            problems.append(.sourceMissing(commit: metadata.sourceCommit))
        }
        // snapshot.json lists the plans it was made from.
        let present = try snapshotPlans.map {
            try RepositoryPlans.files(in: repository, tree: $0, directory: metadata.plansDirectory)
        } ?? []
        if !Self.differingPaths(metadata.plans.map { ($0.path, $0.blob) },
                                present.map { ($0.path, $0.blob.description) }).isEmpty {
            problems.append(.contentDiffers(files: [SnapshotFile.metadata]))
        }

        // The stored files equal a recomputation from the stored plans, with the stored models.
        var otherVersion: String?
        let models = try SnapshotYearModels.catalog(catalog, storedIn: tree, in: repository)
        if !models.broken.isEmpty { problems.append(.contentDiffers(files: models.broken)) }
        if let catalog = models.catalog,
           let differing = try recomputedDifferences(tree: tree, plans: present, metadata: metadata,
                                                     catalog: catalog, readers: readers),
           !differing.isEmpty {
            if metadata.toolVersion == ITAPlanVersion.current {
                problems.append(.contentDiffers(files: differing))
            } else {
                otherVersion = metadata.toolVersion
            }
        }
        return SnapshotVerification(id: id, metadata: metadata, problems: problems, madeByOtherVersion: otherVersion)
    }

    /// Names of stored files that differ from a recomputation; nil when the
    /// metadata's dates cannot be read.
    private func recomputedDifferences(tree: ObjectID, plans: [TreeFile], metadata: SnapshotMetadata,
                                       catalog: ITAYearCatalog, readers: WorkerRepositories) throws -> [String]? {
        guard case .date(let asOf) = DateParsing.parse(metadata.asOf),
              case .date(let checkedOn) = DateParsing.parse(metadata.checkedOn),
              let language = Language(rawValue: metadata.summaryLanguage) else {
            return [SnapshotFile.metadata]
        }
        // Recomputed files are hashed, not written: verifying changes nothing.
        let content = try SnapshotContent(plans: plans, repositories: readers, asOf: asOf, checkedOn: checkedOn,
                                          language: language, catalog: catalog) { _, bytes in
            ObjectID.hashing(bytes)
        }
        var differing: [String] = []
        if metadata.completion != SnapshotMetadata.Totals(content.completion) { differing.append(SnapshotFile.metadata) }
        let stored = try files(in: repository.subtree(SnapshotFile.status, of: tree), prefix: SnapshotFile.status)
        differing += Self.differingPaths(stored, content.statusFiles.map {
            (SnapshotFile.status + "/" + $0.path, $0.blob.description)
        })
        for (name, bytes) in [(SnapshotFile.findings, content.findings), (SnapshotFile.summary, content.summary)] {
            let stored = try repository.entry(name, in: tree)?.id
            if stored != ObjectID.hashing(bytes) { differing.append(name) }
        }
        return differing
    }

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
