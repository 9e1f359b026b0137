import ITAPlanGit

/// One commit of a snapshot chain, as its parents and `snapshot.json` read.
struct SnapshotLink {
    let id: ObjectID
    let commit: CommitInfo
    /// Nil when `snapshot.json` is missing or unreadable.
    let metadata: SnapshotMetadata?
    /// The previous snapshot by the commit's parents; nil for the first.
    let previous: ObjectID?
    /// Set when the parents are not a snapshot's: what was expected.
    let parentProblem: String?
}

/// Walks a snapshot chain from its newest commit by first parents.
///
/// A format-2 snapshot keeps its source commit as its second parent, and
/// the first snapshot of a chain has the source commit as its only parent;
/// so the walk stops at a commit whose only parent is its own source
/// commit (`git log --first-parent` would go on into the plan history).
/// Format-1 snapshots (itaplan 0.1) have the previous snapshot as their
/// only parent, and the first has none.
enum SnapshotChain {
    /// Newest first.
    static func links(in repository: GitRepository, head: ObjectID) throws -> [SnapshotLink] {
        var links: [SnapshotLink] = []
        var next: ObjectID? = head
        var seen: Set<ObjectID> = []
        while let id = next, seen.insert(id).inserted {
            let commit = try repository.commit(id)
            let metadata = try? SnapshotLog.metadata(of: commit.tree, in: repository)
            let (previous, problem) = Self.previous(of: commit, metadata: metadata, in: repository)
            links.append(SnapshotLink(id: id, commit: commit, metadata: metadata, previous: previous,
                                      parentProblem: problem))
            next = previous
        }
        return links
    }

    /// Which parent is the previous snapshot, and whether the parents are
    /// exactly what a snapshot of this format has.
    private static func previous(of commit: CommitInfo, metadata: SnapshotMetadata?,
                                 in repository: GitRepository) -> (ObjectID?, String?) {
        let parents = commit.parents
        guard let metadata else {
            // Not a snapshot: go on only if its first parent is one.
            guard let first = parents.first, isSnapshot(first, in: repository) else { return (nil, nil) }
            return (first, nil)
        }
        let source = ObjectID(hex: metadata.sourceCommit)
        if metadata.version >= 2 {
            if parents.count == 1, parents[0] == source { return (nil, nil) }
            if parents.count == 2, parents[1] == source { return (parents[0], nil) }
            let expected = "the previous snapshot, then its source commit \(metadata.sourceCommit.prefix(12))"
                + " (the first snapshot: its source commit only)"
            let fallback = parents.first.flatMap { $0 != source && isSnapshot($0, in: repository) ? $0 : nil }
            return (fallback, expected)
        }
        switch parents.count {
        case 0: return (nil, nil)
        case 1: return (parents[0], nil)
        default:
            let fallback = isSnapshot(parents[0], in: repository) ? parents[0] : nil
            return (fallback, "the previous snapshot only (snapshot format 1)")
        }
    }

    private static func isSnapshot(_ id: ObjectID, in repository: GitRepository) -> Bool {
        guard let tree = try? repository.commit(id).tree else { return false }
        return (try? repository.entry(SnapshotFile.metadata, in: tree)) != nil
    }
}
