/// What an import warning says, as data; `text(in:)` words it.
public enum ImportMessage: Sendable, Equatable {
    /// Text that fitted no field; it is kept in the plan's notes.
    case unplacedText(String)
    /// A measure row whose title has no number; it was given `assignedID`.
    case measureWithoutNumber(assignedID: String)
    /// A measure row with no steps.
    case measureWithoutSteps(measure: String)
    /// A steps cell without "๑." numbering, kept as one step.
    case stepsNotNumbered(measure: String)
    /// The measure got `schedule: fiscal-year` for now (see `InterimScheduleReason`).
    case interimSchedule(measure: String, reason: InterimScheduleReason)
    /// An analysis paragraph under no indicator; it is kept in the notes.
    case analysisWithoutIndicators
    case noTitle
    case noAgencyName
    case noFiscalYear
    /// The fiscal year was not stated, so it was taken as the ITA year + 1.
    case fiscalYearFromAssessment(Int)
    case noAssessmentYear
    /// The ITA year was not stated, so it was taken as the fiscal year − 1.
    case assessmentYearFromFiscalYear(Int)
    case noIndicators
    case noMeasures
    /// A measure's cells came one per line and there were more lines than
    /// columns: the extra lines were put with its results (check them).
    case cellsSharedByGuess(measure: String)
    /// Narrative before the tables (คำนำ, สารบัญ, หลักการประเมิน …), not imported.
    case preambleSkipped(heading: String, lines: Int)
    /// The ITA result is labelled with the plan's own fiscal year, as many
    /// documents do; the assessment is the year before.
    case resultLabelledWithPlanYear(planYear: Int)
    /// A PDF's table is read back from where its text stands on the page.
    case readFromPDFLayout
    /// Documents imported together: another one's indicator table was used.
    case secondIndicatorTable
    /// Documents imported together state different fiscal years; the first was used.
    case documentsDisagreeOnYear([Int])
}
