import Foundation
import ITAPlanAudit
import ITAPlanGit

/// Signing and checking set up from git config the way git reads it:
/// `gpg.format`, `user.signingKey`, `gpg.ssh.program`,
/// `gpg.ssh.allowedSignersFile`; plus `itaplan.signSnapshots` to always sign.
enum SignatureSetup {
    struct Missing: Error {
        let reason: String
    }

    static func keygen(_ repository: GitRepository) throws -> String {
        try repository.configString("gpg.ssh.program").map(expand) ?? "/usr/bin/ssh-keygen"
    }

    /// The signer for `snapshot`, or nil when neither `--sign` nor
    /// `itaplan.signSnapshots` asks for one.
    static func signer(_ repository: GitRepository, requested: Bool) throws -> CommitSigning? {
        let always = try repository.configBool("itaplan.signSnapshots") ?? false
        guard requested || always else { return nil }
        let format = try repository.configString("gpg.format") ?? "openpgp"
        guard format == "ssh" else { throw SSHSignatures.Failure.notSSHFormat(format: format) }
        guard let key = try repository.configString("user.signingKey"), !key.isEmpty else {
            throw SSHSignatures.Failure.noSigningKey
        }
        return SSHSignatures.Signer(keygen: try keygen(repository), signingKey: expand(key),
                                    temporaryDirectory: FileManager.default.temporaryDirectory)
    }

    /// The checker for `audit verify`: `--allowed-signers`, else git's
    /// `gpg.ssh.allowedSignersFile`; nil when neither is set.
    static func checker(_ repository: GitRepository, allowedSigners: String?) throws -> SSHSignatures.Checker? {
        guard let path = try allowedSigners ?? repository.configString("gpg.ssh.allowedSignersFile").map(expand) else {
            return nil
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw Missing(reason: "cannot read \(path)")
        }
        return SSHSignatures.Checker(keygen: try keygen(repository), allowedSigners: path,
                                     temporaryDirectory: FileManager.default.temporaryDirectory)
    }

    /// `~/` as git expands it in paths from config.
    private static func expand(_ path: String) -> String {
        guard path.hasPrefix("~/"), let home = Console.environment["HOME"] else { return path }
        return home + path.dropFirst(1)
    }
}
