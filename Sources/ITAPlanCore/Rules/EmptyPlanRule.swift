/// A plan has measures, and every measure has steps.
struct EmptyPlanRule: PlanRule {
    func check(_ context: RuleContext, into sink: FindingSink) {
        let plan = context.plan
        if plan.measures.isEmpty, !plan.hasUnreadableMeasures {
            sink.add(.emptyMeasures, at: plan.measuresLocation, .noMeasures)
        }
        for measure in plan.measures where measure.steps.isEmpty && !measure.hasUnreadableSteps {
            sink.add(.emptySteps, at: measure.stepsLocation, .noSteps(measure: measure.id.value))
        }
    }
}
