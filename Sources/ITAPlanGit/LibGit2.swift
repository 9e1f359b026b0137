import CLibGit2

/// A failed libgit2 call: which call, its return code, and libgit2's own
/// message from `git_error_last()`.
public struct GitError: Error, Sendable, Equatable, CustomStringConvertible {
    public let call: String
    public let code: Int32
    public let message: String

    public var description: String { "\(call) failed (\(code)): \(message)" }

    /// The object or reference was not found.
    public var isNotFound: Bool { code == GIT_ENOTFOUND.rawValue }
}

/// The one place libgit2 is initialised and the one way its return codes
/// become Swift errors.
enum LibGit2 {
    /// `git_libgit2_init()` exactly once, thread-safely, before first use
    /// (a static let is initialised once, atomically).
    private static let initialized: Int32 = git_libgit2_init()

    static func ensureInitialized() {
        _ = initialized
    }

    /// Throws a `GitError` naming `call` when `code` is negative.
    @discardableResult
    static func check(_ code: Int32, _ call: StaticString) throws -> Int32 {
        guard code < 0 else { return code }
        throw error(code, call)
    }

    static func error(_ code: Int32, _ call: StaticString) -> GitError {
        let message = git_error_last().flatMap { $0.pointee.message.map { String(cString: $0) } } ?? "unknown error"
        return GitError(call: "\(call)", code: code, message: message)
    }
}
