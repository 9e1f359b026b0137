import Foundation
import ITAPlanCore
import ITAPlanTestSupport
import ITAPlanYAML
import Testing

/// Hostile and broken files: each gives one clear, located finding (or a
/// clear I/O error), never a crash or a hang.
@Suite("Hostile input")
struct HostileInputTests {
    private func only(_ checked: CheckedPlan) -> ExpectedFinding? {
        checked.positions.count == 1 ? checked.positions[0] : nil
    }

    @Test("a billion-laughs alias bomb")
    func aliasBomb() {
        var bomb = "schema: 1\nlol: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        for (index, name) in "bcdefghi".enumerated() {
            let previous = index == 0 ? "a" : String(Array("bcdefghi")[index - 1])
            bomb += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
        }
        #expect(only(Fixtures.check(bomb)) == ExpectedFinding(rule: "yaml-alias-bomb", line: 6, column: 8))
    }

    @Test("nesting thousands deep, in flow and in block style")
    func deepNesting() {
        let flow = "schema: 1\nx: " + String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000) + "\n"
        #expect(only(Fixtures.check(flow)) == ExpectedFinding(rule: "yaml-too-deep", line: 2, column: 67))
        let block = (0..<3_000).map { String(repeating: " ", count: $0) + "k\($0):" }.joined(separator: "\n") + " 1\n"
        #expect(only(Fixtures.check(block)) == ExpectedFinding(rule: "yaml-too-deep", line: 65, column: 65))
    }

    @Test("a 50 MB file is refused unread, from disk")
    func fiftyMegabytes() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("huge.yaml")
        #expect(FileManager.default.createFile(atPath: file.path, contents: nil))
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: 50 << 20)
        try handle.close()
        let source = try FileReading.read(path: file.path, maxBytes: YAMLLimits.default.maxBytes)
        #expect(source.text.bytes.isEmpty)
        #expect(source.size == 50 << 20)
        #expect(only(Fixtures.checker.check(source)) == ExpectedFinding(rule: "file-too-large", line: 1, column: 1))
    }

    @Test("invalid UTF-8, located at the bad byte")
    func invalidUTF8() {
        let bytes = Array("schema: 1\nagency:\n  name: caf".utf8) + [0xE9] + Array("\n".utf8)
        #expect(only(Fixtures.check(bytes: bytes)) == ExpectedFinding(rule: "file-encoding", line: 3, column: 12))
    }

    @Test("a UTF-8 byte order mark: the plan still validates and columns stay right")
    func byteOrderMark() throws {
        let plan = try Fixtures.text("valid/minimal.yaml")
        #expect(Fixtures.check(bytes: [0xEF, 0xBB, 0xBF] + Array(plan.utf8)).findings.isEmpty)
        let broken = plan.replacingOccurrences(of: "schema: 1", with: "schema: ๒")
        #expect(only(Fixtures.check(bytes: [0xEF, 0xBB, 0xBF] + Array(broken.utf8)))
            == ExpectedFinding(rule: "schema-version", line: 2, column: 9))
    }

    @Test("CRLF line ends: the plan still validates and lines stay right")
    func crlf() throws {
        let plan = try Fixtures.text("valid/minimal.yaml").replacingOccurrences(of: "\n", with: "\r\n")
        #expect(Fixtures.check(plan).findings.isEmpty)
        let broken = plan.replacingOccurrences(of: "score: 87.68", with: "score: 187.68")
        #expect(only(Fixtures.check(broken)) == ExpectedFinding(rule: "score-range", line: 18, column: 38))
    }

    @Test("tab indentation: a syntax finding with a hint about tabs")
    func tabs() throws {
        let checked = Fixtures.check("schema: 1\nagency:\n\tname: x\n")
        #expect(checked.positions == [ExpectedFinding(rule: "yaml-syntax", line: 3, column: 1)])
        #expect(checked.findings.first?.notes.map(\.message) == [.hintTabs])
    }

    @Test("a binary file")
    func binary() {
        let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]
        #expect(only(Fixtures.check(bytes: zip)) == ExpectedFinding(rule: "file-binary", line: 1, column: 6))
    }

    @Test("an empty file, and one with only comments")
    func empty() {
        #expect(only(Fixtures.check("")) == ExpectedFinding(rule: "file-empty", line: 1, column: 1))
        #expect(only(Fixtures.check("# todo\n")) == ExpectedFinding(rule: "file-empty", line: 1, column: 1))
    }

    @Test("a top-level list instead of a mapping")
    func topLevelList() {
        let checked = Fixtures.check("- schema: 1\n- agency: x\n")
        #expect(only(checked) == ExpectedFinding(rule: "type", line: 1, column: 1))
        #expect(checked.findings.first?.message == .wrongType(key: "plan", expected: .mapping, found: .list))
    }

    @Test("a directory with unreadable entries: each is an I/O error or a finding, the rest are checked")
    func unreadableEntries() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.copyItem(at: Fixtures.url("valid/minimal.yaml"),
                                         to: directory.appendingPathComponent("good.yaml"))
        // A FIFO would block a naive reader forever.
        #expect(mkfifo(directory.appendingPathComponent("pipe.yaml").path, 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("dangling.yaml").path,
                                                   withDestinationPath: "/nonexistent/plan.yaml")
        let locked = directory.appendingPathComponent("locked.yaml")
        try "schema: 1\n".write(to: locked, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked.path)

        let discovery = PlanDiscovery.discover([directory.path])
        #expect(discovery.errors.count == 1)
        let results = Fixtures.checker.check(paths: discovery.files)
        let failures = results.compactMap { result -> ITAPlanError? in
            if case .failure(let error) = result { return error } else { return nil }
        }
        let checked = results.compactMap { try? $0.get() }
        // The FIFO is refused unopened-for-reading with a finding of its own.
        let pipe = try #require(checked.first { $0.source.path.hasSuffix("pipe.yaml") })
        #expect(pipe.findings.map(\.rule) == [.fileNotRegular])
        #expect(pipe.findings.first?.message == .fileNotRead(.notRegularFile(kind: "FIFO")))
        #expect(checked.contains { $0.source.path.hasSuffix("good.yaml") && $0.findings.isEmpty })
        // Root reads anything; only an unprivileged run can see the permission error.
        if geteuid() != 0 {
            #expect(failures.contains { $0 == .cannotRead(path: locked.path, reason: "Permission denied") })
        }
    }

    @Test("a path that does not exist, and a folder with no plans")
    func missingPaths() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(PlanDiscovery.discover(["/nonexistent/plans"]).errors == [.notFound(path: "/nonexistent/plans")])
        #expect(PlanDiscovery.discover([directory.path]).errors == [.noPlans(path: directory.path)])
    }
}
