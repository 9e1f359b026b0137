import ITAPlanCore
import ITAPlanGit
import ITAPlanYAML

/// Year model files (`ita-years/<year>.yaml` at the repository's root) read
/// straight from git objects: the index for the hook, a commit for
/// snapshots, a snapshot's tree for verification.
public enum RepositoryYearModels {
    public static let directory = YearModelFile.directory

    /// Whether a repository path is a year model file: directly in `ita-years/`.
    public static func isModelPath(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 2 && parts[0] == directory && YearModelFile.isModelFileName(String(parts[1]))
    }

    /// The models as staged: what the next commit holds, whatever the working tree says.
    /// `indexFile` is the index git is committing (`GIT_INDEX_FILE` in a hook).
    public static func staged(in repository: GitRepository, indexFile: String? = nil,
                              limits: YAMLLimits = .default) throws -> [CheckedYearModel] {
        try repository.stagedFiles(indexFile: indexFile).filter { isModelPath($0.path) }.map {
            YearModelFile.check(try RepositoryPlans.source(repository, path: $0.path, blob: $0.blob, mode: $0.mode,
                                                           limits: limits), limits: limits)
        }
    }

    /// Whether the next commit adds or changes a year model: then every
    /// plan is checked again, since the numbers they are checked by change.
    public static func stagedChangesModels(in repository: GitRepository, indexFile: String? = nil) throws -> Bool {
        // Compared whole, so that a model deleted (which a diff of additions misses) counts too.
        let staged = try repository.stagedFiles(indexFile: indexFile).filter { isModelPath($0.path) }.map { "\($0.path) \($0.blob)" }
        var committed: [String] = []
        if let head = try repository.headCommit(),
           let folder = try repository.subtree(directory, of: try repository.commit(head).tree) {
            committed = try repository.files(in: folder, prefix: directory).filter { isModelPath($0.path) }
                .map { "\($0.path) \($0.blob)" }
        }
        return staged.sorted() != committed.sorted()
    }

    /// The models in a tree's `ita-years/` folder (a commit's or a snapshot's).
    public static func files(in repository: GitRepository, tree: ObjectID,
                             limits: YAMLLimits = .default) throws -> [CheckedYearModel] {
        guard let folder = try repository.subtree(directory, of: tree) else { return [] }
        return try repository.files(in: folder, prefix: directory).filter { isModelPath($0.path) }.map {
            YearModelFile.check(try RepositoryPlans.source(repository, path: $0.path, blob: $0.blob, mode: $0.mode,
                                                           limits: limits), limits: limits)
        }
    }

    /// Model files with errors, which stop a command that would use them.
    public struct Broken: Error, Sendable {
        public let files: [CheckedYearModel]
    }

    /// `catalog` with a commit's (or snapshot's) models in place; throws
    /// `Broken` when one of them has errors.
    public static func catalog(_ catalog: ITAYearCatalog, tree: ObjectID, in repository: GitRepository,
                               origin: (String) -> ITAYearCatalog.Origin) throws -> ITAYearCatalog {
        let files = try files(in: repository, tree: tree)
        let broken = files.filter { $0.errorCount > 0 }
        guard broken.isEmpty else { throw Broken(files: broken) }
        return catalog.overriding(with: files, origin: origin)
    }
}
