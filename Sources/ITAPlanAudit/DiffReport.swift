import ITAPlanCore
import ITAPlanGit
import ITAPlanReport

/// `report --diff BASE..HEAD`: what changed in the plans and their progress
/// between two revisions of the repository that holds `folder`.
public enum DiffReport {
    public static func context(repositoryAt folder: String, range: String, catalog: ITAYearCatalog, plansDirectory: String,
                               asOf: CivilDate, today: CivilDate, language: Language, thaiDigits: Bool) throws -> DiffContext {
        let repository = try GitRepository(discoveringFrom: folder)
        let revisions = try RevisionRange(range)
        var base = revisions.base
        if revisions.fromMergeBase {
            // A...B: B against where it and A parted, named by its commit.
            guard let parted = try repository.mergeBase(try repository.resolveCommit(revisions.base),
                                                        try repository.resolveCommit(revisions.head)) else {
                throw RevisionRange.NoMergeBase(text: range, base: revisions.base, head: revisions.head)
            }
            base = parted.description
        }
        let result = try PlanRevisionDiff(repository: repository, catalog: catalog, plansDirectory: plansDirectory)
            .compare(base: base, head: revisions.head, asOf: asOf, today: today)
        return DiffContextBuilder(language: language, thaiDigits: thaiDigits).build(
            base: revisions.fromMergeBase ? String(base.prefix(7)) : base, head: revisions.head, asOf: asOf, plans: result.plans, headErrors: result.headErrors)
    }
}
