import Foundation
import ITAPlanGit

/// Who snapshots are committed as: GIT_AUTHOR_* / GIT_COMMITTER_* from the
/// environment, as git does, else user.name and user.email from git config;
/// the time is now, in this machine's time zone.
enum Identity {
    struct Missing: Error {
        let missing: String
    }

    static func signatures(for repository: GitRepository) throws -> (author: Signature, committer: Signature) {
        let environment = Console.environment
        let now = Date()
        let offset = TimeZone.current.secondsFromGMT(for: now) / 60
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
