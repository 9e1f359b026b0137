import Foundation
import ITAPlanCore
import ITAPlanGit

/// When each done record was first recorded in the snapshot chain, for
/// `status --recorded` and `report --recorded`: the same dating `history`
/// does (`HistoryBuilder`: the first snapshot whose source commit holds the
/// commit that introduced the record as it now reads), looked up by plan,
/// step and period. A record whose done date differs from the one history
/// dated (edited since, or not committed) is not yet recorded.
public struct RecordedDates: Sendable {
    struct Key: Hashable {
        let path: String
        let step: String
        let period: String
    }

    private let records: [Key: PlanHistory.Record]
    /// Whether the repository has a snapshot chain at all.
    public let hasChain: Bool

    public init(history: PlanHistory, hasChain: Bool) {
        var records: [Key: PlanHistory.Record] = [:]
        for record in history.records {
            records[Key(path: record.path, step: record.step, period: record.period)] = record
        }
        self.records = records
        self.hasChain = hasChain
    }

    /// Walks `revision`'s history and dates its records by the chain at `snapshots`.
    public static func build(repository: GitRepository, catalog: ITAYearCatalog, plansDirectory: String = "plans",
                             timeZone: TimeZone, revision: String = "HEAD",
                             snapshots: String = SnapshotWriter.defaultReference) throws -> RecordedDates {
        let history = try HistoryBuilder(repository: repository, catalog: catalog, plansDirectory: plansDirectory,
                                         timeZone: timeZone).build(revision: revision, snapshots: snapshots)
        return RecordedDates(history: history, hasChain: try repository.referenceTarget(snapshots) != nil)
    }

    /// The recording of the record of `step`, `period` in the plan at
    /// repository path `path`, done on `done`.
    public func recorded(path: String, step: String, period: String, done: CivilDate) -> Recorded {
        guard let record = records[Key(path: path, step: step, period: period)], record.done == done,
              let recording = record.recorded else { return .notYet }
        return .on(RecordedMark(time: recording.time, day: recording.day, snapshot: recording.snapshot.description,
                                commit: record.introducingCommit.description))
    }

    /// `status` with each done instance's recording, for the plan at repository path `path`.
    public func apply(to status: PlanStatus, path: String) -> PlanStatus {
        status.withRecorded { step, period, done in recorded(path: path, step: step, period: period, done: done) }
    }

    /// A plan file's path inside the repository whose working tree is
    /// `workingDirectory`, as history names it; nil outside it.
    public static func repositoryPath(of file: String, workingDirectory: String) -> String? {
        let resolved = URL(fileURLWithPath: file).standardizedFileURL.resolvingSymlinksInPath().path
        let root = URL(fileURLWithPath: workingDirectory).standardizedFileURL.resolvingSymlinksInPath().path
        let prefix = root.hasSuffix("/") ? root : root + "/"
        guard resolved.hasPrefix(prefix) else { return nil }
        return String(resolved.dropFirst(prefix.count))
    }
}
