import CLibGit2

/// An entry for a tree being written: a blob, or a subtree built first.
public enum TreeWriteEntry: Sendable {
    case blob(name: String, id: ObjectID)
    case tree(name: String, id: ObjectID)
}

extension GitRepository {
    public func writeBlob(_ bytes: [UInt8]) throws -> ObjectID {
        var oid = git_oid()
        _ = try bytes.withUnsafeBytes { buffer in
            try LibGit2.check(git_blob_create_from_buffer(&oid, handle, buffer.baseAddress, buffer.count),
                              "git_blob_create_from_buffer")
        }
        return ObjectID(oid)
    }

    /// Writes one tree level; git sorts the entries.
    public func writeTree(_ entries: [TreeWriteEntry]) throws -> ObjectID {
        var builder: OpaquePointer?
        try LibGit2.check(git_treebuilder_new(&builder, handle, nil), "git_treebuilder_new")
        defer { git_treebuilder_free(builder) }
        for entry in entries {
            var oid: git_oid
            let name: String
            let mode: git_filemode_t
            switch entry {
            case .blob(let entryName, let id): (name, oid, mode) = (entryName, id.oid, GIT_FILEMODE_BLOB)
            case .tree(let entryName, let id): (name, oid, mode) = (entryName, id.oid, GIT_FILEMODE_TREE)
            }
            try LibGit2.check(git_treebuilder_insert(nil, builder, name, &oid, mode), "git_treebuilder_insert")
        }
        var result = git_oid()
        try LibGit2.check(git_treebuilder_write(&result, builder), "git_treebuilder_write")
        return ObjectID(result)
    }

    /// Writes a commit object without moving any reference. The message
    /// gets its trailing newline here if it lacks one.
    public func createCommit(tree: ObjectID, parents: [ObjectID], author: Signature, committer: Signature,
                             message: String) throws -> ObjectID {
        let text = message.hasSuffix("\n") ? message : message + "\n"
        var result = git_oid()
        _ = try withCommitInputs(tree: tree, parents: parents) { treeHandle, parentHandles in
            try author.withGitSignature { authorSignature in
                try committer.withGitSignature { committerSignature in
                    try parentHandles.withUnsafeMutableBufferPointer { buffer in
                        try LibGit2.check(git_commit_create(&result, handle, nil, authorSignature, committerSignature,
                                                            nil, text, treeHandle, parents.count, buffer.baseAddress),
                                          "git_commit_create")
                    }
                }
            }
        }
        return ObjectID(result)
    }

    /// The outcome of a compare-and-swap on a reference.
    public enum ReferenceUpdate: Sendable, Equatable {
        case updated
        /// The reference no longer held the expected value (someone else moved it).
        case conflict
        /// Another process holds the reference's lock file right now.
        case locked
    }

    /// Moves `name` to `target` only if it still points at `expected` (nil:
    /// only if it does not exist yet), so concurrent writers never lose an update.
    ///
    /// "Does not exist yet" is asked as "still points at the zero id", never
    /// with `git_reference_create(force: 0)`: libgit2 (1.5) checks that a ref
    /// is absent before it takes the ref's lock, so two writers that both
    /// found it absent both succeed and the second silently replaces the
    /// first's commit. The expected value, the zero id included, is compared
    /// under the lock.
    public func updateReference(_ name: String, to target: ObjectID, expecting expected: ObjectID?,
                                message: String) throws -> ReferenceUpdate {
        var reference: OpaquePointer?
        var oid = target.oid
        var current = expected?.oid ?? git_oid()
        let code = git_reference_create_matching(&reference, handle, name, &oid, 1, &current, message)
        defer { git_reference_free(reference) }
        switch code {
        case 0: return .updated
        case GIT_EMODIFIED.rawValue, GIT_EEXISTS.rawValue: return .conflict
        case GIT_ELOCKED.rawValue: return .locked
        default: throw LibGit2.error(code, "git_reference_create_matching")
        }
    }
}

extension GitRepository {
    /// Writes nested trees for files given by path ("plans/a/b.yaml") and
    /// returns the root tree's id.
    public func writeTree(files: [(path: String, blob: ObjectID)]) throws -> ObjectID {
        var written: [ObjectID] = []
        return try writeTree(files: files, written: &written)
    }

    /// The same, adding the id of every tree written (the root last) to `written`.
    public func writeTree(files: [(path: String, blob: ObjectID)], written: inout [ObjectID]) throws -> ObjectID {
        var blobs: [TreeWriteEntry] = []
        var folders: [String: [(path: String, blob: ObjectID)]] = [:]
        for file in files {
            if let slash = file.path.firstIndex(of: "/") {
                let folder = String(file.path[..<slash])
                folders[folder, default: []].append((String(file.path[file.path.index(after: slash)...]), file.blob))
            } else {
                blobs.append(.blob(name: file.path, id: file.blob))
            }
        }
        for (folder, contents) in folders.sorted(by: { $0.key < $1.key }) {
            blobs.append(.tree(name: folder, id: try writeTree(files: contents, written: &written)))
        }
        let root = try writeTree(blobs)
        written.append(root)
        return root
    }
}

extension GitRepository {
    /// Makes packs added since the repository was opened visible to it.
    public func refreshObjects() throws {
        var odb: OpaquePointer?
        try LibGit2.check(git_repository_odb(&odb, handle), "git_repository_odb")
        defer { git_odb_free(odb) }
        try LibGit2.check(git_odb_refresh(odb), "git_odb_refresh")
    }
}

extension GitRepository {
    /// Writes new loose objects with zlib level 1, as git itself does
    /// (`core.looseCompression`); libgit2's default, level 6, makes writing
    /// hundreds of megabytes of status several times slower for little gain.
    /// Calling it again changes nothing.
    public func compressObjectsForSpeed() throws {
        guard !compressesForSpeed else { return }
        var odb: OpaquePointer?
        try LibGit2.check(git_repository_odb(&odb, handle), "git_repository_odb")
        defer { git_odb_free(odb) }
        var backend: UnsafeMutablePointer<git_odb_backend>?
        try LibGit2.check(git_odb_backend_loose(&backend, objectsDirectory, 1, 0, 0, 0), "git_odb_backend_loose")
        // Above the default loose (1) and pack (2) backends, so writes come here;
        // the odb owns the backend from now on.
        try LibGit2.check(git_odb_add_backend(odb, backend, 10), "git_odb_add_backend")
        compressesForSpeed = true
    }
}
