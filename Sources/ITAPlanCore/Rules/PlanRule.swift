/// What a rule sees: the decoded plan and the scoring model of its
/// assessment year, when this build has one; and what several rules need
/// of them, worked out once.
struct RuleContext {
    let plan: Plan
    let model: ScoringModel?
    let catalog: ITAYearCatalog
    /// Indicators named as another indicator of the model (indicator-name):
    /// that rule reports them, and duplicate-id and unaddressed-indicator
    /// leave them out so that one mistake makes one finding.
    let misnumbered: [(indicator: IndicatorScore, owner: Int)]

    init(plan: Plan, catalog: ITAYearCatalog) {
        self.plan = plan
        self.catalog = catalog
        let year = plan.ita.year.value
        model = catalog.model(for: year)
        if let model, let names = catalog.indicatorNames(for: year) {
            misnumbered = IndicatorRule.misnumbered(plan.ita, model: model, names: names)
        } else {
            misnumbered = []
        }
    }
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
