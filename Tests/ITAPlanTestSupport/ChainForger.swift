import Foundation

/// Re-makes snapshot commits with git's own plumbing, as someone with write
/// access to a repository could: files replaced or added, other parents,
/// the original message, author and dates kept so that only what was
/// changed on purpose differs.
public struct ChainForger {
    public let sandbox: GitSandbox

    public init(_ sandbox: GitSandbox) {
        self.sandbox = sandbox
    }

    public func rev(_ revision: String) throws -> String {
        try sandbox.git(["rev-parse", revision]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The snapshot commits of the ref, newest first (by first parent, stopping at the source commits).
    public func chain(_ reference: String = "refs/itaplan/snapshots") throws -> [String] {
        var ids: [String] = []
        var next: String? = try rev(reference)
        while let id = next {
            guard (try? sandbox.git(["cat-file", "-e", "\(id):snapshot.json"])) != nil else { break }
            ids.append(id)
            next = try sandbox.git(["log", "-1", "--format=%P", id]).split(separator: " ").first
                .map { String($0).trimmingCharacters(in: .whitespacesAndNewlines) }
        }
        return ids
    }

    public func parents(_ commit: String) throws -> [String] {
        try sandbox.git(["log", "-1", "--format=%P", commit]).split(whereSeparator: \.isWhitespace).map(String.init)
    }

    /// A copy of `commit` with `files` replaced (nil removes), on `parents`
    /// (default: its own), with its message, author and dates.
    public func remake(_ commit: String, files: [String: String?] = [:], parents: [String]? = nil) throws -> String {
        let index = ".git/forge-index-\(UUID().uuidString)"
        let env = ["GIT_INDEX_FILE": index]
        try sandbox.git(["read-tree", "--index-output=\(index)", commit])
        for (path, contents) in files {
            if let contents {
                let blob = try sandbox.run("/bin/sh", ["-c", "printf '%s' \"$1\" | git hash-object -w --stdin", "sh", contents])
                    .stdout.trimmingCharacters(in: .whitespacesAndNewlines)
                try sandbox.git(["update-index", "--add", "--cacheinfo", "100644,\(blob),\(path)"], environment: env)
            } else {
                try sandbox.git(["update-index", "--force-remove", path], environment: env)
            }
        }
        let tree = try sandbox.git(["write-tree"], environment: env).trimmingCharacters(in: .whitespacesAndNewlines)
        try? FileManager.default.removeItem(at: sandbox.root.appendingPathComponent(index))
        let message = sandbox.root.appendingPathComponent(".git/forge-message")
        let raw = try sandbox.git(["cat-file", "commit", commit])
        let body = raw.range(of: "\n\n").map { String(raw[$0.upperBound...]) } ?? ""
        try body.write(to: message, atomically: true, encoding: .utf8)
        let dates = try sandbox.git(["log", "-1", "--format=%an%n%ae%n%ad%n%cn%n%ce%n%cd", "--date=raw", commit])
            .split(separator: "\n").map(String.init)
        let identity = [
            "GIT_AUTHOR_NAME": dates[0], "GIT_AUTHOR_EMAIL": dates[1], "GIT_AUTHOR_DATE": dates[2],
            "GIT_COMMITTER_NAME": dates[3], "GIT_COMMITTER_EMAIL": dates[4], "GIT_COMMITTER_DATE": dates[5],
        ]
        let parentArguments = try (parents ?? self.parents(commit)).flatMap { ["-p", $0] }
        return try sandbox.git(["commit-tree", tree] + parentArguments + ["-F", message.path], environment: identity)
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Moves the ref as `git update-ref` does (logged in the reflog when it exists).
    public func point(_ commit: String, reference: String = "refs/itaplan/snapshots") throws {
        try sandbox.git(["update-ref", reference, commit])
    }

    /// The text of a file in a commit.
    public func show(_ commit: String, _ path: String) throws -> String {
        try sandbox.git(["show", "\(commit):\(path)"])
    }
}
