import Foundation
import ITAPlanCore
import ITAPlanGit

/// `--recorded` for status and report: when each done record was first
/// recorded in the snapshot chain of the repository around `folder` (the
/// caller's working folder).
public struct RecordedLoading: Sendable {
    public let dates: RecordedDates
    public let workingDirectory: String

    /// The repository has no working tree to match plan files against.
    public struct Bare: LocalizedFailure, Equatable {
        public func text(in language: Language) -> String {
            language.pick(th: "--recorded ต้องใช้ใน working tree ของ repository ที่เก็บแผน",
                          en: "--recorded needs the working tree of the repository that holds the plans")
        }
    }

    /// Walks the branch's history once and dates records by the chain;
    /// days are `timeZone`'s.
    public static func load(from folder: String, catalog: ITAYearCatalog, plansDirectory: String,
                            timeZone: TimeZone) throws -> RecordedLoading {
        try LibGit2.setVerifiesObjectHashes(false)
        let repository = try GitRepository(discoveringFrom: folder)
        guard let workingDirectory = repository.workingDirectory else { throw Bare() }
        let dates = try RecordedDates.build(repository: repository, catalog: catalog, plansDirectory: plansDirectory,
                                            timeZone: timeZone)
        return RecordedLoading(dates: dates, workingDirectory: workingDirectory)
    }

    /// What to tell the user before the status: that nothing can be recorded
    /// yet when the repository has no snapshot chain; nil otherwise.
    public func note(in language: Language) -> String? {
        guard !dates.hasChain else { return nil }
        let reference = SnapshotWriter.defaultReference
        return language.pick(th: "ยังไม่มีสแนปช็อตใน \(reference): ยังไม่มีงานใดถูกบันทึก (itaplan snapshot)",
                             en: "no snapshots on \(reference) yet: nothing is recorded (itaplan snapshot)")
    }

    /// The status with its recordings; a plan outside the repository has none recorded.
    public func apply(to status: PlanStatus, file: String) -> PlanStatus {
        guard let path = RecordedDates.repositoryPath(of: file, workingDirectory: workingDirectory) else {
            return status.withRecorded { _, _, _ in .notYet }
        }
        return dates.apply(to: status, path: path)
    }
}
