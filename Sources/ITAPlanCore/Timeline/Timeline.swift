/// Every step's schedule resolved and expanded into due instances, with the
/// progress record (if any) matched to each instance.
public struct Timeline: Sendable {
    public let fiscalYear: FiscalYear
    /// In plan order.
    public let steps: [StepTimeline]

    public init(fiscalYear: FiscalYear, steps: [StepTimeline]) {
        self.fiscalYear = fiscalYear
        self.steps = steps
    }
}

/// One step's deadlines.
public struct StepTimeline: Sendable {
    public let measureIndex: Int
    public let stepIndex: Int
    /// Nil when no schedule could be read for the step (there is a finding).
    public let schedule: Schedule?
    public let instances: [ScheduledInstance]

    public init(measureIndex: Int, stepIndex: Int, schedule: Schedule?, instances: [ScheduledInstance]) {
        self.measureIndex = measureIndex
        self.stepIndex = stepIndex
        self.schedule = schedule
        self.instances = instances
    }
}

/// A due instance and what the plan records for it.
public struct ScheduledInstance: Sendable {
    public let instance: DueInstance
    public let record: ProgressRecord?

    public init(instance: DueInstance, record: ProgressRecord?) {
        self.instance = instance
        self.record = record
    }
}
