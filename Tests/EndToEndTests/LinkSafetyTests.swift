import Foundation
import ITAPlanTestSupport
import Testing

/// Symbolic links and special files among the plans: never followed out of
/// the repository, never read, never printed, and each one reported.
@Suite("links and special files among the plans, end to end")
struct LinkSafetyTests {
    static let secret = "s3cr3t-token-do-not-print"

    static let commands: [[String]] = [
        ["validate"], ["validate", "--format", "json"], ["validate", "--format", "github"],
        ["status"], ["status", "--format", "json"], ["status", "--format", "markdown"],
        ["status", "--format", "csv"], ["status", "--format", "summary"],
        ["report"], ["report", "--format", "html"], ["report", "--format", "json"], ["report", "--format", "print"],
    ]

    /// A plans folder holding a valid plan, a link to a secret file outside
    /// it, a link to /proc/self/environ and a FIFO.
    private func hostileFolder(in root: URL, secretFile: URL) throws -> URL {
        let plans = root.appendingPathComponent("plans")
        try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.seedPlan, to: plans.appendingPathComponent("pho-hak-2564.yaml"))
        try "token: \(Self.secret)\n".write(to: secretFile, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: plans.appendingPathComponent("credentials.yaml").path,
                                                   withDestinationPath: secretFile.path)
        try FileManager.default.createSymbolicLink(atPath: plans.appendingPathComponent("environ.yaml").path,
                                                   withDestinationPath: "/proc/self/environ")
        #expect(mkfifo(plans.appendingPathComponent("pipe.yaml").path, 0o644) == 0)
        return plans
    }

    private func checkEveryOutput(in directory: URL) throws {
        for command in Self.commands {
            let dated = command.first == "validate" ? command : command + ["--as-of", "2021-03-31"]
            let result = try BinaryRunner.run(dated, in: directory,
                                              environment: ["ITAPLAN_TEST_SECRET": Self.secret])
            let output = result.stdout + result.stderr
            #expect(!output.contains(Self.secret), "\(command) printed the secret")
            #expect(!output.contains("ITAPLAN_TEST_SECRET"), "\(command) printed the environment")
            #expect(result.status == 1, "\(command): \(result.status) \(result.stderr)")
            if command.first == "validate" {
                for name in ["credentials.yaml", "environ.yaml", "pipe.yaml"] {
                    #expect(output.contains("plans/\(name)"), "\(command) does not name \(name)")
                }
            }
        }
        let text = try BinaryRunner.run(["validate"], in: directory)
        #expect(text.stdout.contains("plans/credentials.yaml:1:1: error: [file-not-regular] this path is a symbolic link leading out of the repository"))
        #expect(text.stdout.contains("plans/environ.yaml:1:1: error: [file-not-regular] this path is a symbolic link leading out"))
        #expect(text.stdout.contains("plans/pipe.yaml:1:1: error: [file-not-regular] this is not a regular file (it is a FIFO)"))
        #expect(text.stdout.hasSuffix("4 plan files checked: 3 errors, 0 warnings\n"))
    }

    @Test("in a git working tree: links out of the repository and a FIFO, through validate, status and report")
    func inRepository() throws {
        let sandbox = try GitSandbox()
        let outside = sandbox.root.deletingLastPathComponent().appendingPathComponent("credentials")
        _ = try hostileFolder(in: sandbox.root, secretFile: outside)
        try checkEveryOutput(in: sandbox.root)
    }

    @Test("outside any repository: links out of the plan folder are refused the same way")
    func outsideRepository() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let work = directory.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        _ = try hostileFolder(in: work, secretFile: directory.appendingPathComponent("credentials"))
        try checkEveryOutput(in: work)
    }

    @Test("a link that stays inside the repository is followed; one into .git is not")
    func insideRepository() throws {
        let sandbox = try GitSandbox()
        try sandbox.write("plans/2564/pho-hak-2564.yaml", try String(contentsOf: Fixtures.seedPlan, encoding: .utf8))
        try FileManager.default.createSymbolicLink(atPath: sandbox.path + "/plans/current.yaml",
                                                   withDestinationPath: "2564/pho-hak-2564.yaml")
        try FileManager.default.createSymbolicLink(atPath: sandbox.path + "/plans/config.yaml",
                                                   withDestinationPath: "../.git/config")
        let result = try sandbox.itaplan(["validate"])
        #expect(result.stdout.contains("plans/config.yaml:1:1: error: [file-not-regular]"))
        #expect(!result.stdout.contains("repositoryformatversion"))
        #expect(!result.stdout.contains("plans/current.yaml"), "\(result.stdout)")
        // The link and the plan it leads to are one file, so one plan (status totals counted it twice).
        #expect(result.stdout.hasSuffix("2 plan files checked: 1 error, 0 warnings\n"), "\(result.stdout)")
    }

    @Test("outside a repository, a link inside the folder given is followed, one out of it is not")
    func folderGiven() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let plans = directory.appendingPathComponent("plans")
        try FileManager.default.createDirectory(at: plans.appendingPathComponent("2564"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.seedPlan, to: plans.appendingPathComponent("pho-hak-2564.yaml"))
        try FileManager.default.createSymbolicLink(atPath: plans.path + "/2564/current.yaml", withDestinationPath: "../pho-hak-2564.yaml")
        try "token: \(Self.secret)\n".write(to: directory.appendingPathComponent("outside.yaml"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: plans.path + "/2564/outside.yaml", withDestinationPath: "../../outside.yaml")
        let result = try BinaryRunner.run(["validate", "plans"], in: directory)
        #expect(result.stdout.contains("plans/2564/outside.yaml:1:1: error: [file-not-regular]"))
        #expect(!result.stdout.contains("plans/2564/current.yaml"), "\(result.stdout)")
        #expect(!result.stdout.contains(Self.secret))
        #expect(result.stdout.hasSuffix("2 plan files checked: 1 error, 0 warnings\n"), "\(result.stdout)")
    }

    @Test("a plans folder that is itself a link out of the repository is refused, named, unread")
    func linkedPlansFolder() throws {
        let sandbox = try GitSandbox()
        let outside = sandbox.root.deletingLastPathComponent().appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try "token: \(Self.secret)\n".write(to: outside.appendingPathComponent("secret.yaml"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: sandbox.path + "/plans", withDestinationPath: outside.path)
        try FileManager.default.createDirectory(atPath: sandbox.path + "/more", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: sandbox.path + "/more/linked", withDestinationPath: outside.path)
        for arguments in [["validate"], ["validate", "plans/secret.yaml"], ["validate", "more"],
                          ["status", "--as-of", "2021-03-31"], ["report", "--as-of", "2021-03-31"]] {
            let result = try sandbox.itaplan(arguments)
            #expect(result.status == 1, "\(arguments): \(result.status) \(result.stderr)")
            #expect(!(result.stdout + result.stderr).contains(Self.secret), "\(arguments) printed the secret")
            #expect((result.stdout + result.stderr).contains("error: [file-not-regular] this path is a symbolic link leading out"),
                    "\(arguments): \(result.stdout)")
        }
    }

    @Test("a plan path longer than PATH_MAX is reported, not skipped")
    func pathTooLong() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // Build the deep folder relative to itself: no single path call exceeds PATH_MAX.
        let component = String(repeating: "ก", count: 80)  // 240 bytes
        var deep = directory.appendingPathComponent("plans")
        try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)
        let previous = FileManager.default.currentDirectoryPath
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        #expect(FileManager.default.changeCurrentDirectoryPath(deep.path))
        for _ in 0..<20 {
            #expect(mkdir(component, 0o755) == 0)
            #expect(chdir(component) == 0)
            deep.appendPathComponent(component)
        }
        try "schema: 1\n".write(toFile: "plan.yaml", atomically: false, encoding: .utf8)
        _ = FileManager.default.changeCurrentDirectoryPath(previous)
        let result = try BinaryRunner.run(["validate"], in: directory)
        #expect(result.status != 0)
        #expect(result.stdout.contains("plan.yaml:1:1: error: [file-not-regular] the path is longer than the operating system accepts"),
                "\(result.stdout.suffix(300)) \(result.stderr.suffix(300))")
        // Remove the deep tree relative to itself again.
        _ = try ProcessRunner.run(command: "rm", ["-rf", "plans"], in: directory)
    }

    @Test("a plan beside the repository one is in, named ../other/plan.yaml, is read, not taken for a link out")
    func parentRelativePath() throws {
        let root = try Fixtures.temporaryDirectory("parent-relative")
        defer { try? FileManager.default.removeItem(at: root) }
        let repository = root.appendingPathComponent("repo")
        try FileManager.default.createDirectory(at: repository.appendingPathComponent(".git"), withIntermediateDirectories: true)
        let other = root.appendingPathComponent("other")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.seedPlan, to: other.appendingPathComponent("plan.yaml"))
        let result = try BinaryRunner.run(["validate", "../other/plan.yaml", "--lang", "en"], in: repository)
        #expect(result.status == 0, "\(result.stdout)")
        #expect(!result.stdout.contains("file-not-regular"), "\(result.stdout)")
    }
}
