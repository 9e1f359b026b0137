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
            // Byte search: Foundation's `String.contains` folds clusters through
            // CFStringFind, and took as long as the rest of validate together.
            if let marker = TemplatePlaceholders.markers.first(where: { Self.holds(text.value, $0) }) {
                sink.add(.placeholder, at: text.location, .placeholderLeft(.marker(key: key, marker: marker)))
            }
        }
    }

    /// Whether `text` holds `marker`, byte for byte (both are valid UTF-8, so
    /// a byte match is a character match).
    static func holds(_ text: String, _ marker: String) -> Bool {
        var text = text, marker = marker
        return text.withUTF8 { haystack in
            marker.withUTF8 { needle in
                guard let first = needle.first, needle.count <= haystack.count else { return false }
                var start = 0
                let last = haystack.count - needle.count
                while start <= last {
                    if haystack[start] == first, needle.indices.allSatisfy({ haystack[start + $0] == needle[$0] }) {
                        return true
                    }
                    start += 1
                }
                return false
            }
        }
    }
}
