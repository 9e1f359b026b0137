import Foundation
import ITAPlanCore
import ITAPlanGit

/// Puts the pre-commit hook in place, where git will run it: `core.hooksPath`
/// when set, else the repository's hooks folder. Someone else's hook is
/// never overwritten without `force`, and then it is kept as a backup.
public struct HookInstaller {
    public enum Outcome: Sendable, Equatable {
        case installed(path: String)
        /// An earlier itaplan hook was brought up to date.
        case updated(path: String)
        /// Another hook was there; it was moved to `backup`.
        case replaced(path: String, backup: String)

        /// What `itaplan hooks install` says it did (`init` words its own, `SetupMessage`).
        public func text(in language: Language) -> String {
            let th = language == .thai
            // The paths come from git config (core.hooksPath) and go to standard output.
            switch self {
            case .installed(let path):
                let path = SafeText.inline(path)
                return th ? "ติดตั้ง hook แล้ว: \(path)" : "installed \(path)"
            case .updated(let path):
                let path = SafeText.inline(path)
                return th ? "ปรับปรุง hook แล้ว: \(path)" : "updated \(path)"
            case .replaced(let path, let backup):
                let (path, backup) = (SafeText.inline(path), SafeText.inline(backup))
                return th ? "ติดตั้ง hook แล้ว: \(path) (hook เดิมเก็บไว้ที่ \(backup))"
                          : "installed \(path); the previous hook is kept as \(backup)"
            }
        }
    }

    public enum Failure: LocalizedFailure, Sendable, Equatable {
        case foreignHook(path: String)
        case bareRepository

        public func text(in language: Language) -> String {
            let th = language == .thai
            switch self {
            case .foreignHook(let path):
                return th ? "มี pre-commit hook อื่นอยู่แล้วที่ \(path) ใช้ --force เพื่อแทนที่ (hook เดิมจะถูกเก็บเป็น .before-itaplan)"
                          : "another pre-commit hook is already at \(path); use --force to replace it (the old one is kept as pre-commit.before-itaplan)"
            case .bareRepository:
                return th ? "repository แบบ bare ไม่มี hook สำหรับ commit" : "a bare repository has no commits to hook into"
            }
        }
    }

    let repository: GitRepository
    /// `HOME`, which a `core.hooksPath` of `~/…` is under (the caller reads
    /// the environment); nil leaves such a path as written.
    let home: String?

    public init(repository: GitRepository, home: String?) {
        self.repository = repository
        self.home = home
    }

    /// Where git looks for hooks in this repository.
    public func hooksDirectory() throws -> String {
        guard let workdir = repository.workingDirectory else { throw Failure.bareRepository }
        if let configured = try repository.configString("core.hooksPath"), !configured.isEmpty {
            let expanded = configured.hasPrefix("~/") ? home.map { $0 + configured.dropFirst(1) } ?? configured : configured
            return expanded.hasPrefix("/") ? expanded : workdir + expanded
        }
        return repository.commonDirectory + "hooks"
    }

    private static func isLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
    }

    public func install(invoking executable: String?, force: Bool) throws -> Outcome {
        let directory = try hooksDirectory()
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = (directory as NSString).appendingPathComponent("pre-commit")
        var outcome = Outcome.installed(path: path)
        var info = stat()
        if lstat(path, &info) == 0 {
            // A dangling link, a folder, a FIFO or an unreadable file is someone else's too.
            var target = stat()
            let regular = stat(path, &target) == 0 && target.st_mode & S_IFMT == S_IFREG
            let existing = regular ? FileManager.default.contents(atPath: path) : nil
            if let existing, String(decoding: existing, as: UTF8.self).contains(PreCommitHook.marker) {
                outcome = .updated(path: path)
            } else {
                guard force else { throw Failure.foreignHook(path: path) }
                // An earlier backup is someone's hook too: the next free name, never over it.
                var backup = path + ".before-itaplan"
                var number = 1
                while FileManager.default.fileExists(atPath: backup) || Self.isLink(backup) {
                    number += 1
                    backup = path + ".before-itaplan.\(number)"
                }
                try FileManager.default.moveItem(atPath: path, toPath: backup)
                outcome = .replaced(path: path, backup: backup)
            }
        }
        let script = PreCommitHook.script(invoking: executable)
        try Data(script.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        return outcome
    }
}
