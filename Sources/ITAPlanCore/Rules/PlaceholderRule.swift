/// A fresh template is not a plan: its placeholders are errors, so the
/// pre-commit hook refuses to commit one until it is filled in.
struct PlaceholderRule: PlanRule {
    func check(_ context: RuleContext, into sink: FindingSink) {
        let plan = context.plan
        if plan.agency.name.value.trimmed == TemplatePlaceholders.agencyName {
            sink.add(.placeholder, at: plan.agency.name.location,
                     .placeholderLeft(.agencyName(TemplatePlaceholders.agencyName)))
        }
        let scores = plan.ita.indicators.map(\.score)
        if let first = scores.first, scores.count > 1, scores.allSatisfy({ $0.value == 0 }) {
            sink.add(.placeholder, at: first.location, .placeholderLeft(.zeroScores(count: scores.count)))
        }
        var texts: [(String, Located<String>)] = []
        if let title = plan.title { texts.append(("title", title)) }
        texts += plan.ita.analysis.map { ("text", $0.text) }
        for measure in plan.measures {
            texts.append(("title", measure.title))
            texts += measure.responsible.map { ("responsible", $0) }
            for step in measure.steps {
                texts.append(("text", step.text))
                texts += step.responsible.map { ("responsible", $0) }
                texts += step.progress.compactMap(\.note).map { ("note", $0) }
            }
            texts += measure.results.map { ("results", $0) }
            texts += measure.recommendations.map { ("recommendations", $0) }
        }
        texts += plan.notes.map { ("notes", $0) }
        for (key, text) in texts {
            if let marker = TemplatePlaceholders.markers.first(where: { text.value.containsBytes(of: $0) }) {
                sink.add(.placeholder, at: text.location, .placeholderLeft(.marker(key: key, marker: marker)))
            }
        }
    }
}
