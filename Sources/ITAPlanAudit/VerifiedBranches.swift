import ITAPlanCore
import ITAPlanGit

/// The branches `audit verify` checks every snapshot's source commit
/// against: `--branch`, or HEAD and every local and remote-tracking branch.
public enum VerifiedBranches {
    /// The name to report and the heads; nil when the repository has no
    /// commits on any (an unborn HEAD has nothing to rewrite). HEAD comes
    /// first: what changed is read against it.
    public static func heads(in repository: GitRepository, named branch: String?,
                             language: Language) throws -> (name: String, heads: [ObjectID])? {
        if let branch { return (branch, [try repository.resolveCommit(branch)]) }
        let head = try repository.headCommit().map { [$0] } ?? []
        let all = try (repository.references(matching: "refs/heads/*")
            + repository.references(matching: "refs/remotes/*")).map(\.commit)
        guard !(head + all).isEmpty else { return nil }
        return (language.pick(th: "HEAD หรือ branch ใด", en: "HEAD or any branch"), head + all)
    }
}
