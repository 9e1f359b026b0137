import Foundation
import ITAPlanRecord
import ITAPlanTestSupport
import Testing

@Suite("Atomic replacement of a plan file")
struct AtomicFileTests {
    @Test("a file changed since it was read is not overwritten, and no temporary file is left")
    func changedMeanwhile() throws {
        let folder = try Fixtures.temporaryDirectory("atomic")
        let path = folder.appendingPathComponent("plan.yaml").path
        try Data("edited by someone else\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: AtomicFile.Failure.changedMeanwhile(path: path)) {
            try AtomicFile.replace(path, with: Array("new\n".utf8), expecting: Array("as read\n".utf8))
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "edited by someone else\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["plan.yaml"])
    }

    @Test("a FIFO or a folder is not replaced", arguments: ["fifo", "folder"])
    func notRegular(kind: String) throws {
        let folder = try Fixtures.temporaryDirectory("atomic")
        let path = folder.appendingPathComponent("plan.yaml").path
        if kind == "fifo" { #expect(mkfifo(path, 0o644) == 0) } else { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false) }
        #expect(throws: AtomicFile.Failure.notRegular(path: path)) {
            try AtomicFile.replace(path, with: Array("x".utf8), expecting: [])
        }
    }

    @Test("the new bytes replace the old exactly")
    func replaces() throws {
        let folder = try Fixtures.temporaryDirectory("atomic")
        let path = folder.appendingPathComponent("plan.yaml").path
        try Data("old\r\n".utf8).write(to: URL(fileURLWithPath: path))
        try AtomicFile.replace(path, with: Array("old\r\nnew\r\n".utf8), expecting: Array("old\r\n".utf8))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("old\r\nnew\r\n".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["plan.yaml"])
    }

    @Test("a read-only file (mode 0444) is left as it is, even for root, with a message saying so",
          arguments: [0o444, 0o400])
    func readOnly(mode: Int) throws {
        let folder = try Fixtures.temporaryDirectory("atomic")
        let path = folder.appendingPathComponent("plan.yaml").path
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(chmod(path, mode_t(mode)) == 0)
        #expect(throws: AtomicFile.Failure.readOnly(path: path)) {
            try AtomicFile.replace(path, with: Array("new\n".utf8), expecting: Array("old\n".utf8))
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old\n")
        #expect(AtomicFile.Failure.readOnly(path: path).text(in: .english).contains("read-only"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["plan.yaml"])
    }

    @Test("a second writer waits for the first's lock, then finds the file changed: never two 'recorded' and one lost")
    func concurrentWriterWaits() async throws {
        let folder = try Fixtures.temporaryDirectory("atomic")
        let path = folder.appendingPathComponent("plan.yaml").path
        try Data("as read\n".utf8).write(to: URL(fileURLWithPath: path))
        // Another itaplan, between its check and its rename, holds the lock on the file.
        let held = open(path, O_RDONLY)
        #expect(held >= 0 && flock(held, LOCK_EX) == 0)
        let second = Task.detached { () -> AtomicFile.Failure? in
            do {
                try AtomicFile.replace(path, with: Array("as read\nsecond\n".utf8), expecting: Array("as read\n".utf8))
                return nil
            } catch let failure as AtomicFile.Failure {
                return failure
            } catch {
                return .cannotWrite(path: path, reason: "\(error)")
            }
        }
        try await Task.sleep(nanoseconds: 300_000_000)
        // The first writer's rename lands, then it lets go.
        let temporary = folder.appendingPathComponent(".first").path
        try Data("as read\nfirst\n".utf8).write(to: URL(fileURLWithPath: temporary))
        #expect(rename(temporary, path) == 0)
        close(held)
        let failure = await second.value
        #expect(failure == AtomicFile.Failure.changedMeanwhile(path: path))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "as read\nfirst\n")
    }
}
