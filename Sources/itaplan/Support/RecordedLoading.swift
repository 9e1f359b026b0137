import Foundation
import ITAPlanAudit
import ITAPlanCore
import ITAPlanGit

/// `--recorded` for status and report: when each done record was first
/// recorded in the snapshot chain of the repository around the current folder.
struct RecordedLoading: Sendable {
    let dates: RecordedDates
    let workingDirectory: String

    struct NoWorkingTree: Error {}

    /// Walks the branch's history once and dates records by the chain;
    /// notes on stderr when there is no chain yet.
    static func load(catalog: ITAYearCatalog, plansDirectory: String, language: Language) throws -> RecordedLoading {
        try LibGit2.setVerifiesObjectHashes(false)
        let repository = try GitRepository(discoveringFrom: FileManager.default.currentDirectoryPath)
        guard let workingDirectory = repository.workingDirectory else {
            Console.err("itaplan: " + RecordedDates.bareNote(in: language) + "\n")
            throw ExitStatus.usageOrIO
        }
        let dates = try RecordedDates.build(repository: repository, catalog: catalog, plansDirectory: plansDirectory,
                                            timeZone: CivilDate.bangkok)
        if !dates.hasChain {
            Console.err("itaplan: " + RecordedDates.noChainNote(reference: SnapshotWriter.defaultReference,
                                                                in: language) + "\n")
        }
        return RecordedLoading(dates: dates, workingDirectory: workingDirectory)
    }

    /// The status with its recordings; a plan outside the repository has none recorded.
    func apply(to status: PlanStatus, file: String) -> PlanStatus {
        guard let path = RecordedDates.repositoryPath(of: file, workingDirectory: workingDirectory) else {
            return status.withRecorded { _, _, _ in .notYet }
        }
        return dates.apply(to: status, path: path)
    }
}
