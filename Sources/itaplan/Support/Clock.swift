import Foundation
import ITAPlanAudit
import ITAPlanCore
import ITAPlanGit

/// The one place itaplan reads the clock and the machine's time zone and
/// cores; the library is handed what these say.
enum Clock {
    static func now() -> Date { Date() }

    /// Today, as a Bangkok day: Thai deadlines are Bangkok days on any machine.
    static func today() -> CivilDate {
        CivilDate(now(), in: CivilDate.bangkok)
    }

    /// The zone days are shown in (audit log, history): Bangkok, as deadlines are.
    static let displayZone = CivilDate.bangkok

    /// The zone commits are stamped in, as git stamps them: this machine's.
    static var commitZone: TimeZone { TimeZone.current }

    /// How many threads the snapshot writer and verifier use.
    static var cores: Int { ProcessInfo.processInfo.activeProcessorCount }
}

extension CommitIdentity {
    /// Who commits are made as, now, from this process's environment and git config.
    static func now(for repository: GitRepository) throws -> (author: Signature, committer: Signature) {
        try signatures(for: repository, environment: Console.environment, at: Clock.now(), in: Clock.commitZone)
    }
}

extension SigningSetup {
    init(_ repository: GitRepository) {
        self.init(repository: repository, home: Console.environment["HOME"],
                  temporaryDirectory: FileManager.default.temporaryDirectory)
    }
}
