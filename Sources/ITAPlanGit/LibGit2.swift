import CLibGit2

/// A failed libgit2 call: which call, its return code, and libgit2's own
/// message from `git_error_last()`; `kind` says what it means to the user,
/// set where the call is made (callers never match on `call`).
public struct GitError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, as far as the code that made the call knows.
    public enum Kind: Sendable, Equatable {
        /// No repository at the folder or any folder above it.
        case notARepository
        /// A revision (`HEAD~2`, a branch, an id) that names no commit.
        case noSuchRevision(String)
        /// Anything else: libgit2's own message says what.
        case other
    }

    public let call: String
    public let code: Int32
    public let message: String
    public let kind: Kind

    init(call: String, code: Int32, message: String, kind: Kind = .other) {
        self.call = call
        self.code = code
        self.message = message
        self.kind = kind
    }

    /// The same failure, with what it means.
    func meaning(_ kind: Kind) -> GitError {
        GitError(call: call, code: code, message: message, kind: kind)
    }

    public var description: String { "\(call) failed (\(code)): \(message)" }

    /// The object or reference was not found.
    public var isNotFound: Bool { code == GIT_ENOTFOUND.rawValue }
}

/// The one place libgit2 is initialised and the one way its return codes
/// become Swift errors.
public enum LibGit2 {
    /// `git_libgit2_init()` exactly once, thread-safely, before first use
    /// (a static let is initialised once, atomically).
    private static let initialized: Int32 = git_libgit2_init()

    static func ensureInitialized() {
        _ = initialized
    }

    /// Whether libgit2 re-hashes every object it reads to check it against
    /// its id (libgit2's default; git itself does not, leaving that to
    /// `git fsck`). Process-wide.
    public static func setVerifiesObjectHashes(_ enabled: Bool) throws {
        ensureInitialized()
        try check(itaplan_git_verify_object_hashes(enabled ? 1 : 0), "git_libgit2_opts")
    }

    /// Whether libgit2 flushes every file it writes in a git folder (objects,
    /// references) before renaming it into place. Process-wide.
    public static func setFlushesGitDirectory(_ enabled: Bool) throws {
        ensureInitialized()
        try check(itaplan_git_enable_fsync(enabled ? 1 : 0), "git_libgit2_opts")
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
