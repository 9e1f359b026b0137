import ITAPlanCore
import ITAPlanGit
import ITAPlanReport

/// `validate --staged`: plans read from the index through libgit2, shown
/// with repository paths, checked with the year models as staged too, so
/// the commit is checked as it will be.
public enum StagedValidation {
    /// `indexFile`: the index git names in GIT_INDEX_FILE (a temporary one
    /// for `commit -a` and `commit <paths>`), read instead of the repository's.
    ///
    /// `currentFolder`: where relative `directories` are read from, as git
    /// reads pathspecs (nil: the top of the working tree, as in a hook).
    public static func run(in repository: GitRepository, directories given: [String], indexFile: String?,
                           today: CivilDate, currentFolder: String? = nil) throws -> ValidationRun {
        let directories = try repositoryFolders(given, in: repository, currentFolder: currentFolder)
        let models = try YearModelLoading.staged(in: repository, indexFile: indexFile)
        let checker = PlanChecker(catalog: models.catalog, today: today)
        // A changed model changes how every plan checks, not only the staged ones.
        let sources = try RepositoryYearModels.stagedChangesModels(in: repository, indexFile: indexFile)
            ? try RepositoryPlans.allStaged(in: repository, directories: directories, indexFile: indexFile)
            : try RepositoryPlans.staged(in: repository, directories: directories, indexFile: indexFile)
        return ValidationRun(files: models.files.filter { !$0.findings.isEmpty }.map(\.asCheckedFile)
            + sources.map(checker.check))
    }

    /// Folders as paths in the repository: `./plans`, `plans/`, `plans//`
    /// and an absolute path inside the working tree all name `plans`. Matched
    /// as written, `./plans` matched no staged path and `validate --staged
    /// ./plans` passed a broken plan ("0 plan files checked").
    public static func repositoryFolders(_ directories: [String], in repository: GitRepository,
                                         currentFolder: String?) throws -> [String] {
        guard let workTree = repository.workingDirectory else { return directories }
        let top = FileReading.realPath(workTree) ?? workTree
        let base = currentFolder.map { FileReading.realPath($0) ?? $0 } ?? top
        return try directories.map { given in
            let absolute = given.hasPrefix("/") ? given : base + "/" + given
            var parts: [Substring] = []
            for part in absolute.split(separator: "/") where part != "." {
                if part == ".." { _ = parts.popLast() } else { parts.append(part) }
            }
            var path = "/" + parts.joined(separator: "/")
            // Links on the way (/tmp -> /private/tmp) resolved as the top's were.
            if let real = FileReading.realPath(path) { path = real }
            if path == top || path + "/" == top { return "" }
            let prefix = top.hasSuffix("/") ? top : top + "/"
            guard path.hasPrefix(prefix) else {
                throw ITAPlanError.cannotRead(path: given, reason: "not a folder of this repository's working tree (\(top))")
            }
            return String(path.dropFirst(prefix.count))
        }
    }
}
