// bench/object-writers: the ways libgit2 offers to write many objects, against
// itaplan's PackWriter, on the status files of a real snapshot (issue 12).
//
// Built with ITAPlanGit's own sources in one module (bench/object-writers/run
// does it). Reads every blob under `status/` of the snapshot at REF in the
// repository at SOURCE, then writes them all, single-threaded, into a fresh
// bare repository each time, by each way:
//
//   loose-default   git_blob_create_from_buffer, libgit2's loose backend (zlib level 6)
//   loose-level1    the same through a loose backend at zlib level 1 (git's core.looseCompression default)
//   mempack-dump    mempack backend, the blobs in a tree and a commit (git_mempack_dump packs
//                   commits and what they reach), git_mempack_dump (git_packbuilder inside, deltas),
//                   installed with git_odb_write_pack (the indexer)
//   packbuilder     mempack backend, git_packbuilder_insert each, git_packbuilder_write (indexer), 2 threads
//   packwriter      itaplan's PackWriter (libdeflate level 1, no deltas), hashed by libgit2
//
// Prints one Markdown row per way: median of RUNS wall times, pack or loose
// bytes on disk, and whether `git fsck` accepts the result.
//
// Usage: object-writers SOURCE [REF] [RUNS]

import CLibGit2
import Foundation

func check(_ code: Int32, _ call: String) {
    guard code >= 0 else {
        let message = git_error_last().flatMap { $0.pointee.message.map { String(cString: $0) } } ?? "?"
        FileHandle.standardError.write(Data("\(call) failed (\(code)): \(message)\n".utf8))
        exit(1)
    }
}

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: object-writers SOURCE [REF] [RUNS]\n".utf8))
    exit(2)
}
let source = try GitRepository(discoveringFrom: arguments[1])
let reference = arguments.count > 2 ? arguments[2] : "refs/itaplan/snapshots"
let runs = arguments.count > 3 ? Int(arguments[3]) ?? 3 : 3
guard let head = try source.referenceTarget(reference),
      let statusTree = try source.subtree("status", of: try source.commit(head).tree) else {
    FileHandle.standardError.write(Data("no status/ tree at \(reference)\n".utf8))
    exit(2)
}
let blobs: [[UInt8]] = try source.files(in: statusTree).map {
    guard case .bytes(let bytes) = try source.blob($0.blob) else { return [] }
    return bytes
}
let totalBytes = blobs.reduce(0) { $0 + $1.count }

func freshRepository() throws -> (GitRepository, String) {
    let path = NSTemporaryDirectory() + "object-writers-\(UUID().uuidString).git"
    return (try GitRepository.create(at: path, bare: true), path)
}

func bytesOnDisk(_ path: String) -> Int {
    let objects = URL(fileURLWithPath: path).appendingPathComponent("objects")
    var total = 0
    for case let file as URL in FileManager.default.enumerator(at: objects, includingPropertiesForKeys: [.fileSizeKey])! {
        total += (try? file.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0
    }
    return total
}

func fsckClean(_ path: String) -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
    process.arguments = ["--git-dir", path, "fsck", "--strict", "--no-dangling"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try? process.run()
    process.waitUntilExit()
    return process.terminationStatus == 0
}

func odb(_ repository: GitRepository) -> OpaquePointer? {
    var odb: OpaquePointer?
    check(git_repository_odb(&odb, repository.handle), "git_repository_odb")
    return odb
}

func mempack(_ repository: GitRepository) -> UnsafeMutablePointer<git_odb_backend>? {
    let database = odb(repository)
    defer { git_odb_free(database) }
    var backend: UnsafeMutablePointer<git_odb_backend>?
    check(git_mempack_new(&backend), "git_mempack_new")
    check(git_odb_add_backend(database, backend, 1000), "git_odb_add_backend")
    return backend
}

let ways: [(String, (GitRepository) throws -> Void)] = [
    ("loose-default", { repository in
        for blob in blobs { _ = try repository.writeBlob(blob) }
    }),
    ("loose-level1", { repository in
        try repository.compressObjectsForSpeed()
        for blob in blobs { _ = try repository.writeBlob(blob) }
    }),
    ("mempack-dump", { repository in
        let backend = mempack(repository)
        // git_mempack_dump packs the commits in memory and what they reach,
        // so the blobs go into a tree and a commit, as in a snapshot.
        var files: [(path: String, blob: ObjectID)] = []
        for (index, blob) in blobs.enumerated() { files.append(("s\(index).json", try repository.writeBlob(blob))) }
        let signature = Signature(name: "bench", email: "bench@example.invalid", time: Date(timeIntervalSince1970: 0),
                                  offsetMinutes: 0)
        _ = try repository.createCommit(tree: try repository.writeTree(files: files), parents: [], author: signature,
                                        committer: signature, message: "bench")
        var buffer = git_buf()
        defer { git_buf_dispose(&buffer) }
        check(git_mempack_dump(&buffer, repository.handle, backend), "git_mempack_dump")
        if ProcessInfo.processInfo.environment["DEBUG"] != nil { print("dump: \(buffer.size) bytes") }
        let database = odb(repository)
        defer { git_odb_free(database) }
        var writepack: UnsafeMutablePointer<git_odb_writepack>?
        check(git_odb_write_pack(&writepack, database, nil, nil), "git_odb_write_pack")
        var progress = git_indexer_progress()
        check(writepack!.pointee.append(writepack, buffer.ptr, buffer.size, &progress), "writepack append")
        check(writepack!.pointee.commit(writepack, &progress), "writepack commit")
        writepack!.pointee.free(writepack)
        check(git_mempack_reset(backend), "git_mempack_reset")
    }),
    ("packbuilder", { repository in
        let backend = mempack(repository)
        var ids: [git_oid] = []
        for blob in blobs { ids.append(try repository.writeBlob(blob).oid) }
        var builder: OpaquePointer?
        check(git_packbuilder_new(&builder, repository.handle), "git_packbuilder_new")
        defer { git_packbuilder_free(builder) }
        _ = git_packbuilder_set_threads(builder, 2)
        for var id in ids { check(git_packbuilder_insert(builder, &id, nil), "git_packbuilder_insert") }
        check(git_packbuilder_write(builder, nil, 0, nil, nil), "git_packbuilder_write")
        check(git_mempack_reset(backend), "git_mempack_reset")
    }),
    ("packwriter", { repository in
        let pack = try PackWriter(repository: repository)
        for blob in blobs { try pack.add(blob) }
        try pack.finish(refreshing: repository)
    }),
]

print("\(blobs.count) status files, \(totalBytes / 1_000_000) MB, \(runs) runs each, one thread (packbuilder: 2)\n")
print("| way | median s | min – max s | on disk MB | fsck |")
print("|---|---|---|---|---|")
for (name, write) in ways {
    var times: [Double] = []
    var size = 0
    var clean = true
    for _ in 0..<runs {
        let (repository, path) = try freshRepository()
        let start = DispatchTime.now().uptimeNanoseconds
        try write(repository)
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        size = bytesOnDisk(path)
        clean = clean && fsckClean(path)
        try? FileManager.default.removeItem(atPath: path)
    }
    times.sort()
    print(String(format: "| %@ | %.2f | %.2f – %.2f | %.1f | %@ |", name, times[times.count / 2], times.first!,
                 times.last!, Double(size) / 1e6, clean ? "clean" : "FAILED"))
}
