import Foundation
import ITAPlanCore
import ITAPlanGit

/// One snapshot as `audit log` lists it.
public struct SnapshotRecord: Sendable {
    public let id: ObjectID
    public let committed: Date
    /// Nil when snapshot.json cannot be read (a damaged or foreign commit).
    public let metadata: SnapshotMetadata?
    /// Whether the commit carries a signature (checked by `audit verify`, not here).
    public let signed: Bool
    /// Who made the snapshot: the commit's author name.
    public var author = ""
    public var completion: SnapshotMetadata.Totals? { metadata?.completion }
}

/// Reads the snapshot chain, newest first.
public enum SnapshotLog {
    public static func records(in repository: GitRepository,
                               reference: String = SnapshotWriter.defaultReference) throws -> [SnapshotRecord] {
        guard let head = try repository.referenceTarget(reference) else { return [] }
        return try SnapshotChain.links(in: repository, head: head).map { link in
            SnapshotRecord(id: link.id, committed: link.commit.committer.time, metadata: link.metadata,
                           signed: (try? repository.commitSignature(link.id)) != nil, author: link.commit.author.name)
        }
    }

    static func metadata(of tree: ObjectID, in repository: GitRepository) throws -> SnapshotMetadata {
        let bytes = try file(SnapshotFile.metadata, of: tree, in: repository)
        return try JSONOutput.decoder().decode(SnapshotMetadata.self, from: Data(bytes))
    }

    /// A file's bytes from a snapshot tree (snapshots hold small files only).
    static func file(_ name: String, of tree: ObjectID, in repository: GitRepository) throws -> [UInt8] {
        guard let entry = try repository.entry(name, in: tree), !entry.isTree,
              case .bytes(let bytes) = try repository.blob(entry.id, maxBytes: 64 << 20) else {
            throw SnapshotVerification.Problem.notASnapshot(reason: .fileMissing(name))
        }
        return bytes
    }
}
