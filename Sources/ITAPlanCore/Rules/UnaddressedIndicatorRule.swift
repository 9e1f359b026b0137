/// An indicator scored below the pass mark should be the target of at least
/// one measure: that is what the analysis and the measures are for.
struct UnaddressedIndicatorRule: PlanRule {
    func check(_ context: RuleContext, into sink: FindingSink) {
        // With no measures at all, empty-measures already says it all.
        guard let model = context.model, !context.plan.measures.isEmpty,
              !context.plan.hasUnreadableMeasures,
              // A misspelled `indicators:` is its own finding; which are addressed is then unknown.
              !context.plan.measures.contains(where: \.hasUnreadableIndicators) else { return }
        let addressed = Set(context.plan.measures.flatMap(\.indicators).map(\.value))
        // An indicator named as another has its own finding (indicator-name).
        let misnumbered = Set(context.misnumbered.map(\.indicator.number.location))
        for indicator in context.plan.ita.indicators
        where indicator.score.value < model.passMark && !addressed.contains(indicator.number.value)
            && !misnumbered.contains(indicator.number.location) {
            let known = model.indicator(indicator.number.value)
            let name = indicator.name?.value ?? known?.nameTH ?? ""
            sink.add(.unaddressedIndicator, at: indicator.score.location, .unaddressedIndicator(
                number: indicator.number.value, name: name, englishName: known?.nameEN ?? name,
                score: indicator.score.value,
                passMark: model.passMark))
        }
    }
}
