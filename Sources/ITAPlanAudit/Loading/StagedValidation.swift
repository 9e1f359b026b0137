import ITAPlanCore
import ITAPlanGit
import ITAPlanReport

/// `validate --staged`: plans read from the index through libgit2, shown
/// with repository paths, checked with the year models as staged too, so
/// the commit is checked as it will be.
public enum StagedValidation {
    /// `indexFile`: the index git names in GIT_INDEX_FILE (a temporary one
    /// for `commit -a` and `commit <paths>`), read instead of the repository's.
    public static func run(in repository: GitRepository, directories: [String], indexFile: String?,
                           today: CivilDate) throws -> ValidationRun {
        let models = try YearModelLoading.staged(in: repository, indexFile: indexFile)
        let checker = PlanChecker(catalog: models.catalog, today: today)
        // A changed model changes how every plan checks, not only the staged ones.
        let sources = try RepositoryYearModels.stagedChangesModels(in: repository, indexFile: indexFile)
            ? try RepositoryPlans.allStaged(in: repository, directories: directories, indexFile: indexFile)
            : try RepositoryPlans.staged(in: repository, directories: directories, indexFile: indexFile)
        return ValidationRun(files: models.files.filter { !$0.findings.isEmpty }.map(\.asCheckedFile)
            + sources.map(checker.check))
    }
}
