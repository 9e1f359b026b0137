/// The stated total and level follow from the indicator scores under the
/// assessment year's model. Each check is as severe as the facts it rests
/// on are sure: the weights for the total; the bands, the conditions and
/// (for a computed total) the weights for the level.
struct ArithmeticRule: PlanRule {
    func check(_ context: RuleContext, into sink: FindingSink) {
        let ita = context.plan.ita
        guard let model = context.model else {
            sink.add(.unknownAssessmentYear, at: ita.year.location,
                     .unknownAssessmentYear(ita.year.value, known: context.catalog.years))
            return
        }
        let scores = Dictionary(ita.indicators.map { ($0.number.value, $0.score.value) },
                                uniquingKeysWith: { first, _ in first })
        // Out-of-range scores and missing indicators have findings of their own.
        guard scores.values.allSatisfy({ (0...100).contains($0) }),
              let computation = ScoreComputation(model: model, scores: scores) else { return }
        let year = model.assessmentYear
        let (totalConfidence, totalFact) = model.toolsFact.confidence <= model.indicatorsFact.confidence
            ? (model.toolsFact.confidence, ModelFact.weights) : (model.indicatorsFact.confidence, ModelFact.indicators)
        var basis = computation.total
        var basisConfidence = totalConfidence
        if let total = ita.total {
            if computation.isConsistent(withStated: total.value) {
                // The published total itself, which the scores bear out.
                basis = total.value
                basisConfidence = .confirmed
            } else {
                sink.add(.totalMismatch, at: total.location, .totalMismatch(
                    stated: total.value, computed: computation.total, parts: computation.parts),
                         restingOn: totalFact, of: year, confidence: totalConfidence,
                         source: model.source(of: totalFact))
            }
        }
        guard let grade = ita.grade else { return }
        guard let scale = model.scale(containing: grade.value) else {
            // Whether the word is a level at all is as sure as the surest scale.
            let sure = model.scales.max { $0.confidence < $1.confidence }
            sink.add(.gradeMismatch, at: grade.location, .levelNotInScales(
                stated: grade.value, year: year, levels: model.scales.flatMap(\.levels)),
                     restingOn: .levels, of: year, confidence: sure?.confidence ?? .assumed,
                     source: sure?.source ?? "")
            return
        }
        let means = Dictionary(computation.parts.map { ($0.tool, $0.mean) }, uniquingKeysWith: { first, _ in first })
        guard let decision = model.decideLevel(total: basis, toolMeans: means, scale: scale,
                                               totalConfidence: basisConfidence) else { return }
        let source = model.source(of: decision.weakestFact, scale: scale)
        if decision.level == grade.value {
            if decision.confidence == .assumed {
                sink.add(Finding(.levelUnchecked, at: grade.location,
                                 .levelUnchecked(stated: grade.value, decision: decision),
                                 notes: [Finding.Note(.factSource(source))]))
            }
            return
        }
        let message: Message = decision.lowerings.isEmpty
            ? .gradeMismatch(stated: grade.value, expected: decision.level, total: basis)
            : .levelMismatch(stated: grade.value, decision: decision)
        sink.add(.gradeMismatch, at: grade.location, message, restingOn: decision.weakestFact, of: year,
                 confidence: decision.confidence, source: source)
    }
}
