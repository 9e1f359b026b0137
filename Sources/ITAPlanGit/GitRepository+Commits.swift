import CLibGit2
import Foundation

/// Signed commits and what git needs to check them, written and read as
/// `git commit -S` and `git verify-commit` do: the signature sits in the
/// commit's `gpgsig` header over the commit's text without that header.
extension GitRepository {
    /// The commit object's text exactly as it would be written, for signing.
    public func commitText(tree: ObjectID, parents: [ObjectID], author: Signature, committer: Signature,
                           message: String) throws -> String {
        try withCommitInputs(tree: tree, parents: parents) { treeHandle, parentHandles in
            let text = message.hasSuffix("\n") ? message : message + "\n"
            var buffer = git_buf()
            defer { git_buf_dispose(&buffer) }
            _ = try author.withGitSignature { authorSignature in
                try committer.withGitSignature { committerSignature in
                    try parentHandles.withUnsafeMutableBufferPointer { pointers in
                        try LibGit2.check(git_commit_create_buffer(
                            &buffer, handle, authorSignature, committerSignature, nil, text, treeHandle,
                            parents.count, pointers.baseAddress), "git_commit_create_buffer")
                    }
                }
            }
            return String(cString: buffer.ptr)
        }
    }

    /// Writes a commit made of `text` (from `commitText`) and an armored
    /// signature in its `gpgsig` header; moves no reference.
    public func createSignedCommit(text: String, signature: String) throws -> ObjectID {
        var result = git_oid()
        try LibGit2.check(git_commit_create_with_signature(&result, handle, text, signature, "gpgsig"),
                          "git_commit_create_with_signature")
        return ObjectID(result)
    }

    /// A commit's `gpgsig` signature and the text it signs; nil when unsigned.
    public func commitSignature(_ id: ObjectID) throws -> (signature: String, signedText: [UInt8])? {
        var signature = git_buf()
        var signed = git_buf()
        defer {
            git_buf_dispose(&signature)
            git_buf_dispose(&signed)
        }
        var oid = id.oid
        let code = git_commit_extract_signature(&signature, &signed, handle, &oid, "gpgsig")
        if code == GIT_ENOTFOUND.rawValue { return nil }
        try LibGit2.check(code, "git_commit_extract_signature")
        let signedBytes = Array(UnsafeRawBufferPointer(start: signed.ptr, count: signed.size))
        return (String(cString: signature.ptr), signedBytes)
    }

    /// Whether `ancestor` is `commit` itself or reachable from it.
    /// The best common ancestor of two commits, as `git merge-base` finds
    /// it; nil when their histories share no commit.
    public func mergeBase(_ one: ObjectID, _ two: ObjectID) throws -> ObjectID? {
        var base = git_oid()
        var first = one.oid
        var second = two.oid
        let code = git_merge_base(&base, handle, &first, &second)
        if code == GIT_ENOTFOUND.rawValue { return nil }
        try LibGit2.check(code, "git_merge_base")
        return ObjectID(base)
    }

    public func isAncestor(_ ancestor: ObjectID, of commit: ObjectID) throws -> Bool {
        if ancestor == commit { return true }
        var descendant = commit.oid
        var base = ancestor.oid
        return try LibGit2.check(git_graph_descendant_of(handle, &descendant, &base), "git_graph_descendant_of") == 1
    }

    /// The commits a reference's reflog says it pointed at, oldest first;
    /// empty when the reference keeps no reflog.
    public func reflogTargets(_ name: String) throws -> [(old: ObjectID, new: ObjectID)] {
        var reflog: OpaquePointer?
        try LibGit2.check(git_reflog_read(&reflog, handle, name), "git_reflog_read")
        defer { git_reflog_free(reflog) }
        let count = git_reflog_entrycount(reflog)
        // Index 0 is the newest entry.
        return (0..<count).reversed().compactMap { index in
            guard let entry = git_reflog_entry_byindex(reflog, index) else { return nil }
            return (ObjectID(git_reflog_entry_id_old(entry).pointee), ObjectID(git_reflog_entry_id_new(entry).pointee))
        }
    }

    /// Makes updates of `name` logged in its reflog, as git does for a ref
    /// whose log file exists (git logs only branches by default).
    public func keepReflog(for name: String) throws {
        let path = commonDirectory + "logs/" + name
        guard !FileManager.default.fileExists(atPath: path) else { return }
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        // Created if missing, never truncated: FileManager.createFile writes
        // an empty file over the name, which would wipe the entries a writer
        // racing this one has appended since the check above.
        let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw GitError(call: "create reflog", code: -1, message: "cannot create \(path)")
        }
        close(descriptor)
    }

    /// The parent handles a new commit needs, freed after `body`.
    func withCommitInputs<T>(tree: ObjectID, parents: [ObjectID],
                                     _ body: (OpaquePointer?, inout [OpaquePointer?]) throws -> T) throws -> T {
        var treeHandle: OpaquePointer?
        var treeID = tree.oid
        try LibGit2.check(git_tree_lookup(&treeHandle, handle, &treeID), "git_tree_lookup")
        defer { git_tree_free(treeHandle) }
        var parentHandles: [OpaquePointer?] = []
        defer { parentHandles.forEach { git_commit_free($0) } }
        for parent in parents {
            var commit: OpaquePointer?
            var oid = parent.oid
            try LibGit2.check(git_commit_lookup(&commit, handle, &oid), "git_commit_lookup")
            parentHandles.append(commit)
        }
        return try body(treeHandle, &parentHandles)
    }
}

extension GitRepository {
    /// The references whose names match a glob (`refs/heads/*`), with the
    /// commits they point at (peeled through tags); others are skipped.
    public func references(matching glob: String) throws -> [(name: String, commit: ObjectID)] {
        var iterator: OpaquePointer?
        try LibGit2.check(git_reference_iterator_glob_new(&iterator, handle, glob), "git_reference_iterator_glob_new")
        defer { git_reference_iterator_free(iterator) }
        var found: [(name: String, commit: ObjectID)] = []
        var reference: OpaquePointer?
        while git_reference_next(&reference, iterator) == 0 {
            defer { git_reference_free(reference) }
            let name = String(cString: git_reference_name(reference))
            var object: OpaquePointer?
            guard git_reference_peel(&object, reference, GIT_OBJECT_COMMIT) == 0 else { continue }
            defer { git_object_free(object) }
            found.append((name, ObjectID(git_object_id(object).pointee)))
        }
        return found
    }
}
