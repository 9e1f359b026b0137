import CLibGit2

/// A commit's facts, copied out of libgit2.
public struct CommitInfo: Sendable {
    public let id: ObjectID
    public let tree: ObjectID
    public let parents: [ObjectID]
    public let author: Signature
    public let committer: Signature
    public let message: String
}

/// A file in a tree, with its full path from the tree's root.
public struct TreeFile: Sendable, Hashable {
    public let path: String
    public let blob: ObjectID
    public let mode: UInt32
}

/// A blob's bytes, unless it was larger than the caller would read.
public enum BlobContent: Sendable, Equatable {
    case bytes([UInt8])
    case tooLarge(size: Int)
}

extension GitRepository {
    /// The commit a revision names (`HEAD`, a branch, a tag, an id, `HEAD~2`).
    public func resolveCommit(_ revision: String) throws -> ObjectID {
        do {
            var object: OpaquePointer?
            try LibGit2.check(git_revparse_single(&object, handle, revision), "git_revparse_single")
            defer { git_object_free(object) }
            var commit: OpaquePointer?
            try LibGit2.check(git_object_peel(&commit, object, GIT_OBJECT_COMMIT), "git_object_peel")
            defer { git_object_free(commit) }
            return ObjectID(git_object_id(commit).pointee)
        } catch let error as GitError {
            throw error.meaning(.noSuchRevision(revision))
        }
    }

    /// HEAD's commit, or nil in a repository with no commits yet.
    public func headCommit() throws -> ObjectID? {
        guard !isEmpty else { return nil }
        return try resolveCommit("HEAD")
    }

    public func commit(_ id: ObjectID) throws -> CommitInfo {
        var commit: OpaquePointer?
        var oid = id.oid
        try LibGit2.check(git_commit_lookup(&commit, handle, &oid), "git_commit_lookup")
        defer { git_commit_free(commit) }
        let parents = (0..<git_commit_parentcount(commit)).map { ObjectID(git_commit_parent_id(commit, $0).pointee) }
        return CommitInfo(
            id: id, tree: ObjectID(git_commit_tree_id(commit).pointee), parents: parents,
            author: Signature(git_commit_author(commit).pointee),
            committer: Signature(git_commit_committer(commit).pointee),
            message: git_commit_message(commit).map { String(cString: $0) } ?? "")
    }

    /// Whether an object with this id exists in the repository.
    public func contains(_ id: ObjectID) -> Bool {
        var odb: OpaquePointer?
        guard git_repository_odb(&odb, handle) == 0 else { return false }
        defer { git_odb_free(odb) }
        var oid = id.oid
        return git_odb_exists(odb, &oid) == 1
    }

    /// The entry at `path` ("plans", "plans/a.yaml") inside a tree, if there is one.
    public func entry(_ path: String, in tree: ObjectID) throws -> (id: ObjectID, isTree: Bool)? {
        var root: OpaquePointer?
        var oid = tree.oid
        try LibGit2.check(git_tree_lookup(&root, handle, &oid), "git_tree_lookup")
        defer { git_tree_free(root) }
        var entry: OpaquePointer?
        let code = git_tree_entry_bypath(&entry, root, path)
        if code == GIT_ENOTFOUND.rawValue { return nil }
        try LibGit2.check(code, "git_tree_entry_bypath")
        defer { git_tree_entry_free(entry) }
        return (ObjectID(git_tree_entry_id(entry).pointee), git_tree_entry_type(entry) == GIT_OBJECT_TREE)
    }

    /// The id of the subtree at `path` (e.g. "plans") inside a tree, if there is one.
    public func subtree(_ path: String, of tree: ObjectID) throws -> ObjectID? {
        guard !path.isEmpty else { return tree }
        guard let found = try entry(path, in: tree), found.isTree else { return nil }
        return found.id
    }

