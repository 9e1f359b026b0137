import CLibGit2

/// A file as it is staged in the index.
public struct StagedFile: Sendable, Hashable {
    public let path: String
    public let blob: ObjectID
}

extension GitRepository {
    /// Files added or modified in the index relative to HEAD: what the next
    /// commit changes. Every staged file when there is no commit yet.
    public func stagedChanges() throws -> [StagedFile] {
        var index: OpaquePointer?
        try LibGit2.check(git_repository_index(&index, handle), "git_repository_index")
        defer { git_index_free(index) }
        guard let head = try headCommit() else { return try allStaged(index) }
        var headTree: OpaquePointer?
        var treeID = try commit(head).tree.oid
        try LibGit2.check(git_tree_lookup(&headTree, handle, &treeID), "git_tree_lookup")
        defer { git_tree_free(headTree) }
        var diff: OpaquePointer?
        try LibGit2.check(git_diff_tree_to_index(&diff, handle, headTree, index, nil), "git_diff_tree_to_index")
        defer { git_diff_free(diff) }
        var files: [StagedFile] = []
        for position in 0..<git_diff_num_deltas(diff) {
            guard let delta = git_diff_get_delta(diff, position)?.pointee, delta.status != GIT_DELTA_DELETED,
                  let path = delta.new_file.path else { continue }
            files.append(StagedFile(path: String(cString: path), blob: ObjectID(delta.new_file.id)))
        }
        return files.sorted { $0.path < $1.path }
    }

    /// Every file in the index.
    public func stagedFiles() throws -> [StagedFile] {
        var index: OpaquePointer?
        try LibGit2.check(git_repository_index(&index, handle), "git_repository_index")
        defer { git_index_free(index) }
        return try allStaged(index)
    }

    private func allStaged(_ index: OpaquePointer?) throws -> [StagedFile] {
        (0..<git_index_entrycount(index)).compactMap { position in
            guard let entry = git_index_get_byindex(index, position)?.pointee, let path = entry.path else { return nil }
            return StagedFile(path: String(cString: path), blob: ObjectID(entry.id))
        }
    }
}
