import CLibGit2

extension GitRepository {
    /// Makes every object this handle writes from now on (blobs, trees,
    /// commits, hashed by libgit2) go to memory, libgit2's mempack backend,
    /// instead of a loose file each: a writer killed mid-way then leaves no
    /// temporary file behind. Copy them into a `PackWriter` (`rawObject`)
    /// before anything refers to them from outside this process.
    public func writeObjectsInMemory() throws {
        guard !writesInMemory else { return }
        var odb: OpaquePointer?
        try LibGit2.check(git_repository_odb(&odb, handle), "git_repository_odb")
        defer { git_odb_free(odb) }
        var backend: UnsafeMutablePointer<git_odb_backend>?
        try LibGit2.check(git_mempack_new(&backend), "git_mempack_new")
        // Above every other backend, so writes come here; the odb owns it from now on.
        try LibGit2.check(git_odb_add_backend(odb, backend, 1000), "git_odb_add_backend")
        writesInMemory = true
    }

    /// An object's type and bytes, as stored.
    public func rawObject(_ id: ObjectID) throws -> (type: GitObjectType, bytes: [UInt8]) {
        var odb: OpaquePointer?
        try LibGit2.check(git_repository_odb(&odb, handle), "git_repository_odb")
        defer { git_odb_free(odb) }
        var object: OpaquePointer?
        var oid = id.oid
        try LibGit2.check(git_odb_read(&object, odb, &oid), "git_odb_read")
        defer { git_odb_object_free(object) }
        let size = git_odb_object_size(object)
        let bytes = size == 0 ? [] : Array(UnsafeRawBufferPointer(start: git_odb_object_data(object), count: size))
        guard let type = GitObjectType(rawValue: UInt8(truncatingIfNeeded: git_odb_object_type(object).rawValue)) else {
            throw GitError(call: "git_odb_read", code: -1, message: "object \(id) is not a commit, tree or blob")
        }
        return (type, bytes)
    }
}
