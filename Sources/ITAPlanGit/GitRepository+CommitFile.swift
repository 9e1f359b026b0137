import CLibGit2
import Foundation

extension GitRepository {
    /// What a file holds in HEAD and in the index, for checking that a file
    /// about to be committed alone has no other changes in it.
    public struct FileState: Sendable, Equatable {
        public let inHead: ObjectID?
        public let inIndex: ObjectID?
    }

    /// `path` (relative to the working tree) as HEAD and the index have it.
    public func fileState(_ path: String) throws -> FileState {
        var inHead: ObjectID?
        if let head = try headCommit(), let found = try self.entry(path, in: try commit(head).tree), !found.isTree {
            inHead = found.id
        }
        var index: OpaquePointer?
        try LibGit2.check(git_repository_index(&index, handle), "git_repository_index")
        defer { git_index_free(index) }
        let staged = git_index_get_bypath(index, path, 0)
        return FileState(inHead: inHead, inIndex: staged.map { ObjectID($0.pointee.id) })
    }

    /// Commits one file's new contents on top of HEAD and moves the current
    /// branch to it; nothing else that is staged goes in (the tree is HEAD's
    /// with that one entry replaced). The index entry for the file is set to
    /// the same contents, so the file shows as committed and other staged
    /// changes stay staged. HEAD moving meanwhile makes libgit2 refuse.
    public func commitFile(_ path: String, contents: [UInt8], author: Signature, committer: Signature,
                           message: String) throws -> ObjectID {
        let blob = try writeBlob(contents)
        let head = try headCommit()
        var baseline: OpaquePointer?
        if let head {
            var treeID = try commit(head).tree.oid
            try LibGit2.check(git_tree_lookup(&baseline, handle, &treeID), "git_tree_lookup")
        } else {
            var emptyID = try writeTree([TreeWriteEntry]()).oid
            try LibGit2.check(git_tree_lookup(&baseline, handle, &emptyID), "git_tree_lookup")
        }
        defer { git_tree_free(baseline) }
        // Keep the file's mode (an executable bit, say) as HEAD has it.
        var mode = GIT_FILEMODE_BLOB
        var existing: OpaquePointer?
        if git_tree_entry_bypath(&existing, baseline, path) == 0 {
            mode = git_tree_entry_filemode(existing)
            git_tree_entry_free(existing)
        }
        var treeID = git_oid()
        try path.withCString { cPath in
            var update = git_tree_update(action: GIT_TREE_UPDATE_UPSERT, id: blob.oid, filemode: mode, path: cPath)
            try LibGit2.check(git_tree_create_updated(&treeID, handle, baseline, 1, &update), "git_tree_create_updated")
        }
        var tree: OpaquePointer?
        try LibGit2.check(git_tree_lookup(&tree, handle, &treeID), "git_tree_lookup")
        defer { git_tree_free(tree) }
        var parent: OpaquePointer?
        if let head {
            var oid = head.oid
            try LibGit2.check(git_commit_lookup(&parent, handle, &oid), "git_commit_lookup")
        }
        defer { git_commit_free(parent) }
        var parents: [OpaquePointer?] = parent.map { [$0] } ?? []
        let text = message.hasSuffix("\n") ? message : message + "\n"
        // The index first: when it cannot be written (another git holds
        // index.lock), nothing is committed. The other way round, HEAD moved
        // while the index kept the old text, so the next `git commit`
        // quietly took the record out again.
        try stage(path, blob: blob, mode: mode, size: contents.count)
        var result = git_oid()
        _ = try author.withGitSignature { authorSignature in
            try committer.withGitSignature { committerSignature in
                try parents.withUnsafeMutableBufferPointer { buffer in
                    try LibGit2.check(git_commit_create(&result, handle, "HEAD", authorSignature, committerSignature,
                                                        nil, text, tree, buffer.count, buffer.baseAddress),
                                      "git_commit_create")
                }
            }
        }
        return ObjectID(result)
    }

    /// Sets the index entry for `path` to a blob already written. The
    /// working file's stat data goes in with it when the file is that size,
    /// as `git add` would record, so `git status` need not re-read it.
    private func stage(_ path: String, blob: ObjectID, mode: git_filemode_t, size: Int) throws {
        var index: OpaquePointer?
        try LibGit2.check(git_repository_index(&index, handle), "git_repository_index")
        defer { git_index_free(index) }
        try path.withCString { cPath in
            var entry = git_index_entry()
            entry.path = cPath
            entry.mode = mode.rawValue
            entry.id = blob.oid
            var info = stat()
            if let workingDirectory, lstat(workingDirectory + path, &info) == 0, Int(info.st_size) == size {
                entry.ctime = git_index_time(seconds: Int32(truncatingIfNeeded: info.st_ctim.tv_sec),
                                             nanoseconds: UInt32(truncatingIfNeeded: info.st_ctim.tv_nsec))
                entry.mtime = git_index_time(seconds: Int32(truncatingIfNeeded: info.st_mtim.tv_sec),
                                             nanoseconds: UInt32(truncatingIfNeeded: info.st_mtim.tv_nsec))
                entry.dev = UInt32(truncatingIfNeeded: info.st_dev)
                entry.ino = UInt32(truncatingIfNeeded: info.st_ino)
                entry.uid = info.st_uid
                entry.gid = info.st_gid
                entry.file_size = UInt32(truncatingIfNeeded: info.st_size)
            }
            try LibGit2.check(git_index_add(index, &entry), "git_index_add")
        }
        try LibGit2.check(git_index_write(index), "git_index_write")
    }
}
