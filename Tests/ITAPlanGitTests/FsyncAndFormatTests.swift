import Foundation
import ITAPlanGit
import ITAPlanTestSupport
import Testing

@Suite("core.fsync, object formats, libgit2 hashing and in-memory writes")
struct FsyncAndFormatTests {
    @Test("core.fsync is read as git reads it; unset, packs are flushed and loose objects and refs are not")
    func fsyncPolicy() {
        #expect(FsyncPolicy(coreFsync: nil) == FsyncPolicy(looseObjects: false, packs: true, references: false))
        #expect(!FsyncPolicy(coreFsync: nil).flushesGitDirectory)
        #expect(FsyncPolicy(coreFsync: "committed") == FsyncPolicy(looseObjects: true, packs: true, references: true))
        #expect(FsyncPolicy(coreFsync: "none") == FsyncPolicy(looseObjects: false, packs: false, references: false))
        #expect(FsyncPolicy(coreFsync: "all,-pack") == FsyncPolicy(looseObjects: true, packs: false, references: true))
        #expect(FsyncPolicy(coreFsync: " reference ").flushesGitDirectory)
        #expect(FsyncPolicy(coreFsync: "none", fsyncObjectFiles: true).looseObjects)
    }

    @Test("a repository's core.fsync reaches the policy")
    func fsyncFromConfig() throws {
        let sandbox = try GitSandbox()
        try sandbox.git(["config", "core.fsync", "objects,reference"])
        let repository = try GitRepository(discoveringFrom: sandbox.path)
        #expect(try repository.fsyncPolicy() == FsyncPolicy(looseObjects: true, packs: true, references: true))
    }

    @Test("a SHA-256 repository is refused by name, from the repository and from a folder inside it")
    func sha256() throws {
        let sandbox = try GitSandbox()
        let inner = sandbox.root.appendingPathComponent("sha256")
        try FileManager.default.createDirectory(at: inner.appendingPathComponent("plans"), withIntermediateDirectories: true)
        try sandbox.git(["-C", inner.path, "init", "-q", "--object-format=sha256"])
        for path in [inner.path, inner.appendingPathComponent("plans").path] {
            #expect(throws: UnsupportedObjectFormat(format: "sha256")) { try GitRepository(discoveringFrom: path) }
        }
    }

    @Test("ids are git's: libgit2's hashing agrees with git hash-object")
    func hashing() throws {
        let sandbox = try GitSandbox()
        let text = "{\"agency\":\"เทศบาลตำบลโพหัก\"}\n"
        let expected = try sandbox.run("/bin/sh", ["-c", "printf '%s' \"$1\" | git hash-object --stdin", "sh", text])
            .stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try ObjectID.hashing(Array(text.utf8)).description == expected)
        #expect(try ObjectID.hashing([]).description == "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391")
    }

    @Test("objects written in memory leave no file until copied into a pack, then git reads them")
    func inMemory() throws {
        let sandbox = try GitSandbox()
        let repository = try GitRepository(discoveringFrom: sandbox.path)
        try repository.writeObjectsInMemory()
        let blob = try repository.writeBlob(Array("ในหน่วยความจำ\n".utf8))
        let tree = try repository.writeTree(files: [("a/b.txt", blob)])
        let loose = sandbox.root.appendingPathComponent(".git/objects/\(blob.description.prefix(2))")
        #expect(!FileManager.default.fileExists(atPath: loose.path))
        #expect(try repository.rawObject(blob).type == .blob)
        let pack = try PackWriter(repository: repository)
        for id in [blob, tree, try repository.entry("a", in: tree)!.id] {
            let object = try repository.rawObject(id)
            try pack.add(object.bytes, type: object.type)
        }
        try pack.finish(refreshing: repository)
        #expect(try sandbox.git(["cat-file", "-p", "\(tree):a/b.txt"]) == "ในหน่วยความจำ\n")
    }
}
