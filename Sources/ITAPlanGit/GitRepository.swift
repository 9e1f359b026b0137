import CLibGit2
import Foundation

/// A git repository, through libgit2. Owns its `git_repository` handle and
/// frees it when released; every other libgit2 handle it uses is freed in
/// the method that made it. Not for use from several threads at once.
public final class GitRepository {
    let handle: OpaquePointer
    /// Whether `compressObjectsForSpeed` has added its backend already.
    var compressesForSpeed = false
    /// Whether `writeObjectsInMemory` has added its backend already.
    var writesInMemory = false

    private init(handle: OpaquePointer) {
        self.handle = handle
    }

    deinit {
        git_repository_free(handle)
    }

    /// The repository containing `path` (a working tree, any folder in it,
    /// or a bare repository), searching upwards like git does.
    /// A SHA-256 repository throws `UnsupportedObjectFormat`. libgit2 is
    /// told to flush the git folder when the repository's `core.fsync` asks.
    public convenience init(discoveringFrom path: String) throws {
        LibGit2.ensureInitialized()
        var repository: OpaquePointer?
        let code = git_repository_open_ext(&repository, path, 0, nil)
        if code < 0 {
            let error = LibGit2.error(code, "git_repository_open_ext")
            guard let found = Self.discover(path) else { throw error.meaning(.notARepository) }
            try Self.checkObjectFormat(gitDirectory: found)
            throw code == GIT_ENOTFOUND.rawValue ? error.meaning(.notARepository) : error
        }
        self.init(handle: repository!)
        try Self.checkObjectFormat(gitDirectory: gitDirectory)
        try LibGit2.setFlushesGitDirectory(try fsyncPolicy().flushesGitDirectory)
    }

    /// Creates a new repository (or reopens an existing one) at `path`.
    public static func create(at path: String, bare: Bool = false) throws -> GitRepository {
        LibGit2.ensureInitialized()
        var repository: OpaquePointer?
        try LibGit2.check(git_repository_init(&repository, path, bare ? 1 : 0), "git_repository_init")
        return GitRepository(handle: repository!)
    }

    public var isBare: Bool { git_repository_is_bare(handle) == 1 }

    /// A shallow clone: its history stops where the clone was cut.
    public var isShallow: Bool { git_repository_is_shallow(handle) == 1 }

    /// True while HEAD points at a branch with no commits yet.
    public var isEmpty: Bool { git_repository_head_unborn(handle) == 1 }

    /// The working tree, with a trailing slash; nil for a bare repository.
    public var workingDirectory: String? {
        git_repository_workdir(handle).map { String(cString: $0) }
    }

    /// The .git folder (or the bare repository itself), with a trailing slash.
    public var gitDirectory: String {
        String(cString: git_repository_path(handle))
    }

    /// The folder a linked worktree shares with its main repository (objects,
    /// refs, hooks); the same as `gitDirectory` otherwise. Trailing slash.
    public var commonDirectory: String {
        String(cString: git_repository_commondir(handle))
    }

    /// Where objects are stored, with a trailing slash.
    public var objectsDirectory: String { commonDirectory + "objects/" }
}
