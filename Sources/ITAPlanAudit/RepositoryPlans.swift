import ITAPlanCore
import ITAPlanGit
import ITAPlanYAML

/// Plan files read straight from git objects (a commit's tree or the
/// index), never from the working tree, with repository-relative paths.
public enum RepositoryPlans {
    /// The plan files under `directory` in a commit, and that folder's tree id.
    public static func committed(in repository: GitRepository, commit: ObjectID, directory: String,
                                 limits: YAMLLimits = .default) throws -> (sources: [PlanSource], tree: ObjectID?) {
        let listing = try committedFiles(in: repository, commit: commit, directory: directory)
        return (try listing.files.map { try source(repository, path: $0.path, blob: $0.blob, mode: $0.mode, limits: limits) },
                listing.tree)
    }

    /// The plan files under `directory` in a commit, listed but not read.
    public static func committedFiles(in repository: GitRepository, commit: ObjectID,
                                      directory: String) throws -> (files: [TreeFile], tree: ObjectID?) {
        let root = try repository.commit(commit).tree
        guard let tree = try repository.subtree(directory, of: root) else { return ([], nil) }
        return (try files(in: repository, tree: tree, directory: directory), tree)
    }

    /// The plan files of a plans folder's tree.
    static func files(in repository: GitRepository, tree: ObjectID, directory: String) throws -> [TreeFile] {
        try repository.files(in: tree, prefix: directory).filter { isPlan($0.path) }
    }

    /// The plan files staged for the next commit under any of `directories`
    /// (added or modified relative to HEAD; everything staged before the
    /// first commit). A directory of "." or "" means the whole repository.
    /// `indexFile` is the index git is committing (`GIT_INDEX_FILE` in a
    /// hook); nil reads the repository's own index.
    public static func staged(in repository: GitRepository, directories: [String], indexFile: String? = nil,
                              limits: YAMLLimits = .default) throws -> [PlanSource] {
        let prefixes = directories.map { $0 == "." || $0.isEmpty ? "" : ($0.hasSuffix("/") ? $0 : $0 + "/") }
        return try repository.stagedChanges(indexFile: indexFile)
            .filter { file in isPlan(file.path) && prefixes.contains { file.path.hasPrefix($0) || file.path == String($0.dropLast()) } }
            .map { try source(repository, path: $0.path, blob: $0.blob, mode: $0.mode, limits: limits) }
    }

    /// Every plan file in the index under any of `directories`, changed or not.
    public static func allStaged(in repository: GitRepository, directories: [String], indexFile: String? = nil,
                                 limits: YAMLLimits = .default) throws -> [PlanSource] {
        let prefixes = directories.map { $0 == "." || $0.isEmpty ? "" : ($0.hasSuffix("/") ? $0 : $0 + "/") }
        return try repository.stagedFiles(indexFile: indexFile)
            .filter { file in isPlan(file.path) && !RepositoryYearModels.isModelPath(file.path)
                && prefixes.contains { file.path.hasPrefix($0) || file.path == String($0.dropLast()) } }
            .map { try source(repository, path: $0.path, blob: $0.blob, mode: $0.mode, limits: limits) }
    }

    static func isPlan(_ path: String) -> Bool {
        PlanDiscovery.isPlanFileName(String(path.split(separator: "/").last ?? ""))
    }

    /// A blob as a plan source; one over the size limit is not loaded, and
    /// a symbolic link (whose blob is where it points) is not read as a plan.
    static func source(_ repository: GitRepository, path: String, blob: ObjectID, mode: UInt32 = 0o100644,
                       limits: YAMLLimits) throws -> PlanSource {
        if mode & 0o170000 == 0o120000 {
            return PlanSource(path: path, text: SourceText(bytes: []), problem: .symbolicLinkInGit)
        }
        switch try repository.blob(blob, maxBytes: limits.maxBytes) {
        case .bytes(let bytes): return PlanSource(path: path, text: SourceText(bytes: bytes))
        case .tooLarge(let size): return PlanSource(path: path, text: SourceText(bytes: []), size: size)
        }
    }
}
