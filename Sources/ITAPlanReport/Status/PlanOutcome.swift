import ITAPlanCore

/// What one checked plan file comes to in a command that shows status: what
/// it shows, or why it shows nothing (findings to print, or a file that
/// could not be read). The one place that decides which plans are left out.
public enum PlanOutcome<Shown: Sendable>: Sendable {
    case shown(Shown)
    /// The plan has errors (or no status): findings only, for stderr.
    case broken(CheckedPlan)
    case unreadable(ITAPlanError)

    public init(_ checked: Result<CheckedPlan, ITAPlanError>, calculator: StatusCalculator,
                show: (PlanStatus) -> Shown) {
        switch checked {
        case .failure(let error): self = .unreadable(error)
        case .success(let plan):
            guard plan.errorCount == 0, let status = calculator.status(of: plan) else {
                self = .broken(plan.findingsOnly)
                return
            }
            self = .shown(show(status))
        }
    }
}
