import ITAPlanCore
import ITAPlanGit

/// `BASE..HEAD`, as git writes a range; a single revision means `REV..HEAD`;
/// `A...B` compares B with the merge base of A and B, as `git diff A...B`
/// does (what a branch changed since it left A). An empty side is HEAD.
public struct RevisionRange: Sendable, Equatable {
    public let base: String
    public let head: String
    /// `A...B`: the base is the merge base of `base` and `head`, not `base`.
    public let fromMergeBase: Bool

    public struct Invalid: LocalizedFailure, Sendable, Equatable {
        public let text: String

        public func text(in language: Language) -> String {
            language.pick(th: "--diff \"\(SafeText.inline(text))\" ใช้ไม่ได้: เขียนเป็น BASE..HEAD (เช่น main..HEAD), BASE...HEAD (เทียบกับจุดที่แยกสาขา) หรือ revision เดียว",
                          en: "--diff \"\(SafeText.inline(text))\" cannot be read: write BASE..HEAD (such as main..HEAD), BASE...HEAD (against where the branches parted) or one revision")
        }
    }

    /// `A...B` where A and B share no history: there is no merge base to compare with.
    public struct NoMergeBase: LocalizedFailure, Sendable, Equatable {
        public let text: String
        public let base: String
        public let head: String

        public func text(in language: Language) -> String {
            let (text, base, head) = (SafeText.inline(text), SafeText.inline(base), SafeText.inline(head))
            return language.pick(
                th: "--diff \"\(text)\": \(base) กับ \(head) ไม่มีประวัติร่วมกัน (ไม่มี merge base) ถ้าต้องการเทียบปลายทั้งสองโดยตรงให้ใช้ \(base)..\(head)",
                en: "--diff \"\(text)\": \(base) and \(head) have no common history (no merge base); compare the two tips with \(base)..\(head)")
        }
    }

    public init(_ text: String) throws {
        let threeDots = text.components(separatedBy: "...")
        let parts = threeDots.count == 2 ? threeDots : text.components(separatedBy: "..")
        fromMergeBase = threeDots.count == 2
        // No revision starts with a dot: "A....B" or "A.. .B" is a typo, not a
        // revision for libgit2 to call an "Invalid pattern".
        guard !parts.contains(where: { $0.hasPrefix(".") }) else { throw Invalid(text: text) }
        switch parts.count {
        case 1 where !text.isEmpty:
            (base, head) = (text, "HEAD")
        case 2 where !parts[0].isEmpty:
            (base, head) = (parts[0], parts[1].isEmpty ? "HEAD" : parts[1])
        default:
            throw Invalid(text: text)
        }
    }
}

/// The semantic diff of every plan file between two revisions.
public struct PlanRevisionDiff {
    public struct Result: Sendable {
        public let base: ObjectID
        public let head: ObjectID
        public let asOf: CivilDate
        /// Changed files only, by path.
        public let plans: [PlanDiff]
        /// Plan files with errors in the head revision.
        public let headErrors: [String: Int]
        /// Those errors, in source order, for the summary itself.
        public var headFindings: [String: [Finding]] = [:]
    }

    let repository: GitRepository
    let catalog: ITAYearCatalog
    let plansDirectory: String

    public init(repository: GitRepository, catalog: ITAYearCatalog, plansDirectory: String = "plans") {
        self.repository = repository
        self.catalog = catalog
        var folder = Substring(plansDirectory)
        while folder.count > 1, folder.hasSuffix("/") { folder = folder.dropLast() }
        while folder.hasPrefix("./") { folder = folder.dropFirst(2) }
        self.plansDirectory = String(folder)
    }

    public func compare(base: String, head: String, asOf: CivilDate, today: CivilDate) throws -> Result {
        let baseID = try repository.resolveCommit(base)
        let headID = try repository.resolveCommit(head)
        let checker = PlanChecker(catalog: catalog, today: today)
        var folders = 0
        func plans(_ commit: ObjectID) throws -> [String: CheckedPlan] {
            let committed = try RepositoryPlans.committed(in: repository, commit: commit, directory: plansDirectory)
            if committed.tree != nil { folders += 1 }
            return Dictionary(committed.sources.map { ($0.path, checker.check($0)) }, uniquingKeysWith: { a, _ in a })
        }
        let before = try plans(baseID)
        let after = try plans(headID)
        // Neither side has the folder: a mistyped --plans-dir, not "no changes".
        guard folders > 0 else { throw HistoryBuilder.Failure.noPlansFolder(plansDirectory) }
        let comparison = PlanComparison(calculator: StatusCalculator(asOf: asOf, catalog: catalog))
        let headErrors = after.filter { $0.value.errorCount > 0 }.mapValues(\.errorCount)
        let diffs = Set(before.keys).union(after.keys).sorted().compactMap { path -> PlanDiff? in
            // Unchanged bytes cannot differ in meaning.
            if let a = before[path], let b = after[path], a.source.text.bytes == b.source.text.bytes { return nil }
            let diff = comparison.compare(path: path, before: before[path], after: after[path])
            // A file that no longer reads is a change worth showing, even with nothing else to say.
            return diff.isEmpty && headErrors[path] == nil ? nil : diff
        }
        var result = Result(base: baseID, head: headID, asOf: asOf, plans: diffs, headErrors: headErrors)
        result.headFindings = after.filter { $0.value.errorCount > 0 }
            .mapValues { $0.findings.filter { $0.severity == .error } }
        return result
    }
}
