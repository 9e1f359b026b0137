import CLibGit2
import Foundation

/// A repository itaplan cannot read: its objects are named by another hash.
public struct UnsupportedObjectFormat: Error, Sendable, Equatable {
    public let format: String

    public init(format: String) {
        self.format = format
    }
}

extension GitRepository {
    /// Throws when the repository at `gitDirectory` names its objects with
    /// another hash than SHA-1 (`git init --object-format=sha256`).
    static func checkObjectFormat(gitDirectory: String) throws {
        for folder in [gitDirectory, commonDirectory(of: gitDirectory)] {
            var config: OpaquePointer?
            guard git_config_open_ondisk(&config, folder + "config") == 0 else { continue }
            defer { git_config_free(config) }
            // git_config_get_string reads only snapshots; a file opened on disk takes a buffer.
            var value = git_buf()
            defer { git_buf_dispose(&value) }
            guard git_config_get_string_buf(&value, config, "extensions.objectformat") == 0, let text = value.ptr else {
                continue
            }
            let format = String(cString: text).lowercased()
            if format != "sha1" { throw UnsupportedObjectFormat(format: format) }
        }
    }

    /// A linked worktree's shared folder, from its `commondir` file.
    private static func commonDirectory(of gitDirectory: String) -> String {
        guard let text = try? String(contentsOfFile: gitDirectory + "commondir", encoding: .utf8) else {
            return gitDirectory
        }
        let relative = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let path = relative.hasPrefix("/") ? relative : gitDirectory + relative
        return path.hasSuffix("/") ? path : path + "/"
    }

    /// The git folder for `path`, found as git finds it (a `.git` folder or
    /// `gitdir:` file, or a bare repository), searching upwards; used only
    /// after libgit2 refused to open it, to say why.
    static func discover(_ path: String) -> String? {
        let files = FileManager.default
        var folder = URL(fileURLWithPath: path).standardizedFileURL
        while true {
            let dotGit = folder.appendingPathComponent(".git")
            var isFolder: ObjCBool = false
            if files.fileExists(atPath: dotGit.path, isDirectory: &isFolder) {
                if isFolder.boolValue { return dotGit.path + "/" }
                if let text = try? String(contentsOf: dotGit, encoding: .utf8), text.hasPrefix("gitdir: ") {
                    let target = text.dropFirst(8).trimmingCharacters(in: .whitespacesAndNewlines)
                    let resolved = target.hasPrefix("/") ? target : folder.appendingPathComponent(target).path
                    return resolved.hasSuffix("/") ? resolved : resolved + "/"
                }
            }
            if files.fileExists(atPath: folder.appendingPathComponent("HEAD").path),
               files.fileExists(atPath: folder.appendingPathComponent("config").path),
               files.fileExists(atPath: folder.appendingPathComponent("objects").path) {
                return folder.path + "/"
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }

    /// How this repository asks for writes to be flushed (`core.fsync`).
    public func fsyncPolicy() throws -> FsyncPolicy {
        FsyncPolicy(coreFsync: try configString("core.fsync"),
                    fsyncObjectFiles: try configBool("core.fsyncObjectFiles") ?? false)
    }

    /// A boolean configuration value as git reads it (`true`, `yes`, `on`, `1`…), or nil.
    public func configBool(_ key: String) throws -> Bool? {
        var config: OpaquePointer?
        try LibGit2.check(git_repository_config_snapshot(&config, handle), "git_repository_config_snapshot")
        defer { git_config_free(config) }
        var value: Int32 = 0
        let code = git_config_get_bool(&value, config, key)
        if code == GIT_ENOTFOUND.rawValue { return nil }
        try LibGit2.check(code, "git_config_get_bool")
        return value != 0
    }
}
