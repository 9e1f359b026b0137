import Foundation
import ITAPlanCore
import ITAPlanGit

/// One snapshot as `audit log` lists it.
public struct SnapshotRecord: Sendable {
    public let id: ObjectID
    public let committed: Date
    public let metadata: SnapshotMetadata?
    public let completion: StatusTotals?
}

/// The completion totals stored in a snapshot's status.json.
public struct StatusTotals: Sendable, Equatable {
    public var done = 0
    public var total = 0
    public var dueSoFar = 0
    public var doneOfDueSoFar = 0
    public var overdue = 0
    public var dueSoon = 0
}

/// Reads the snapshot chain, newest first.
public enum SnapshotLog {
    public static func records(in repository: GitRepository,
                               reference: String = SnapshotWriter.defaultReference) throws -> [SnapshotRecord] {
        guard let head = try repository.referenceTarget(reference) else { return [] }
        return try repository.history(from: head, firstParentOnly: true).reversed().map { id in
            let commit = try repository.commit(id)
            return SnapshotRecord(id: id, committed: commit.committer.time,
                                  metadata: try? metadata(of: commit.tree, in: repository),
                                  completion: try? totals(of: commit.tree, in: repository))
        }
    }

    static func metadata(of tree: ObjectID, in repository: GitRepository) throws -> SnapshotMetadata {
        let bytes = try file(SnapshotFile.metadata, of: tree, in: repository)
        return try JSONDecoder().decode(SnapshotMetadata.self, from: Data(bytes))
    }

    static func totals(of tree: ObjectID, in repository: GitRepository) throws -> StatusTotals {
        struct Status: Decodable {
            struct Plan: Decodable { let completion: Completion }
            struct Completion: Decodable {
                let done: Int, total: Int, overdue: Int
                let due_so_far: Int, done_of_due_so_far: Int, due_soon: Int
            }
            let plans: [Plan]
        }
        let status = try JSONDecoder().decode(Status.self, from: Data(try file(SnapshotFile.status, of: tree, in: repository)))
        return status.plans.reduce(into: StatusTotals()) { totals, plan in
            let c = plan.completion
            totals.done += c.done
            totals.total += c.total
            totals.dueSoFar += c.due_so_far
            totals.doneOfDueSoFar += c.done_of_due_so_far
            totals.overdue += c.overdue
            totals.dueSoon += c.due_soon
        }
    }

    /// A file's bytes from a snapshot tree (snapshots hold small files only).
    static func file(_ name: String, of tree: ObjectID, in repository: GitRepository) throws -> [UInt8] {
        guard let entry = try repository.entry(name, in: tree), !entry.isTree,
              case .bytes(let bytes) = try repository.blob(entry.id, maxBytes: 64 << 20) else {
            throw SnapshotVerification.Problem.notASnapshot(reason: "\(name) is missing")
        }
        return bytes
    }
}
