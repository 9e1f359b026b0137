/// The measures for fiscal year Y build on the ITA of year Y−1: results come
/// out around August–September, and the measures are written for the fiscal
/// year that starts on 1 October.
struct AssessmentYearRule: PlanRule {
    func check(_ context: RuleContext, into sink: FindingSink) {
        let assessment = context.plan.ita.year
        let fiscal = context.plan.fiscalYear.value
        if assessment.value != fiscal - 1 {
            sink.add(.assessmentYear, at: assessment.location,
                     .assessmentYearMismatch(assessment: assessment.value, fiscal: fiscal),
                     notes: [Finding.Note(.fiscalYearStatedHere, at: context.plan.fiscalYear.location)])
        }
    }
}
