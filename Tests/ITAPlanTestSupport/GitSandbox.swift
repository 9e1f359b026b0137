import Foundation

/// A real git repository in a temporary folder, driven by the git CLI with
/// a fixed identity and no global configuration, for tests.
public final class GitSandbox: Sendable {
    public let root: URL
    public var path: String { root.path }

    /// Environment for git and itaplan: a fixed identity and clock-free config.
    public static let environment: [String: String] = [
        "GIT_CONFIG_GLOBAL": "/dev/null",
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "สมชาย ใจดี",
        "GIT_AUTHOR_EMAIL": "somchai@example.go.th",
        "GIT_COMMITTER_NAME": "สมชาย ใจดี",
        "GIT_COMMITTER_EMAIL": "somchai@example.go.th",
        "GIT_AUTHOR_DATE": "2021-03-31T10:00:00+07:00",
        "GIT_COMMITTER_DATE": "2021-03-31T10:00:00+07:00",
    ]

    /// A new repository; `name` may hold Thai letters and spaces.
    public init(name: String = "repo", bare: Bool = false) throws {
        root = try Fixtures.temporaryDirectory("git-sandbox").appendingPathComponent(name)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try git(bare ? ["init", "-q", "--bare", "-b", "main"] : ["init", "-q", "-b", "main"])
        try git(["config", "user.name", "สมชาย ใจดี"])
        try git(["config", "user.email", "somchai@example.go.th"])
    }

    /// Wraps an existing folder (a clone made by another sandbox command).
    public init(existing: URL) {
        root = existing
    }

    deinit {
        try? FileManager.default.removeItem(at: root.deletingLastPathComponent())
    }

    /// Runs git in the repository; throws with git's stderr when it fails.
    @discardableResult
    public func git(_ arguments: [String], environment extra: [String: String] = [:]) throws -> String {
        let result = try run("/usr/bin/env", ["git"] + arguments, environment: extra)
        guard result.status == 0 else {
            throw SandboxError(command: "git " + arguments.joined(separator: " "), output: result.stderr + result.stdout)
        }
        return result.stdout
    }

    /// Runs the built itaplan in the repository.
    public func itaplan(_ arguments: [String], environment extra: [String: String] = [:]) throws -> BinaryRunner.Output {
        try BinaryRunner.run(arguments, in: root, environment: Self.environment.merging(extra) { $1 })
    }

    public func write(_ relativePath: String, _ contents: String) throws {
        let url = root.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try contents.write(to: url, atomically: true, encoding: .utf8)
    }

    /// Adds everything and commits; returns the new commit's id.
    @discardableResult
    public func commitAll(_ message: String, environment extra: [String: String] = [:]) throws -> String {
        try git(["add", "-A"])
        try git(["commit", "-q", "--no-verify", "-m", message], environment: extra)
        return try git(["rev-parse", "HEAD"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    public func run(_ executable: String, _ arguments: [String],
                    environment extra: [String: String] = [:]) throws -> BinaryRunner.Output {
        try ProcessRunner.run(URL(fileURLWithPath: executable), arguments, in: root,
                              environment: ProcessInfo.processInfo.environment
                                  .merging(Self.environment) { $1 }.merging(extra) { $1 })
    }

    public struct SandboxError: Error, CustomStringConvertible {
        public let command: String
        public let output: String
        public var description: String { "\(command) failed: \(output)" }
    }
}
