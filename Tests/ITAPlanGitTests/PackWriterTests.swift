import Foundation
@testable import ITAPlanGit
import ITAPlanTestSupport
import Testing

@Suite("Pack files written by itaplan")
struct PackWriterTests {
    /// Sizes around the pack header's variable-length boundaries (4 bits,
    /// then 7 more per byte), empty, Thai text and incompressible bytes.
    private func sampleBlobs() -> [[UInt8]] {
        var generator = SystemRandomNumberGenerator()
        let random = (0..<70_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return [[], Array("ก".utf8), [UInt8](repeating: 0x41, count: 15), [UInt8](repeating: 0x41, count: 16),
                [UInt8](repeating: 0x42, count: 2047), [UInt8](repeating: 0x43, count: 2048),
                Array(String(repeating: "ปีงบประมาณ ๒๕๖๔ ", count: 5_000).utf8), random]
    }

    private func packFiles(_ sandbox: GitSandbox) throws -> [String] {
        let directory = sandbox.path + "/.git/objects/pack"
        return (try? FileManager.default.contentsOfDirectory(atPath: directory))?.sorted() ?? []
    }

    @Test("object ids match git hash-object")
    func objectIDs() throws {
        let sandbox = try GitSandbox()
        for blob in sampleBlobs().prefix(7) {
            let path = sandbox.path + "/sample"
            try Data(blob).write(to: URL(fileURLWithPath: path))
            let expected = try sandbox.git(["hash-object", "sample"]).trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(try ObjectID.hashing(blob).description == expected)
        }
    }

    @Test("every object reads back with the git CLI; verify-pack and fsck accept the pack")
    func readsBack() throws {
        let sandbox = try GitSandbox()
        let repository = try GitRepository(discoveringFrom: sandbox.path)
        let writer = try PackWriter(repository: repository)
        let blobs = sampleBlobs()
        let ids = try blobs.map { try writer.add($0) }
        let name = try #require(try writer.finish(refreshing: repository))
        #expect(try packFiles(sandbox) == [name + ".idx", name + ".pack"])
        for (blob, id) in zip(blobs, ids) {
            #expect(repository.contains(id))
            let path = sandbox.path + "/out"
            _ = try sandbox.run("/bin/sh", ["-c", "git cat-file blob \(id) > out"])
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(blob))
        }
        let verified = try sandbox.git(["verify-pack", "-v", ".git/objects/pack/\(name).idx"])
        #expect(verified.contains("non delta: \(blobs.count) objects"))
        try sandbox.git(["fsck", "--strict", "--no-dangling"])
        // The pack's name is its checksum, as git names packs.
        let trailer = try Data(contentsOf: URL(fileURLWithPath: sandbox.path + "/.git/objects/pack/\(name).pack")).suffix(20)
        #expect("pack-" + trailer.map { String(format: "%02x", $0) }.joined() == name)
    }

    @Test("a tree object, and the 64-bit offset table, read back")
    func treesAndLargeOffsets() throws {
        let sandbox = try GitSandbox()
        let repository = try GitRepository(discoveringFrom: sandbox.path)
        // Every offset after the first object's (12, which git insists is never
        // in the table) goes to the 64-bit table, as beyond 2 GiB.
        let writer = try PackWriter(objectsDirectory: repository.objectsDirectory, largeOffsetThreshold: 13)
        let blob = try writer.add(Array("plan\n".utf8))
        let tree = try writer.add(Array("100644 a.yaml\u{0}".utf8) + blob.bytes, type: .tree)
        let name = try #require(try writer.finish(refreshing: repository))
        #expect(try sandbox.git(["ls-tree", tree.description]) == "100644 blob \(blob)\ta.yaml\n")
        #expect(try sandbox.git(["verify-pack", "-v", ".git/objects/pack/\(name).idx"]).contains("non delta: 2 objects"))
        // Header, fan-out, 2 × (id, CRC, offset), one 64-bit offset, two checksums.
        let index = try Data(contentsOf: URL(fileURLWithPath: sandbox.path + "/.git/objects/pack/\(name).idx"))
        #expect(index.count == 8 + 1024 + 2 * 28 + 8 + 40)
        try sandbox.git(["fsck", "--strict", "--no-dangling"])
    }

    @Test("an object added twice, or already stored, is written once or not at all")
    func deduplicates() throws {
        let sandbox = try GitSandbox()
        let repository = try GitRepository(discoveringFrom: sandbox.path)
        let stored = try repository.writeBlob(Array("already here\n".utf8))
        let writer = try PackWriter(repository: repository)
        let first = try writer.add(Array("twice\n".utf8))
        #expect(try writer.add(Array("twice\n".utf8)) == first)
        #expect(try writer.add(Array("already here\n".utf8)) { repository.contains($0) } == stored)
        #expect(writer.count == 1)
        _ = try writer.finish(refreshing: repository)
    }

    @Test("adds from many threads at once all land in the pack")
    func concurrentAdds() throws {
        let sandbox = try GitSandbox()
        let repository = try GitRepository(discoveringFrom: sandbox.path)
        let writer = try PackWriter(repository: repository)
        let ids = Mutex<[ObjectID]>([])
        DispatchQueue.concurrentPerform(iterations: 400) { index in
            let id = try? writer.add(Array("object \(index)\n".utf8))
            if let id { ids.withLock { $0.append(id) } }
        }
        #expect(writer.count == 400)
        _ = try writer.finish(refreshing: repository)
        let all = ids.withLock { $0 }
        #expect(all.count == 400)
        #expect(all.allSatisfy { repository.contains($0) })
        try sandbox.git(["fsck", "--strict", "--no-dangling"])
    }

    @Test("an empty or discarded pack leaves nothing behind")
    func leavesNothing() throws {
        let sandbox = try GitSandbox()
        let repository = try GitRepository(discoveringFrom: sandbox.path)
        #expect(try PackWriter(repository: repository).finish(refreshing: repository) == nil)
        let discarded = try PackWriter(repository: repository)
        try discarded.add(Array("never installed\n".utf8))
        discarded.discard()
        #expect(throws: GitError.self) { try discarded.add(Array("late\n".utf8)) }
        do {
            // Released without finishing, as when a snapshot fails midway.
            let abandoned = try PackWriter(repository: repository)
            try abandoned.add(Array("abandoned\n".utf8))
        }
        #expect(try packFiles(sandbox).isEmpty)
    }
}

/// A value shared between threads behind a lock.
final class Mutex<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()

    init(_ value: Value) {
        self.value = value
    }

    func withLock<T>(_ body: (inout Value) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
