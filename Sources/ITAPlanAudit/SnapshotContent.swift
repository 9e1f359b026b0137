import Foundation
import ITAPlanCore
import ITAPlanGit
import ITAPlanReport

/// What a snapshot stores, computed from plan blobs. The writer and the
/// verifier both go through here, so a verification recomputes exactly
/// what was written.
///
/// Each plan's status is its own compact JSON file under `status/` (the plan's
/// path plus `.json`), so that thousands of plans never have to sit in
/// memory at once and their files can be compressed on every core. Plans
/// are read, checked, computed, rendered and stored on every core, a batch
/// at a time, each worker reading through its own repository handle.
struct SnapshotContent {
    /// `status/<plan path>.json` and the id `store` gave each.
    private(set) var statusFiles: [(path: String, blob: ObjectID)] = []
    private(set) var findings: [UInt8] = []
    private(set) var summary: [UInt8] = []
    private(set) var completion = Completion()
    private(set) var errorCount = 0

    /// With more plans than this, the summary is one row per plan.
    static let detailedSummaryLimit = 10

    /// Stores one file's bytes and gives its blob id; `worker` is which of
    /// the parallel workers asks, so each can use a repository handle of its own.
    typealias Store = @Sendable (_ worker: Int, _ bytes: [UInt8]) throws -> ObjectID

    private struct Part: Sendable {
        let findings: CheckedPlan
        /// The plan's status (kept only until its batch is merged) and its stored file.
        let status: (plan: PlanStatus, blob: ObjectID)?
        let row: String?
    }

    init(plans: [TreeFile], repositories: WorkerRepositories, asOf: CivilDate, checkedOn: CivilDate,
         language: Language, catalog: ITAYearCatalog, store: Store, batchSize: Int = 256) throws {
        let checker = PlanChecker(catalog: catalog, today: checkedOn)
        let calculator = StatusCalculator(asOf: asOf, catalog: catalog)
        let json = StatusJSONRenderer()
        let markdown = StatusMarkdownRenderer(language: language)
        var files: [CheckedPlan] = []
        var details: [String] = []
        var rows: [String] = []
        var start = 0
        while start < plans.count {
            let batch = Array(plans[start..<min(start + batchSize, plans.count)])
            let parts = try Self.inParallel(batch.count, workers: repositories.count) { worker, index -> Part in
                let source = try RepositoryPlans.source(repositories[worker], path: batch[index].path,
                                                        blob: batch[index].blob, limits: checker.limits)
                let checked = checker.check(source)
                guard checked.errorCount == 0, let planStatus = calculator.status(of: checked) else {
                    return Part(findings: checked.findingsOnly, status: nil, row: nil)
                }
                let blob = try store(worker, json.planBytes(planStatus, compact: true) + [0x0A])
                return Part(findings: checked.findingsOnly, status: (planStatus, blob), row: markdown.overviewRow(planStatus))
            }
            for (part, file) in zip(parts, batch) {
                files.append(part.findings)
                errorCount += part.findings.errorCount
                guard let (planStatus, blob) = part.status, let row = part.row else { continue }
                statusFiles.append(("status/" + file.path + ".json", blob))
                // Only the first few valid plans can end up shown in full (plans with errors have none).
                if rows.count < Self.detailedSummaryLimit { details.append(markdown.render(planStatus)) }
                rows.append(row)
                completion = completion + planStatus.completion
            }
            start += batchSize
        }
        let text = rows.count <= Self.detailedSummaryLimit
            ? details.joined(separator: "\n")
            : markdown.overviewHeader + rows.joined() + markdown.overviewTotal(completion, plans: rows.count)
        summary = Array(text.utf8)
        // Findings are stored in English: stable across the language of the run.
        findings = Array(JSONFindingsReporter(language: .english).render(ValidationRun(files: files)).utf8)
    }

    /// Runs `body` for 0..<count split into `workers` contiguous ranges, one
    /// per worker, in parallel; results in order. The first error is rethrown.
    private static func inParallel<T: Sendable>(_ count: Int, workers: Int,
                                                _ body: @Sendable (_ worker: Int, _ index: Int) throws -> T) throws -> [T] {
        let workers = max(1, min(workers, count))
        let chunk = (count + workers - 1) / max(workers, 1)
        let results = parallelMap(workers) { worker -> Result<[T], Error> in
            Result {
                try (worker * chunk..<min((worker + 1) * chunk, count)).map { try body(worker, $0) }
            }
        }
        return try results.flatMap { try $0.get() }
    }
}
