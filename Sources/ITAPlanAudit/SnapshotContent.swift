import ITAPlanCore
import ITAPlanReport

/// What a snapshot stores, computed from plan sources. The writer and the
/// verifier both go through here, so a verification recomputes exactly
/// what was written.
struct SnapshotContent {
    let status: [UInt8]
    let findings: [UInt8]
    let summary: [UInt8]
    let completion: Completion
    let errorCount: Int

    init(sources: [PlanSource], asOf: CivilDate, checkedOn: CivilDate, language: Language, catalog: ITAYearCatalog) {
        let checker = PlanChecker(catalog: catalog, today: checkedOn)
        let checked = sources.map(checker.check)
        let calculator = StatusCalculator(asOf: asOf, catalog: catalog)
        let statuses = checked.filter { $0.errorCount == 0 }.compactMap(calculator.status)
        status = Array(StatusJSONRenderer().render(statuses).utf8)
        // Findings are stored in English: stable across the language of the run.
        findings = Array(JSONFindingsReporter(language: .english).render(ValidationRun(files: checked)).utf8)
        summary = Array(StatusMarkdownRenderer(language: language).render(statuses).utf8)
        completion = statuses.reduce(Completion()) { $0 + $1.completion }
        errorCount = checked.reduce(0) { $0 + $1.errorCount }
    }
}
