import ITAPlanYAML

/// Indicators exist in the year's model and sit under the right tool; every
/// indicator the model scores is present; measures and analysis paragraphs
/// refer only to indicators that exist.
struct IndicatorRule: PlanRule {
    func check(_ context: RuleContext, into sink: FindingSink) {
        let ita = context.plan.ita
        let known: [Int]
        if let model = context.model {
            known = model.indicators.map(\.number)
            // Which indicators a year has is a fact of its model, as sure as that is.
            let fact = model.indicatorsFact
            func add(_ rule: RuleID, _ location: SourceLocation, _ message: Message) {
                sink.add(rule, at: location, message, restingOn: .indicators, of: model.assessmentYear,
                         confidence: fact.confidence, source: fact.source)
            }
            let misnumbered = context.misnumbered
            for (indicator, owner) in misnumbered {
                add(.indicatorName, indicator.number.location, .indicatorNameOfAnother(
                    number: indicator.number.value, name: indicator.name?.value ?? "", owner: owner))
            }
            for indicator in ita.indicators {
                guard let expected = model.indicator(indicator.number.value) else {
                    add(.unknownIndicator, indicator.number.location,
                        .unknownIndicator(indicator.number.value, known: known))
                    continue
                }
                if let tool = indicator.tool, tool.value != expected.tool {
                    add(.indicatorTool, tool.location, .indicatorTool(
                        indicator: indicator.number.value, stated: tool.value, expected: expected.tool))
                }
            }
            let present = Set(ita.indicators.map(\.number.value))
            // An indicator named as another is that one, numbered wrong: one finding, above.
            let renamed = Set(misnumbered.map(\.owner))
            let missing = known.filter { !present.contains($0) && !renamed.contains($0) }
            if !missing.isEmpty, !ita.hasUnreadableIndicators {
                add(.missingIndicator, ita.indicatorsLocation,
                    .missingIndicators(missing, assessmentYear: model.assessmentYear))
            }
        } else {
            known = ita.indicators.map(\.number.value).sorted()
        }
        let knownSet = Set(known)

        let references = context.plan.measures.flatMap(\.indicators) + ita.analysis.flatMap(\.indicators)
        for reference in references where !knownSet.contains(reference.value) {
            if let model = context.model {
                sink.add(.unknownIndicator, at: reference.location, .unknownIndicator(reference.value, known: known),
                         restingOn: .indicators, of: model.assessmentYear,
                         confidence: model.indicatorsFact.confidence, source: model.indicatorsFact.source)
            } else {
                sink.add(.unknownIndicator, at: reference.location, .unknownIndicator(reference.value, known: known))
            }
        }
    }

    /// Indicators whose name as written is not their own number's name but
    /// exactly another indicator's (`number: 7` named การปรับปรุงการทำงาน,
    /// which is indicator 8), with that other number. Found once a plan
    /// (`RuleContext.misnumbered`), for the three rules that need them.
    static func misnumbered(_ ita: ITAResult, model: ScoringModel,
                            names: IndicatorNames) -> [(indicator: IndicatorScore, owner: Int)] {
        ita.indicators.compactMap { indicator in
            // The usual case, the name written exactly as the model has it, without any copying.
            if let written = indicator.name?.value, written == model.indicator(indicator.number.value)?.nameTH { return nil }
            guard let name = indicator.name?.value.withoutWhitespace, !name.isEmpty,
                  names.compactName(of: indicator.number.value) != name,
                  let owner = names.number(named: name) else { return nil }
            return (indicator, owner)
        }
    }
}
