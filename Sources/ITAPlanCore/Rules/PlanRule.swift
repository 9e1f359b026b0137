/// What a rule sees: the decoded plan and the scoring model of its
/// assessment year, when this build has one.
struct RuleContext {
    let plan: Plan
    let model: ScoringModel?
    let catalog: ITAYearCatalog
}

/// One check over a decoded plan.
protocol PlanRule: Sendable {
    func check(_ context: RuleContext, into sink: FindingSink)
}

/// The rules `validate` runs, in the order their findings are most useful.
enum PlanRules {
    static let all: [any PlanRule] = [
        DuplicateIDRule(),
        IndicatorRule(),
        ScoreRangeRule(),
        ArithmeticRule(),
        AssessmentYearRule(),
        EmptyPlanRule(),
        UnaddressedIndicatorRule(),
        ResponsibleUnitRule(),
        EvidenceSiteRule(),
        PlaceholderRule(),
    ]
}
