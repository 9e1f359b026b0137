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
        // Each text is looked at where it is, in source order, rather than
        // gathered into a list first: a plan has hundreds, nearly all clean.
        func look(_ key: String, _ text: Located<String>) {
            // Bytes, not Foundation's `String.contains`, which on Linux folds
            // clusters through CFStringFind and took as long as the rest of validate.
            if let marker = TemplatePlaceholders.markers.first(where: { text.value.containsBytes(of: $0) }) {
                sink.add(.placeholder, at: text.location, .placeholderLeft(.marker(key: key, marker: marker)))
            }
        }
        if let title = plan.title { look("title", title) }
        for paragraph in plan.ita.analysis { look("text", paragraph.text) }
        for measure in plan.measures {
            look("title", measure.title)
            for unit in measure.responsible { look("responsible", unit) }
            for step in measure.steps {
                look("text", step.text)
                for unit in step.responsible { look("responsible", unit) }
                for record in step.progress { if let note = record.note { look("note", note) } }
            }
            for result in measure.results { look("results", result) }
            for recommendation in measure.recommendations { look("recommendations", recommendation) }
        }
        for note in plan.notes { look("notes", note) }
    }
}
