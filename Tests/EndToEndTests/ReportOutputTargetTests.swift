import Foundation
import ITAPlanTestSupport
import Testing

/// `report -o PATH` whatever is at PATH: a folder, a device, a link. The
/// report is renamed into place only over a regular file.
@Suite("report --output onto folders, devices and links")
struct ReportOutputTargetTests {
    /// A folder with `count` copies of the seed plan in plans/.
    private func plans(_ count: Int) throws -> URL {
        let directory = try Fixtures.temporaryDirectory("report-output")
        let folder = directory.appendingPathComponent("plans")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let seed = try String(contentsOf: Fixtures.seedPlan, encoding: .utf8)
        for index in 0..<count {
            try seed.write(to: folder.appendingPathComponent("p\(index).yaml"), atomically: true, encoding: .utf8)
        }
        return directory
    }

    @Test("-o naming a folder: refused, the folder and its files kept (the many-plan dashboard deleted it)",
          arguments: [1, 24])
    func folderKept(plans count: Int) throws {
        let directory = try plans(count)
        defer { try? FileManager.default.removeItem(at: directory) }
        let folder = directory.appendingPathComponent("precious")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "my work\n".write(to: folder.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let run = try BinaryRunner.run(["report", "--format", "html", "--as-of", "2021-03-31", "-o", "precious", "--lang", "en"],
                                       in: directory)
        #expect(run.status == 2)
        #expect(run.stderr.contains("itaplan: precious: cannot write: it is a folder"), "\(run.stderr)")
        #expect(try String(contentsOf: folder.appendingPathComponent("notes.txt"), encoding: .utf8) == "my work\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["notes.txt"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["plans", "precious"])
    }

    @Test("-o a character device (our own /dev/null, as root): written into, never replaced by a file",
          .enabled(if: geteuid() == 0, "mknod needs root"), arguments: [1, 24])
    func deviceWrittenInto(plans count: Int) throws {
        let directory = try plans(count)
        defer { try? FileManager.default.removeItem(at: directory) }
        let device = directory.appendingPathComponent("null").path
        #expect(mknod(device, S_IFCHR | 0o666, dev_t(0x0103)) == 0)
        let run = try BinaryRunner.run(["report", "--format", "html", "--as-of", "2021-03-31", "-o", "null"], in: directory)
        #expect(run.status == 0, "\(run.stderr)")
        var info = stat()
        #expect(lstat(device, &info) == 0)
        #expect(info.st_mode & S_IFMT == S_IFCHR, "the device was replaced by a file")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["null", "plans"])
    }

    @Test("-o a link to a report: the file it leads to is replaced with its permissions, the link stays",
          arguments: [1, 24])
    func linkFollowed(plans count: Int) throws {
        let directory = try plans(count)
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("real.html")
        try "old\n".write(to: target, atomically: true, encoding: .utf8)
        #expect(chmod(target.path, 0o640) == 0)
        let link = directory.appendingPathComponent("report.html")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "real.html")
        let run = try BinaryRunner.run(["report", "--format", "html", "--as-of", "2021-03-31", "-o", "report.html"], in: directory)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "real.html")
        #expect(try String(contentsOf: target, encoding: .utf8).contains("<html"))
        #expect((try FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions] as? Int) == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["plans", "real.html", "report.html"])
    }
}
