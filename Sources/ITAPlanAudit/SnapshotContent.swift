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
/// `decodedPlans`, when given, decodes each plan blob once across calls.
struct SnapshotContent {
    /// Each valid plan's status file, as a path inside the `status` folder
    /// (`<plan path>.json`), and the id `store` gave it.
    private(set) var statusFiles: [(path: String, blob: ObjectID)] = []
    private(set) var findings: [UInt8] = []
    private(set) var summary: [UInt8] = []
    private(set) var completion = Completion()
    private(set) var errorCount = 0

    /// With more plans than this, the summary is one row per plan.
    static let detailedSummaryLimit = 10

    /// Stores one file's bytes and gives its blob id; `worker` is which of
    /// the parallel workers asks, so each can use a repository handle of its
    /// own; `path` is the file's path inside `status/`.
    typealias Store = @Sendable (_ worker: Int, _ path: String, _ bytes: [UInt8]) throws -> ObjectID

    /// One plan's share of the snapshot.
    struct Part: Sendable {
        let findings: CheckedPlan
        /// For a valid plan: its stored status file, its overview row and
        /// completion, and (early in the run) its status in full for the summary.
        let status: (blob: ObjectID, row: String, completion: Completion, detail: String?)?
    }

    /// `statusFormat`: 2 (what is written now) stores each plan's decisions
    /// per due instance and totals; 1 (itaplan 0.1) the full status object.
    init(plans: [TreeFile], repositories: WorkerRepositories, asOf: CivilDate, checkedOn: CivilDate,
         language: Language, catalog: ITAYearCatalog, statusFormat: Int = SnapshotDecisions.formatVersion,
         decodedPlans: DecodedPlanCache.View? = nil, reuse: DecisionReuseCache.View? = nil,
         store: Store, batchSize: Int = 1024) throws {
        let checker = PlanChecker(catalog: catalog, today: checkedOn)
        let calculator = StatusCalculator(asOf: asOf, catalog: catalog)
        let json = StatusJSONRenderer()
        let markdown = StatusMarkdownRenderer(language: language)
        var files: [CheckedPlan] = []
        // The first valid plans, each with its full summary if a worker made it.
        var firstValid: [(file: TreeFile, detail: String?)] = []
        var rows: [String] = []
        // With few plans, workers render each in full for the summary; with
        // many, the summary is an overview, unless nearly all have errors
        // (then the few valid ones are rendered again at the end).
        let renderDetails = plans.count <= Self.detailedSummaryLimit
        // Reused are the decisions (format 2) and the overview row; a format-1
        // file and a plan's full summary hold day counts that change every day.
        let reusable = statusFormat == 2 && !renderDetails
        var start = 0
        while start < plans.count {
            let batch = Array(plans[start..<min(start + batchSize, plans.count)])
            // Each plan's model and status are freed by the worker that made
            // them, not all at once on this thread.
            let parts = try parallelMap(batch.count, workers: repositories.count) { worker, index -> Part in
                let file = batch[index]
                // A part reused from an earlier snapshot is exactly what the
                // work below would give on these days (`DecisionReuseCache`).
                let reuseKey = reusable ? reuse?.key(file.path, file.blob) : nil
                if let reuse, let reuseKey,
                   let part = reuse.cache.part(for: reuseKey, asOf: asOf, checkedOn: checkedOn),
                   reuse.accepts(file.path + ".json", part.status?.blob) {
                    return part
                }
                let decode = {
                    checker.decoded(try RepositoryPlans.source(repositories[worker], path: file.path,
                                                               blob: file.blob, limits: checker.limits))
                }
                let decoded = try decodedPlans?.decoded(path: file.path, blob: file.blob, make: decode) ?? decode()
                var checked = checker.check(decoded)
                // The cache keeps a plan's text only when decoding found something;
                // a finding of the day needs it back for its snippet.
                if !checked.findings.isEmpty, checked.source.text.bytes.isEmpty, checked.source.size > 0 {
                    checked = CheckedPlan(source: try RepositoryPlans.source(repositories[worker], path: file.path,
                                                                             blob: file.blob, limits: checker.limits),
                                          plan: checked.plan, timeline: checked.timeline, findings: checked.findings)
                }
                let part: Part
                if checked.errorCount == 0, let planStatus = calculator.status(of: checked) {
                    let bytes = statusFormat == 1 ? json.planBytes(planStatus, compact: true) + [0x0A]
                        : SnapshotDecisions.bytes(planStatus)
                    let blob = try store(worker, batch[index].path + ".json", bytes)
                    part = Part(findings: checked.findingsOnly,
                                status: (blob, markdown.overviewRow(planStatus), planStatus.completion,
                                         renderDetails ? markdown.render(planStatus) : nil))
                } else {
                    part = Part(findings: checked.findingsOnly, status: nil)
                }
                if let reuse, let reuseKey {
                    reuse.cache.keep(DecisionReuseCache.Entry(
                        part: part, asOf: asOf, checkedOn: checkedOn,
                        asOfThresholds: calculator.decisionThresholds(of: checked) ?? DayThresholds([]),
                        todayThresholds: checker.todayThresholds(of: checked)), for: reuseKey)
                }
                return part
            }
            for (part, file) in zip(parts, batch) {
                files.append(part.findings)
                errorCount += part.findings.errorCount
                guard let (blob, row, planCompletion, detail) = part.status else { continue }
                statusFiles.append((file.path + ".json", blob))
                if rows.count < Self.detailedSummaryLimit { firstValid.append((file, detail)) }
                rows.append(row)
                completion = completion + planCompletion
            }
            start += batchSize
        }
        let text = rows.count <= Self.detailedSummaryLimit
            ? try firstValid.map { plan in
                if let detail = plan.detail { return detail }
                let source = try RepositoryPlans.source(repositories[0], path: plan.file.path, blob: plan.file.blob,
                                                        limits: checker.limits)
                return calculator.status(of: checker.check(source)).map(markdown.render) ?? ""
            }.joined(separator: "\n")
            : markdown.overviewHeader + rows.joined() + markdown.overviewTotal(completion, plans: rows.count)
        summary = Array(text.utf8)
        // Findings are stored in English: stable across the language of the run.
        findings = Array(JSONFindingsReporter(language: .english).render(ValidationRun(files: files)).utf8)
    }
}
