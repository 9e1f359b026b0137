import CLibGit2
import Foundation

/// Who made a commit and when: a name, an e-mail, an instant and the UTC
/// offset it was recorded in. The time is always given by the caller.
public struct Signature: Sendable, Equatable {
    public let name: String
    public let email: String
    public let time: Date
    /// Minutes east of UTC (420 for Bangkok).
    public let offsetMinutes: Int

    public init(name: String, email: String, time: Date, offsetMinutes: Int) {
        self.name = name
        self.email = email
        self.time = time
        self.offsetMinutes = offsetMinutes
    }

    init(_ signature: git_signature) {
        name = signature.name.map { String(cString: $0) } ?? ""
        email = signature.email.map { String(cString: $0) } ?? ""
        time = Date(timeIntervalSince1970: TimeInterval(signature.when.time))
        offsetMinutes = Int(signature.when.offset)
    }

    /// Calls `body` with a libgit2 signature that lives only for the call.
    func withGitSignature<T>(_ body: (UnsafePointer<git_signature>) throws -> T) throws -> T {
        var signature: UnsafeMutablePointer<git_signature>?
        try LibGit2.check(git_signature_new(&signature, name, email, git_time_t(time.timeIntervalSince1970),
                                            Int32(offsetMinutes)), "git_signature_new")
        defer { git_signature_free(signature) }
        return try body(signature!)
    }
}
