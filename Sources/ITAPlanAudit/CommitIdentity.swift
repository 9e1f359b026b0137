import Foundation
import ITAPlanCore
import ITAPlanGit

/// Who a commit is made as: GIT_AUTHOR_* / GIT_COMMITTER_* from the
/// environment the caller passes, as git does, else user.name and
/// user.email from git config; at the instant and in the zone the caller
/// passes (the executable: now, on this machine).
public enum CommitIdentity {
    public struct Missing: LocalizedFailure, Equatable {
        /// The git config key that has no value.
        public let missing: String

        public init(missing: String) {
            self.missing = missing
        }

        public func text(in language: Language) -> String {
            language.pick(
                th: "ไม่รู้ว่าใครเป็นผู้ commit: ตั้ง git config user.name และ user.email (หรือ GIT_AUTHOR_NAME / GIT_AUTHOR_EMAIL) ขาด \(missing)",
                en: "no git identity to commit as: set git config user.name and user.email (or GIT_AUTHOR_NAME / GIT_AUTHOR_EMAIL); missing \(missing)")
        }
    }

    public static func signatures(for repository: GitRepository, environment: [String: String], at now: Date,
                                  in timeZone: TimeZone) throws -> (author: Signature, committer: Signature) {
        let offset = timeZone.secondsFromGMT(for: now) / 60
        func value(_ variable: String, _ key: String) throws -> String {
            if let set = environment[variable], !set.isEmpty { return set }
            if let configured = try repository.configString(key), !configured.isEmpty { return configured }
            throw Missing(missing: key)
        }
        let author = Signature(name: try value("GIT_AUTHOR_NAME", "user.name"),
                               email: try value("GIT_AUTHOR_EMAIL", "user.email"), time: now, offsetMinutes: offset)
        let committer = Signature(name: try value("GIT_COMMITTER_NAME", "user.name"),
                                  email: try value("GIT_COMMITTER_EMAIL", "user.email"), time: now, offsetMinutes: offset)
        return (author, committer)
    }
}
