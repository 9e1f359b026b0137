import Foundation
import ITAPlanCore
import ITAPlanGit

/// Signing and checking set up from git config the way git reads it:
/// `gpg.format`, `user.signingKey`, `gpg.ssh.program`,
/// `gpg.ssh.allowedSignersFile`; plus `itaplan.signSnapshots` to always sign.
/// `home` (for `~/` in config paths) and the scratch folder are the caller's.
public struct SigningSetup {
    /// `--require-signatures` without an allowed-signers file to check against.
    public struct Missing: LocalizedFailure, Equatable {
        public enum Reason: Sendable, Equatable {
            /// Neither the option nor git config names a file.
            case noneSet
            /// The file named cannot be read.
            case unreadable(path: String)
            /// Git config names a file in the audited working tree, where anyone who can push can add a key.
            case inWorkingTree(path: String)
        }

        public let reason: Reason

        public init(_ reason: Reason) {
            self.reason = reason
        }

        public func text(in language: Language) -> String {
            let why = switch reason {
            case .noneSet: language.pick(th: "ยังไม่ได้ตั้ง", en: "none is set")
            case .unreadable(let path): language.pick(th: "อ่าน \(path) ไม่ได้", en: "cannot read \(path)")
            case .inWorkingTree(let path):
                language.pick(th: "\(path) อยู่ใน working tree ของ repository ที่กำลังตรวจ ซึ่งใครที่ push ได้ก็เพิ่มกุญแจของตนได้ ให้เก็บไฟล์ผู้ลงนามไว้ที่อื่น (--allowed-signers FILE)",
                              en: "\(path) is in the working tree of the repository being audited, where anyone who can push can add a key; keep the allowed signers elsewhere (--allowed-signers FILE)")
            }
            return language.pick(
                th: "--require-signatures ต้องมีไฟล์ผู้ลงนาม: ตั้ง git config gpg.ssh.allowedSignersFile หรือใช้ --allowed-signers (ตอนนี้: \(why))",
                en: "--require-signatures needs the allowed signers: set git config gpg.ssh.allowedSignersFile or pass --allowed-signers (\(why))")
        }
    }

    let repository: GitRepository
    let home: String?
    let temporaryDirectory: URL

    public init(repository: GitRepository, home: String?, temporaryDirectory: URL) {
        self.repository = repository
        self.home = home
        self.temporaryDirectory = temporaryDirectory
    }

    func keygen() throws -> String {
        try repository.configString("gpg.ssh.program").map(expand) ?? "/usr/bin/ssh-keygen"
    }

    /// The signer for `snapshot`, or nil when neither `--sign` nor
    /// `itaplan.signSnapshots` asks for one.
    public func signer(requested: Bool) throws -> CommitSigning? {
        let always = try repository.configBool("itaplan.signSnapshots") ?? false
        guard requested || always else { return nil }
        let format = try repository.configString("gpg.format") ?? "openpgp"
        guard format == "ssh" else { throw SSHSignatures.Failure.notSSHFormat(format: format) }
        guard let key = try repository.configString("user.signingKey"), !key.isEmpty else {
            throw SSHSignatures.Failure.noSigningKey
        }
        return SSHSignatures.Signer(keygen: try keygen(), signingKey: expand(key), temporaryDirectory: temporaryDirectory)
    }

    /// The checker for `audit verify`: `allowedSigners` (`--allowed-signers`),
    /// else git's `gpg.ssh.allowedSignersFile`; nil when neither is set.
    ///
    /// The signers' file git config names may not lie in the working tree:
    /// a file there comes with the repository's commits, so anyone who can
    /// push could list their own key (an `allowed_signers` committed beside
    /// the plans, say). And since a repository handed over as a folder
    /// brings its `.git/config`, a `gpg.ssh.program` named only there is not
    /// run to check signatures (a program that always says "good" would pass
    /// anything): global or system config's, else /usr/bin/ssh-keygen.
    public func checker(allowedSigners: String?) throws -> SSHSignatures.Checker? {
        let path: String
        if let allowedSigners {
            path = allowedSigners
        } else if let configured = try repository.configEntry("gpg.ssh.allowedSignersFile") {
            path = expand(configured.value)
            if isInWorkingTree(path) {
                throw Missing(.inWorkingTree(path: path))
            }
        } else {
            return nil
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw Missing(.unreadable(path: path))
        }
        return SSHSignatures.Checker(keygen: try verifyingKeygen(), allowedSigners: path, temporaryDirectory: temporaryDirectory)
    }

    /// `gpg.ssh.program` unless only the repository's own config names it.
    func verifyingKeygen() throws -> String {
        guard let configured = try repository.configEntry("gpg.ssh.program"), !configured.fromRepository else {
            return "/usr/bin/ssh-keygen"
        }
        return expand(configured.value)
    }

    /// Whether `path`, links resolved, is in the working tree (the git folder inside it excepted).
    private func isInWorkingTree(_ path: String) -> Bool {
        guard let workingDirectory = repository.workingDirectory else { return false }
        // Relative as ssh-keygen will read it: from the folder itaplan runs in.
        guard let resolved = FileReading.realPath(path) else { return false }
        let root = FileReading.realPath(workingDirectory) ?? workingDirectory
        return FileReading.isInside(resolved, root)
    }

    /// `~/` as git expands it in paths from config.
    private func expand(_ path: String) -> String {
        guard path.hasPrefix("~/"), let home else { return path }
        return home + path.dropFirst(1)
    }
}
