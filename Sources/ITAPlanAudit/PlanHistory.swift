import Foundation
import ITAPlanCore
import ITAPlanGit

/// What the branch's history says about the plans: when each progress record
/// first appeared (in which commit, by whom), and completion over time.
public struct PlanHistory: Sendable {
    /// A progress record's first appearance in history.
    public struct Record: Sendable {
        public let path: String
        public let step: String
        /// The due instance's key (FY, once, Q2, 2021-01…).
        public let period: String
        public let done: CivilDate?
        public let evidence: [String]
        /// The first commit holding a record for this instance.
        public let firstCommit: ObjectID
        public let firstAuthor: Signature
        /// The commit that wrote the record's done date as it now reads
        /// (the first where it says done, or where that date last changed).
        public let doneCommit: ObjectID?
        /// The first snapshot that held the record as it now reads (its done
        /// date, else the record itself): the attested time it was recorded.
        public var recorded: Recording?

        /// The commit that introduced the record as it reads (done, else at all).
        public var introducingCommit: ObjectID { doneCommit ?? firstCommit }

        /// Whether the done date lies more than `Recorded.lateThresholdDays`
        /// before the first snapshot that held it: written long after the fact.
        public var recordedLate: Bool {
            guard let done, let recorded else { return false }
            return Recorded.isLate(done: done, recordedOn: recorded.day)
        }
    }

    /// When a record first appeared in a snapshot.
    public struct Recording: Sendable, Equatable {
        /// Done dates more than this many days before their recording are
        /// flagged: the one rule, `Recorded.lateThresholdDays`.
        public static let lateThresholdDays = Recorded.lateThresholdDays

        public let snapshot: ObjectID
        /// The snapshot commit's time.
        public let time: Date
        /// That time's day in the history's time zone.
        public let day: CivilDate

        public init(snapshot: ObjectID, time: Date, day: CivilDate) {
            self.snapshot = snapshot
            self.time = time
            self.day = day
        }
    }

    /// Completion as the plans in one commit stood on that commit's day.
    public struct Point: Sendable {
        public let commit: ObjectID
        public let committed: Date
        /// The commit's day in the time zone of the build (Bangkok).
        public let day: CivilDate
        public let plans: Int
        public let completion: Completion
    }

    public let head: ObjectID
    public let plansDirectory: String
    public let records: [Record]
    /// Oldest first.
    public let series: [Point]
}

/// Builds a `PlanHistory` from a revwalk. Each plan blob is read and parsed
/// once, however many commits hold it; commits that leave the plans folder
/// unchanged reuse the previous commit's work.
public struct HistoryBuilder {
    public enum Failure: LocalizedFailure, Sendable, Equatable {
        /// History is cut short: CI checks out one commit unless told otherwise.
        case shallow
        case noCommits
        /// No commit of the history has this folder: a mistyped `--plans-dir`
        /// would otherwise read as "no records".
        case noPlansFolder(String)

        public func text(in language: Language) -> String {
            let th = language == .thai
            switch self {
            case .noPlansFolder(let folder):
                let shown = SafeText.inline(folder)
                return th ? "ไม่มีโฟลเดอร์ \"\(shown)\" ใน commit ใดของประวัตินี้ (--plans-dir เป็นโฟลเดอร์ใน repository เช่น plans)"
                          : "no commit in this history has a folder \"\(shown)\" (--plans-dir is a folder in the repository, such as plans)"
            case .shallow:
                return th
                    ? "repository นี้เป็น shallow clone (ค่าเริ่มต้นของ CI) ประวัติไม่ครบ: ใช้ fetch-depth: 0 ใน actions/checkout หรือ git fetch --unshallow"
                    : "this is a shallow clone (the CI default), so its history is cut short: use fetch-depth: 0 with actions/checkout, or git fetch --unshallow"
            case .noCommits:
                return th ? "repository นี้ยังไม่มี commit" : "this repository has no commits yet"
            }
        }
    }

    let repository: GitRepository
    let catalog: ITAYearCatalog
    let plansDirectory: String
    let timeZone: TimeZone

    public init(repository: GitRepository, catalog: ITAYearCatalog, plansDirectory: String = "plans",
                timeZone: TimeZone) {
        self.repository = repository
        self.catalog = catalog
        // "plans/", as shells complete it, is the folder plans.
        var folder = Substring(plansDirectory)
        while folder.count > 1, folder.hasSuffix("/") { folder = folder.dropLast() }
        while folder.hasPrefix("./") { folder = folder.dropFirst(2) }
        self.plansDirectory = String(folder)
        self.timeZone = timeZone
    }

