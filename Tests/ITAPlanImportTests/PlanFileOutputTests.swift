import Foundation
import ITAPlanCore
import ITAPlanImport
import ITAPlanTestSupport
import Testing

/// `import --output`: a new file, never a folder, an existing file only when asked.
@Suite("plan file output")
struct PlanFileOutputTests {
    @Test("an existing file is kept unless replacing; a folder never written; each refusal worded in both languages")
    func refusals() throws {
        let directory = try Fixtures.temporaryDirectory("plan-output")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("plan.yaml").path
        try PlanFileOutput.write("schema: 1\n", to: path, replacing: false)
        #expect(throws: PlanFileOutput.Failure.exists(path: path)) {
            try PlanFileOutput.write("schema: 2\n", to: path, replacing: false)
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "schema: 1\n")
        try PlanFileOutput.write("schema: 2\n", to: path, replacing: true)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "schema: 2\n")
        #expect(throws: PlanFileOutput.Failure.isFolder(path: directory.path)) {
            try PlanFileOutput.write("schema: 1\n", to: directory.path, replacing: true)
        }
        for failure in [PlanFileOutput.Failure.exists(path: "p.yaml"), .isFolder(path: "p.yaml")] {
            let thai = FailureText.text(for: failure, in: .thai)
            let english = FailureText.text(for: failure, in: .english)
            #expect(thai != english && thai.contains("p.yaml") && english.contains("p.yaml"))
            #expect(thai.unicodeScalars.contains { (0x0E00...0x0E7F).contains($0.value) })
        }
    }

    @Test("--force never replaces a FIFO, a device or a dangling link with a file; a link to a file stays a link, the file keeps its mode",
          arguments: ["fifo", "device", "dangling"])
    func specialFilesNotReplaced(kind: String) throws {
        let directory = try Fixtures.temporaryDirectory("plan-output")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("out.yaml").path
        switch kind {
        case "fifo": #expect(mkfifo(path, 0o644) == 0)
        case "device":
            // A /dev/null of our own (character device 1,3), so that a failure harms nothing. Needs root.
            guard mknod(path, S_IFCHR | 0o644, dev_t(0x0103)) == 0 else { return }
        default: try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "nowhere.yaml")
        }
        #expect(throws: PlanFileOutput.Failure.self) {
            try PlanFileOutput.write("schema: 1\n", to: path, replacing: true)
        }
        var info = stat()
        #expect(lstat(path, &info) == 0)
        let expected: mode_t = kind == "fifo" ? S_IFIFO : kind == "device" ? S_IFCHR : S_IFLNK
        #expect(info.st_mode & S_IFMT == expected, "\(kind) was replaced")
        let text = FailureText.text(for: PlanFileOutput.Failure.notRegular(path: "out.yaml", kind: "FIFO"), in: .english)
        #expect(text.contains("not a regular file (a FIFO), so it is not replaced, even with --force"))
    }

    @Test("--force through a link replaces the file it leads to, keeps the link and the file's permissions")
    func linkFollowed() throws {
        let directory = try Fixtures.temporaryDirectory("plan-output")
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("real.yaml").path
        let link = directory.appendingPathComponent("link.yaml").path
        try "old\n".write(toFile: target, atomically: true, encoding: .utf8)
        #expect(chmod(target, 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.yaml")
        try PlanFileOutput.write("schema: 1\n", to: link, replacing: true)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real.yaml")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "schema: 1\n")
        #expect((try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int) == 0o600)
    }
}
