/// What importing a document gave: the plan, and every warning about it.
public struct PlanImportResult: Sendable, Equatable {
    public var plan: ImportedPlan
    /// In source order; warnings about the whole document first.
    public var warnings: [ImportWarning]
    /// Where each row number of a warning or note is in the source.
    public var places: SourcePlaces

    public init(plan: ImportedPlan, warnings: [ImportWarning], places: SourcePlaces = SourcePlaces()) {
        self.plan = plan
        self.warnings = warnings
        self.places = places
    }
}
