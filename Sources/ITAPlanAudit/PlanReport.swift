import Foundation
import ITAPlanCore
import ITAPlanReport

/// `report` on plans as they are: the context of the plans that check out,
/// with completion over time from git when asked for, and what the caller
/// must say about the rest.
public struct PlanReport {
    /// Where the completion-over-time chart comes from: the git history of
    /// the repository that holds `folder`, days in `timeZone`.
    public struct HistorySource: Sendable {
        public let folder: String
        public let plansDirectory: String
        public let timeZone: TimeZone

        public init(folder: String, plansDirectory: String, timeZone: TimeZone) {
            self.folder = folder
            self.plansDirectory = plansDirectory
            self.timeZone = timeZone
        }
    }

    public struct Result {
        /// Nil when no plan checks out.
        public let context: ReportContext?
        /// Plans with errors, findings only.
        public let broken: [CheckedPlan]
        public let ioErrors: [ITAPlanError]
        /// Why there is no chart although one was asked for (a shallow clone, no repository).
        public let historyUnavailable: Error?
    }

    /// What the report says when it has no completion-over-time chart, and why.
    public static func noChart(because why: Error, in language: Language) -> String {
        language.pick(th: "ไม่แสดงกราฟความคืบหน้าตามเวลา: ", en: "no completion-over-time chart: ")
            + FailureText.text(for: why, in: language)
    }

    let language: Language
    let thaiDigits: Bool

    public init(language: Language, thaiDigits: Bool) {
        self.language = language
        self.thaiDigits = thaiDigits
    }

    /// `adjust`: applied to each plan's status before it goes into the context.
    public func build(_ plans: PlanLoading, asOf: CivilDate, history: HistorySource?,
                      adjust: (PlanStatus) -> PlanStatus = { $0 }) -> Result {
        let catalog = plans.checker.catalog
        let loading = plans.checkedFiles()
        let calculator = StatusCalculator(asOf: asOf, catalog: catalog)
        var statuses: [PlanStatus] = []
        var broken: [CheckedPlan] = []
        for file in loading.files {
            switch PlanOutcome(.success(file), calculator: calculator, show: { $0 }) {
            case .shown(let status): statuses.append(adjust(status))
            case .broken(let findings): broken.append(findings)
            case .unreadable: break
            }
        }
        guard !statuses.isEmpty else {
            return Result(context: nil, broken: broken, ioErrors: loading.ioErrors, historyUnavailable: nil)
        }
        var series: [CompletionSeries.Point]?
        var unavailable: Error?
        if let history {
            do {
                series = try CompletionSeries.daily(repositoryAt: history.folder, catalog: catalog,
                                                    plansDirectory: history.plansDirectory, timeZone: history.timeZone)
            } catch {
                unavailable = error
            }
        }
        let context = ReportContextBuilder(language: language, thaiDigits: thaiDigits, catalog: catalog)
            .build(statuses, asOf: asOf, history: series)
        return Result(context: context, broken: broken, ioErrors: loading.ioErrors, historyUnavailable: unavailable)
    }
}
