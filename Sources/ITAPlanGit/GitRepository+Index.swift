import CLibGit2
import Foundation

/// A file as it is staged in the index.
public struct StagedFile: Sendable, Hashable {
    public let path: String
    public let blob: ObjectID
    /// The git file mode: 0o100644 or 0o100755 for a file, 0o120000 for a
    /// symbolic link (the blob then holds the link's target, not a plan).
    public let mode: UInt32

    public init(path: String, blob: ObjectID, mode: UInt32 = 0o100644) {
        self.path = path
        self.blob = blob
        self.mode = mode
    }

    public var isSymbolicLink: Bool { mode & 0o170000 == 0o120000 }
}

extension GitRepository {
    /// Files added or modified in the index relative to HEAD: what the next
    /// commit changes. Every staged file when there is no commit yet.
    ///
    /// `indexFile` is the index to read instead of the repository's own: git
    /// hands a pre-commit hook the index it is about to commit in
    /// `GIT_INDEX_FILE` (a temporary one for `commit -a` and `commit <paths>`).
    /// A relative path is taken from the top of the working tree, where git
    /// runs hooks. Entries added with `git add -N` (intent to add) and
    /// unmerged entries are not part of any commit and are left out.
    public func stagedChanges(indexFile: String? = nil) throws -> [StagedFile] {
        let staged = try stagedFiles(indexFile: indexFile)
        guard let head = try headCommit() else { return staged }
        var committed: [String: (blob: ObjectID, mode: UInt32)] = [:]
        for file in try files(in: commit(head).tree) { committed[file.path] = (file.blob, file.mode) }
        return staged.filter { file in
            guard let before = committed[file.path] else { return true }
            return before.blob != file.blob || before.mode != file.mode
        }
    }

    /// Every file in the index (or in `indexFile`), sorted by path, without
    /// intent-to-add and unmerged entries.
    public func stagedFiles(indexFile: String? = nil) throws -> [StagedFile] {
        var index: OpaquePointer?
        if let indexFile {
            // libgit2 opens a missing file as an empty index: that would pass
            // any commit as "nothing staged", so a missing one is an error.
            let path = resolvedIndexPath(indexFile)
            guard access(path, R_OK) == 0 else {
                throw GitError(call: "git_index_open", code: GIT_ENOTFOUND.rawValue,
                               message: "\(path): \(String(cString: strerror(errno)))")
            }
            try LibGit2.check(git_index_open(&index, path), "git_index_open")
        } else {
            try LibGit2.check(git_repository_index(&index, handle), "git_repository_index")
            // The repository keeps its index loaded: read it again if git changed it since.
            try LibGit2.check(git_index_read(index, 0), "git_index_read")
        }
        defer { git_index_free(index) }
        let intentToAdd = UInt16(GIT_INDEX_ENTRY_INTENT_TO_ADD.rawValue)
        let files: [StagedFile] = (0..<git_index_entrycount(index)).compactMap { position in
            guard let entry = git_index_get_byindex(index, position)?.pointee, let path = entry.path,
                  entry.flags_extended & intentToAdd == 0,
                  (entry.flags & UInt16(GIT_INDEX_ENTRY_STAGEMASK)) == 0 else { return nil }
            return StagedFile(path: String(cString: path), blob: ObjectID(entry.id), mode: entry.mode)
        }
        return files.sorted { $0.path < $1.path }
    }

    /// `path` as git reads GIT_INDEX_FILE: absolute as given, else from the
    /// top of the working tree (or the git folder of a bare repository).
    public func resolvedIndexPath(_ path: String) -> String {
        path.hasPrefix("/") ? path : (workingDirectory ?? gitDirectory) + path
    }
}
