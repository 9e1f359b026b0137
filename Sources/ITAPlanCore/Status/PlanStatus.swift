/// A plan's progress on one day: every due instance's state, completion per
/// step, measure and plan, and roll-ups by responsible unit and indicator.
public struct PlanStatus: Sendable {
    public let path: String
    public let plan: Plan
    public let asOf: CivilDate
    public let dueSoonDays: Int
    public let fiscalYear: FiscalYear
    public internal(set) var measures: [MeasureStatus]
    public let completion: Completion
    public let byUnit: [UnitRollup]
    public let byIndicator: [IndicatorRollup]
    /// The OIT evidence window of the ITA that assesses this fiscal year, when known.
    public let evidenceWindow: EvidenceWindow?
    /// The level itaplan computes for the plan's ITA result, and the rules
    /// that decided it; nil when the year has no model or a score is missing.
    public var level: LevelDecision? = nil
    /// Whether done instances carry when they were recorded (`withRecorded`).
    public internal(set) var recordedShown = false

    /// Every instance, in plan order, with its step and measure.
    public var items: [(measure: MeasureStatus, step: StepStatus, item: InstanceStatus)] {
        measures.flatMap { measure in
            measure.steps.flatMap { step in step.instances.map { (measure, step, $0) } }
        }
    }
}

public struct MeasureStatus: Sendable {
    public let measure: Measure
    public internal(set) var steps: [StepStatus]
    public let completion: Completion
}

public struct StepStatus: Sendable {
    public let step: Step
    /// The step's own units, or its measure's.
    public let units: [String]
    public let schedule: Schedule?
    public internal(set) var instances: [InstanceStatus]
    public let completion: Completion
    /// The latest partial progress of a step not yet done.
    public let percent: Double?
}

public struct InstanceStatus: Sendable {
    public let instance: DueInstance
    public let state: ItemState
    /// The record matched to the instance, if any (it may be dated after the as-of date).
    public let record: ProgressRecord?
    /// The done date, when on or before the as-of date.
    public let done: CivilDate?
    /// Days past the deadline: when done late, or overdue.
    public let daysLate: Int?
    /// Days left until the deadline, when open and not overdue.
    public let daysLeft: Int?
    /// Whether the deadline falls after the OIT evidence window closes, so
    /// evidence published on time still misses this year's assessment.
    public let afterEvidenceWindow: Bool
    /// When a done instance's record was first recorded in a snapshot; nil
    /// when not asked for (`PlanStatus.withRecorded`) or not done.
    public internal(set) var recorded: Recorded? = nil
}

public struct UnitRollup: Sendable {
    /// The unit as first written.
    public let unit: String
    public let completion: Completion
    public let overdueSteps: [String]
}

public struct IndicatorRollup: Sendable {
    public let number: Int
    public let name: String
    public let score: Double?
    public let belowPassMark: Bool
    /// Ids of the measures that address it.
    public let measures: [String]
    public let completion: Completion
}

/// The span in which OIT evidence is entered on the NACC system.
public struct EvidenceWindow: Sendable, Equatable {
    public let start: CivilDate
    public let end: CivilDate
    public let confirmed: Bool
    public let assessmentYear: Int
    /// How sure the window is (`confirmed` is this being `.confirmed`).
    public var confidence: Confidence = .assumed
}
