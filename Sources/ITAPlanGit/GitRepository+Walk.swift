import CLibGit2

extension GitRepository {
    /// Commits reachable from `start`, oldest first (topological order, so
    /// every parent comes before its children).
    public func history(from start: ObjectID, firstParentOnly: Bool = false) throws -> [ObjectID] {
        var walker: OpaquePointer?
        try LibGit2.check(git_revwalk_new(&walker, handle), "git_revwalk_new")
        defer { git_revwalk_free(walker) }
        try LibGit2.check(git_revwalk_sorting(walker, GIT_SORT_TOPOLOGICAL.rawValue | GIT_SORT_REVERSE.rawValue),
                          "git_revwalk_sorting")
        if firstParentOnly {
            try LibGit2.check(git_revwalk_simplify_first_parent(walker), "git_revwalk_simplify_first_parent")
        }
        var oid = start.oid
        try LibGit2.check(git_revwalk_push(walker, &oid), "git_revwalk_push")
        var ids: [ObjectID] = []
        var next = git_oid()
        while true {
            let code = git_revwalk_next(&next, walker)
            if code == GIT_ITEROVER.rawValue { break }
            try LibGit2.check(code, "git_revwalk_next")
            ids.append(ObjectID(next))
        }
        return ids
    }
}
