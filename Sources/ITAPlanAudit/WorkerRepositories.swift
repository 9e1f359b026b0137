import ITAPlanGit

/// One repository handle per worker thread (libgit2 handles are not shared
/// between threads), each writing loose objects with fast compression.
final class WorkerRepositories: @unchecked Sendable {
    private let handles: [GitRepository]

    init(opening repository: GitRepository, count: Int) throws {
        handles = try (0..<max(1, count)).map { _ in
            let handle = try GitRepository(discoveringFrom: repository.gitDirectory)
            try handle.compressObjectsForSpeed()
            return handle
        }
    }

    var count: Int { handles.count }

    /// The handle of worker `worker`. Each worker uses only its own, so no
    /// handle is ever used by two threads.
    subscript(worker: Int) -> GitRepository { handles[worker] }

    func write(_ bytes: [UInt8], worker: Int) throws -> ObjectID {
        try handles[worker].writeBlob(bytes)
    }

    func contains(_ id: ObjectID, worker: Int) -> Bool {
        handles[worker].contains(id)
    }
}
