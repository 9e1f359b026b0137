import ITAPlanCore
import ITAPlanGit
import ITAPlanReport

/// What a snapshot stores, computed from plan blobs. The writer and the
/// verifier both go through here, so a verification recomputes exactly
/// what was written.
///
/// Plans are read a batch at a time (libgit2 reads on this thread), then
/// checked, computed and rendered on every core; only the rendered text is
/// kept, so thousands of plans fit in memory.
struct SnapshotContent {
    private(set) var status: [UInt8] = []
    private(set) var findings: [UInt8] = []
    private(set) var summary: [UInt8] = []
    private(set) var completion = Completion()
    private(set) var errorCount = 0

    /// One plan's share of the content.
    private struct Part: Sendable {
        let findings: CheckedPlan
        let status: String?
        let summary: String?
        let completion: Completion?
    }

    init(plans: [TreeFile], repository: GitRepository, asOf: CivilDate, checkedOn: CivilDate,
         language: Language, catalog: ITAYearCatalog, batchSize: Int = 256) throws {
        let checker = PlanChecker(catalog: catalog, today: checkedOn)
        let calculator = StatusCalculator(asOf: asOf, catalog: catalog)
        let json = StatusJSONRenderer()
        let markdown = StatusMarkdownRenderer(language: language)
        var files: [CheckedPlan] = []
        var shown = 0
        status = Array(json.opening.utf8)
        var start = 0
        while start < plans.count {
            let batch = plans[start..<min(start + batchSize, plans.count)]
            let sources = try batch.map { try RepositoryPlans.source(repository, path: $0.path, blob: $0.blob,
                                                                     limits: checker.limits) }
            let parts = parallelMap(sources.count) { index -> Part in
                let checked = checker.check(sources[index])
                guard checked.errorCount == 0, let planStatus = calculator.status(of: checked) else {
                    return Part(findings: checked.findingsOnly, status: nil, summary: nil, completion: nil)
                }
                return Part(findings: checked.findingsOnly, status: json.plan(planStatus),
                            summary: markdown.render(planStatus), completion: planStatus.completion)
            }
            for part in parts {
                files.append(part.findings)
                errorCount += part.findings.errorCount
                guard let planStatus = part.status, let planSummary = part.summary, let planCompletion = part.completion
                else { continue }
                if shown > 0 {
                    status += Array(",\n".utf8)
                    summary += [0x0A]
                }
                status += Array(planStatus.utf8)
                summary += Array(planSummary.utf8)
                completion = completion + planCompletion
                shown += 1
            }
            start += batchSize
        }
        status += Array(json.closing(empty: shown == 0).utf8)
        // Findings are stored in English: stable across the language of the run.
        findings = Array(JSONFindingsReporter(language: .english).render(ValidationRun(files: files)).utf8)
    }
}
