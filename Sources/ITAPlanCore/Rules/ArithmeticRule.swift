/// The stated total and grade follow from the indicator scores under the
/// assessment year's model.
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
        var gradeBasis = computation.total
        if let total = ita.total {
            if computation.isConsistent(withStated: total.value) {
                gradeBasis = total.value
            } else {
                sink.add(.totalMismatch, at: total.location, .totalMismatch(
                    stated: total.value, computed: computation.total, parts: computation.parts))
            }
        }
        if let grade = ita.grade, let expected = model.grade(for: gradeBasis), grade.value != expected {
            sink.add(.gradeMismatch, at: grade.location,
                     .gradeMismatch(stated: grade.value, expected: expected, total: gradeBasis))
        }
    }
}
