/// Scores and the total lie within 0–100.
struct ScoreRangeRule: PlanRule {
    func check(_ context: RuleContext, into sink: FindingSink) {
        let ita = context.plan.ita
        let scores = ita.indicators.map(\.score) + [ita.total].compactMap { $0 }
        for score in scores where !(0...100).contains(score.value) {
            sink.add(.scoreRange, at: score.location, .scoreOutOfRange(score.value))
        }
    }
}
