/// Every step has someone responsible, its own unit or its measure's:
/// "who is responsible?" is a column of the official table and the
/// question status answers first.
struct ResponsibleUnitRule: PlanRule {
    func check(_ context: RuleContext, into sink: FindingSink) {
        // A value that could not be read has its own finding already.
        for measure in context.plan.measures where measure.responsible.isEmpty && !measure.hasUnreadableResponsible {
            for step in measure.steps where step.responsible.isEmpty && !step.hasUnreadableResponsible {
                sink.add(.unassignedStep, at: step.id.location,
                         .stepUnassigned(step: step.id.value, measure: measure.id.value))
            }
        }
    }
}