    /// Every file under a tree, recursively, paths prefixed with `prefix`.
    public func files(in tree: ObjectID, prefix: String = "") throws -> [TreeFile] {
        var handleTree: OpaquePointer?
        var oid = tree.oid
        try LibGit2.check(git_tree_lookup(&handleTree, handle, &oid), "git_tree_lookup")
        defer { git_tree_free(handleTree) }
        var files: [TreeFile] = []
        var subtrees: [(String, ObjectID)] = []
        for index in 0..<git_tree_entrycount(handleTree) {
            guard let entry = git_tree_entry_byindex(handleTree, index) else { continue }
            let name = String(cString: git_tree_entry_name(entry))
            let id = ObjectID(git_tree_entry_id(entry).pointee)
            let path = prefix.isEmpty ? name : prefix + "/" + name
            switch git_tree_entry_type(entry) {
            case GIT_OBJECT_TREE: subtrees.append((path, id))
            case GIT_OBJECT_BLOB: files.append(TreeFile(path: path, blob: id, mode: git_tree_entry_filemode(entry).rawValue))
            default: continue
            }
        }
        for (path, id) in subtrees { files += try self.files(in: id, prefix: path) }
        return files
    }

    /// A blob's size, read from the object header without loading the blob.
    public func blobSize(_ id: ObjectID) throws -> Int {
        var odb: OpaquePointer?
        try LibGit2.check(git_repository_odb(&odb, handle), "git_repository_odb")
        defer { git_odb_free(odb) }
        var size = 0
        var type = GIT_OBJECT_ANY
        var oid = id.oid
        try LibGit2.check(git_odb_read_header(&size, &type, odb, &oid), "git_odb_read_header")
        return size
    }

    /// A blob's bytes, or only its size when over `maxBytes`.
    public func blob(_ id: ObjectID, maxBytes: Int = .max) throws -> BlobContent {
        let size = try blobSize(id)
        guard size <= maxBytes else { return .tooLarge(size: size) }
        var blob: OpaquePointer?
        var oid = id.oid
        try LibGit2.check(git_blob_lookup(&blob, handle, &oid), "git_blob_lookup")
        defer { git_blob_free(blob) }
        let count = Int(git_blob_rawsize(blob))
        guard count > 0, let raw = git_blob_rawcontent(blob) else { return .bytes([]) }
        return .bytes(Array(UnsafeRawBufferPointer(start: raw, count: count)))
    }

    /// The commit a reference points to, or nil when it does not exist.
    public func referenceTarget(_ name: String) throws -> ObjectID? {
        var oid = git_oid()
        let code = git_reference_name_to_id(&oid, handle, name)
        if code == GIT_ENOTFOUND.rawValue { return nil }
        try LibGit2.check(code, "git_reference_name_to_id")
        return ObjectID(oid)
    }

    /// A configuration value and whether the repository's own config file
    /// (`.git/config`, which comes with a copied repository) set it, or nil.
    public func configEntry(_ key: String) throws -> (value: String, fromRepository: Bool)? {
        var config: OpaquePointer?
        try LibGit2.check(git_repository_config_snapshot(&config, handle), "git_repository_config_snapshot")
        defer { git_config_free(config) }
        var entry: UnsafeMutablePointer<git_config_entry>?
        let code = git_config_get_entry(&entry, config, key)
        if code == GIT_ENOTFOUND.rawValue { return nil }
        try LibGit2.check(code, "git_config_get_entry")
        defer { git_config_entry_free(entry) }
        guard let entry, let value = entry.pointee.value else { return nil }
        return (String(cString: value), entry.pointee.level.rawValue >= GIT_CONFIG_LEVEL_LOCAL.rawValue)
    }

    /// A configuration value (repository, global and system config), or nil.
    public func configString(_ key: String) throws -> String? {
        var config: OpaquePointer?
        try LibGit2.check(git_repository_config_snapshot(&config, handle), "git_repository_config_snapshot")
        defer { git_config_free(config) }
        var value: UnsafePointer<CChar>?
        let code = git_config_get_string(&value, config, key)
        if code == GIT_ENOTFOUND.rawValue { return nil }
        try LibGit2.check(code, "git_config_get_string")
        return value.map { String(cString: $0) }
    }
}
