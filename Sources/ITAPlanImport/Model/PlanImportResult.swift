/// What importing a document gave: the plan, and every warning about it.
public struct PlanImportResult: Sendable, Equatable {
    public var plan: ImportedPlan
    /// In source order; warnings about the whole document first.
    public var warnings: [ImportWarning]

    public init(plan: ImportedPlan, warnings: [ImportWarning]) {
        self.plan = plan
        self.warnings = warnings
    }
}
