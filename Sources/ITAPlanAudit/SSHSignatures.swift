import Foundation
import ITAPlanCore

/// Signing and checking commits with SSH keys exactly as git does
/// (`gpg.format=ssh`): OpenSSH's `ssh-keygen -Y sign -n git` over the
/// commit's text, checked with `ssh-keygen -Y find-principals` and
/// `-Y verify` against git's `gpg.ssh.allowedSignersFile`.
public enum SSHSignatures {
    public enum Failure: LocalizedFailure, Sendable, Equatable {
        /// `gpg.format` is not `ssh`: itaplan signs with SSH keys only.
        case notSSHFormat(format: String)
        /// No `user.signingKey`.
        case noSigningKey
        /// ssh-keygen could not sign: its own words.
        case signingFailed(String)
        /// ssh-keygen could not be started.
        case noKeygen(path: String)

        public func text(in language: Language) -> String {
            let th = language == .thai
            switch self {
            case .notSSHFormat(let format):
                return th ? "itaplan ลงนามด้วยกุญแจ SSH เท่านั้น แต่ gpg.format เป็น \(format): ตั้ง git config gpg.format ssh"
                          : "itaplan signs with SSH keys only, but gpg.format is \(format): set git config gpg.format ssh"
            case .noSigningKey:
                return th ? "ไม่มีกุญแจสำหรับลงนาม: ตั้ง git config user.signingKey (ไฟล์กุญแจ SSH)"
                          : "no key to sign with: set git config user.signingKey (an SSH key file)"
            case .signingFailed(let reason):
                return (th ? "ssh-keygen ลงนามไม่สำเร็จ: " : "ssh-keygen could not sign: ") + reason
            case .noKeygen(let path):
                return th ? "เรียก \(path) ไม่ได้ (ต้องมี OpenSSH)" : "cannot run \(path) (OpenSSH is needed)"
            }
        }
    }

    /// What a signature check found.
    public enum Check: Sendable, Equatable {
        /// A good signature by a key listed for `principal`.
        case good(principal: String)
        /// A signature by a key the allowed-signers file does not list.
        case unlistedKey(String)
        /// The signature does not match the commit, or could not be read.
        case bad(String)
    }

    /// Signs commits with `user.signingKey`: a key file (its private half, or
    /// the public half with the private key in ssh-agent), or a literal public
    /// key (`ssh-ed25519 AAAA…`, `key::…`) whose private key is in ssh-agent.
    public struct Signer: CommitSigning {
        let keygen: String
        let signingKey: String
        let temporaryDirectory: URL

        public init(keygen: String = "/usr/bin/ssh-keygen", signingKey: String, temporaryDirectory: URL) {
            self.keygen = keygen
            self.signingKey = signingKey
            self.temporaryDirectory = temporaryDirectory
        }

        public func sign(_ commitText: String) throws -> String {
            let folder = try SSHSignatures.temporaryFolder(in: temporaryDirectory)
            defer { try? FileManager.default.removeItem(at: folder) }
            let payload = folder.appendingPathComponent("commit")
            try Data(commitText.utf8).write(to: payload)
            var arguments = ["-Y", "sign", "-n", "git"]
            let literal = signingKey.hasPrefix("key::") ? String(signingKey.dropFirst(5))
                : (signingKey.hasPrefix("ssh-") || signingKey.hasPrefix("ecdsa-") || signingKey.hasPrefix("sk-"))
                    ? signingKey : nil
            if let literal {
                let keyFile = folder.appendingPathComponent("key.pub")
                try Data((literal + "\n").utf8).write(to: keyFile)
                arguments += ["-U", "-f", keyFile.path]
            } else {
                arguments += ["-f", signingKey]
            }
            let result = try SSHSignatures.run(keygen, arguments + [payload.path], input: nil)
            guard result.status == 0,
                  let signature = try? String(contentsOf: payload.appendingPathExtension("sig"), encoding: .utf8) else {
                throw Failure.signingFailed(result.stderr.trimmingCharacters(in: .whitespacesAndNewlines))
            }
            return signature
        }
    }

    /// Checks signatures against an allowed-signers file (`ssh-keygen`'s
    /// ALLOWED SIGNERS format, the file git's `gpg.ssh.allowedSignersFile` names).
    public struct Checker {
        let keygen: String
        let allowedSigners: String
        let temporaryDirectory: URL

        public init(keygen: String = "/usr/bin/ssh-keygen", allowedSigners: String, temporaryDirectory: URL) {
            self.keygen = keygen
            self.allowedSigners = allowedSigners
            self.temporaryDirectory = temporaryDirectory
        }

        /// `signedAt`: the commit's time; keys are judged valid or expired at
        /// that moment (`valid-after`, `valid-before`), as git does.
        public func check(signature: String, signedText: [UInt8], signedAt: Date) throws -> Check {
            guard signature.hasPrefix("-----BEGIN SSH SIGNATURE-----") else {
                return .bad("not an SSH signature (itaplan checks SSH signatures only)")
            }
            let folder = try SSHSignatures.temporaryFolder(in: temporaryDirectory)
            defer { try? FileManager.default.removeItem(at: folder) }
            let signatureFile = folder.appendingPathComponent("commit.sig")
            try Data(signature.utf8).write(to: signatureFile)
            let time = "-Overify-time=" + SSHSignatures.keygenTime(signedAt)
            let found = try SSHSignatures.run(keygen, ["-Y", "find-principals", "-f", allowedSigners, time,
                                                       "-s", signatureFile.path], input: nil)
            let principals = found.stdout.split(whereSeparator: \.isNewline).map(String.init)
            guard found.status == 0, let principal = principals.first else {
                let key = try SSHSignatures.run(keygen, ["-Y", "check-novalidate", "-n", "git", "-s",
                                                         signatureFile.path], input: signedText)
                return key.status == 0
                    ? .unlistedKey(key.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
                    : .bad(key.stderr.trimmingCharacters(in: .whitespacesAndNewlines))
            }
            let verified = try SSHSignatures.run(keygen, ["-Y", "verify", "-n", "git", "-f", allowedSigners, time,
                                                          "-I", principal, "-s", signatureFile.path], input: signedText)
            return verified.status == 0
                ? .good(principal: principal)
                : .bad((verified.stderr + verified.stdout).trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    /// ssh-keygen's time format, in UTC (a trailing Z), as git passes it.
    static func keygenTime(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMddHHmmss"
        return formatter.string(from: date) + "Z"
    }

    /// A private folder for one signing or check, removed by the caller.
    static func temporaryFolder(in directory: URL) throws -> URL {
        let folder = directory.appendingPathComponent("itaplan-ssh-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        return folder
    }

    static func run(_ executable: String, _ arguments: [String],
                    input: [UInt8]?) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe(), errors = Pipe(), stdin = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        do { try process.run() } catch { throw Failure.noKeygen(path: executable) }
        if let input {
            // Small (a commit's text); written whole before reading the answer.
            try stdin.fileHandleForWriting.write(contentsOf: Data(input))
            try stdin.fileHandleForWriting.close()
        }
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }
}