    /// `snapshots`: the ref of the snapshot chain that dates each record's
    /// recording; nil or a missing ref leaves records undated.
    public func build(revision: String = "HEAD",
                      snapshots: String? = SnapshotWriter.defaultReference) throws -> PlanHistory {
        guard !repository.isShallow else { throw Failure.shallow }
        guard !repository.isEmpty || revision != "HEAD" else { throw Failure.noCommits }
        let head = try repository.resolveCommit(revision)
        let checker = PlanChecker(catalog: catalog)
        var parsed: [ObjectID: CheckedPlan] = [:]
        var records: [String: PlanHistory.Record] = [:]
        var recordOrder: [String] = []
        var series: [PlanHistory.Point] = []
        var previousTree: ObjectID??
        var plans: [CheckedPlan] = []
        var previousPoint: (tree: ObjectID?, day: CivilDate, completion: Completion)?

        guard SnapshotVerifier.isFolderPath(plansDirectory) else { throw Failure.noPlansFolder(plansDirectory) }
        var sawFolder = false
        for id in try repository.history(from: head) {
            let commit = try repository.commit(id)
            let tree = try repository.subtree(plansDirectory, of: commit.tree)
            if tree != nil { sawFolder = true }
            if previousTree == nil || previousTree! != tree {
                plans = try tree.map { tree in
                    try repository.files(in: tree, prefix: plansDirectory).filter { RepositoryPlans.isPlan($0.path) }
                        .map { file in
                            if let cached = parsed[file.blob], cached.source.path == file.path { return cached }
                            let source = try RepositoryPlans.source(repository, path: file.path, blob: file.blob,
                                                                    limits: checker.limits)
                            let checked = checker.check(source)
                            parsed[file.blob] = checked
                            return checked
                        }
                } ?? []
                note(plans, in: commit, records: &records, order: &recordOrder)
                previousTree = .some(tree)
            }
            let day = CivilDate(commit.committer.time, in: timeZone)
            let completion: Completion
            if let previousPoint, previousPoint.tree == tree, previousPoint.day == day {
                completion = previousPoint.completion
            } else {
                let calculator = StatusCalculator(asOf: day, catalog: catalog)
                completion = plans.compactMap(calculator.status).reduce(Completion()) { $0 + $1.completion }
            }
            previousPoint = (tree, day, completion)
            series.append(PlanHistory.Point(commit: id, committed: commit.committer.time, day: day,
                                            plans: plans.count, completion: completion))
        }
        guard sawFolder else { throw Failure.noPlansFolder(plansDirectory) }
        var ordered = recordOrder.compactMap { records[$0] }
        if let snapshots, let chainHead = try repository.referenceTarget(snapshots) {
            try date(&ordered, chain: SnapshotChain.links(in: repository, head: chainHead).reversed())
        }
        return PlanHistory(head: head, plansDirectory: plansDirectory, records: ordered, series: series)
    }

    /// Dates each record by the first snapshot (oldest first) whose source
    /// commit holds the commit that introduced it.
    ///
    /// A snapshot dates nothing when its parents are not a snapshot's (its
    /// `source_commit` is then only its own word) or when its commit time
    /// goes back from a snapshot before it: a snapshot re-made with an
    /// earlier time would otherwise move "recorded" before the day the
    /// record really reached the chain, hiding a record written long after
    /// the fact. `audit verify` fails both; here they are passed over.
    private func date(_ records: inout [PlanHistory.Record], chain: [SnapshotLink]) throws {
        var latest: Date?
        let sources: [(link: SnapshotLink, source: ObjectID)] = chain.compactMap { link in
            guard link.parentProblem == nil, let hex = link.metadata?.sourceCommit, let source = ObjectID(hex: hex),
                  repository.contains(source) else { return nil }
            let time = link.commit.committer.time
            if let latest, time < latest { return nil }
            latest = time
            return (link, source)
        }
        var found: [ObjectID: PlanHistory.Recording?] = [:]
        for index in records.indices {
            let commit = records[index].introducingCommit
            if found[commit] == nil {
                let first = try sources.first { try repository.isAncestor(commit, of: $0.source) }
                found[commit] = .some(first.map {
                    PlanHistory.Recording(snapshot: $0.link.id, time: $0.link.commit.committer.time,
                                          day: CivilDate($0.link.commit.committer.time, in: timeZone))
                })
            }
            records[index].recorded = found[commit] ?? nil
        }
    }

    /// Records the first appearance of every progress record in these plans.
    private func note(_ plans: [CheckedPlan], in commit: CommitInfo,
                      records: inout [String: PlanHistory.Record], order: inout [String]) {
        for checked in plans {
            guard let plan = checked.plan, let timeline = checked.timeline else { continue }
            for stepTimeline in timeline.steps {
                let step = plan.measures[stepTimeline.measureIndex].steps[stepTimeline.stepIndex]
                for scheduled in stepTimeline.instances {
                    guard let record = scheduled.record else { continue }
                    let key = "\(checked.source.path)\u{0}\(step.id.value)\u{0}\(scheduled.instance.period)"
                    if let existing = records[key] {
                        // A done date written, or changed: this commit introduced the record as it reads.
                        guard let done = record.done, done.value != existing.done else { continue }
                        records[key] = PlanHistory.Record(
                            path: existing.path, step: existing.step, period: existing.period, done: done.value,
                            evidence: record.evidence.map(\.value), firstCommit: existing.firstCommit,
                            firstAuthor: existing.firstAuthor, doneCommit: commit.id)
                    } else {
                        order.append(key)
                        records[key] = PlanHistory.Record(
                            path: checked.source.path, step: step.id.value, period: scheduled.instance.period,
                            done: record.done?.value, evidence: record.evidence.map(\.value),
                            firstCommit: commit.id, firstAuthor: commit.author,
                            doneCommit: record.done == nil ? nil : commit.id)
                    }
                }
            }
        }
    }
}
