import ITAPlanYAML

/// Measure ids, step ids (unique across the plan, since progress and
/// history refer to them) and indicator numbers are each used once.
struct DuplicateIDRule: PlanRule {
    func check(_ context: RuleContext, into sink: FindingSink) {
        let plan = context.plan
        report(plan.measures.map(\.id), kind: .measure, into: sink)
        report(plan.measures.flatMap(\.steps).map(\.id), kind: .step, into: sink)
        // A number written twice because one entry bears another indicator's
        // name is reported once, as that (indicator-name).
        let renamed = Set(context.misnumbered.map(\.indicator.number.value))
        report(plan.ita.indicators.filter { !renamed.contains($0.number.value) }
                   .map { Located(String($0.number.value), at: $0.number.location) },
               kind: .indicator, into: sink)
    }

    private func report(_ ids: [Located<String>], kind: IDKind, into sink: FindingSink) {
        var first: [String: SourceLocation] = [:]
        for id in ids {
            if let earlier = first[id.value] {
                sink.add(.duplicateID, at: id.location, .duplicateID(kind: kind, id: id.value),
                         notes: [Finding.Note(.firstDefinedHere, at: earlier)])
            } else {
                first[id.value] = id.location
            }
        }
    }
}
