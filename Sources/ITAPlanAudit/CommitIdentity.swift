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

    /// A name or e-mail git cannot write into a commit: libgit2 refuses `<`
    /// and `>` (they delimit the e-mail in the commit header), and a control
    /// character (a line break, NUL, an escape) would corrupt the header or
    /// hide text on a terminal. Said before any commit is attempted, naming
    /// the value and where it came from.
    public struct Unusable: LocalizedFailure, Equatable {
        public enum Reason: Sendable, Equatable, CaseIterable {
            case angleBracket, controlCharacter
        }

        /// Where the value was read: a git config key or an environment variable.
        public enum Origin: Sendable, Equatable {
            case config(String)
            case environment(String)
        }

        public let origin: Origin
        public let value: String
        public let reason: Reason

        public init(origin: Origin, value: String, reason: Reason) {
            self.origin = origin
            self.value = value
            self.reason = reason
        }

        public func text(in language: Language) -> String {
            let shown = "'" + SafeText.inline(value) + "'"
            let place: String
            switch origin {
            case .config(let key): place = language.pick(th: "git config \(key)", en: "git config \(key)")
            case .environment(let name): place = language.pick(th: "ตัวแปรแวดล้อม \(name)", en: "the environment variable \(name)")
            }
            switch reason {
            case .angleBracket:
                return language.pick(
                    th: "\(place) เป็น \(shown) ซึ่งใช้เป็นชื่อหรืออีเมลของผู้ commit ไม่ได้: ห้ามมีเครื่องหมาย < หรือ > ให้แก้ค่านี้แล้วสั่งใหม่",
                    en: "\(place) is \(shown), which git cannot use as a committer's name or e-mail: it may not contain < or >; fix it and run again")
            case .controlCharacter:
                return language.pick(
                    th: "\(place) เป็น \(shown) ซึ่งมีอักขระควบคุม (เช่น ขึ้นบรรทัดใหม่) จึงใช้เป็นชื่อหรืออีเมลของผู้ commit ไม่ได้ ให้แก้ค่านี้แล้วสั่งใหม่",
                    en: "\(place) is \(shown), which holds a control character (a line break, say), so git cannot use it as a committer's name or e-mail; fix it and run again")
            }
        }

        /// The problem with `value` as a name or e-mail, if any.
        static func check(_ value: String, from origin: Origin) throws(Unusable) {
            if value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                throw Unusable(origin: origin, value: value, reason: .controlCharacter)
            }
            if value.contains("<") || value.contains(">") {
                throw Unusable(origin: origin, value: value, reason: .angleBracket)
            }
        }
    }

    public static func signatures(for repository: GitRepository, environment: [String: String], at now: Date,
                                  in timeZone: TimeZone) throws -> (author: Signature, committer: Signature) {
        let offset = timeZone.secondsFromGMT(for: now) / 60
        func value(_ variable: String, _ key: String) throws -> String {
            if let set = environment[variable], !set.isEmpty {
                try Unusable.check(set, from: .environment(variable))
                return set
            }
            if let configured = try repository.configString(key), !configured.isEmpty {
                try Unusable.check(configured, from: .config(key))
                return configured
            }
            throw Missing(missing: key)
        }
        let author = Signature(name: try value("GIT_AUTHOR_NAME", "user.name"),
                               email: try value("GIT_AUTHOR_EMAIL", "user.email"), time: now, offsetMinutes: offset)
        let committer = Signature(name: try value("GIT_COMMITTER_NAME", "user.name"),
                                  email: try value("GIT_COMMITTER_EMAIL", "user.email"), time: now, offsetMinutes: offset)
        return (author, committer)
    }
}
