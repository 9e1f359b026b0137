import ITAPlanCore

/// One progress record to add to a step, its values already read and checked
/// for form (a real day, a number 0–100); whether it fits the plan is the
/// plan's rules' business, run on the result.
public struct ProgressEntry: Sendable, Equatable {
    /// The step id, Thai digits made Arabic (`๔.๓` is `4.3`).
    public var step: String
    /// The period as the user wrote it; nil means the earliest open instance.
    public var period: String?
    public var done: CivilDate?
    public var percent: Double?
    public var evidence: [String]
    public var by: String?
    public var note: String?

    public init(step: String, period: String? = nil, done: CivilDate? = nil, percent: Double? = nil,
                evidence: [String] = [], by: String? = nil, note: String? = nil) {
        self.step = step
        self.period = period
        self.done = done
        self.percent = percent
        self.evidence = evidence
        self.by = by
        self.note = note
    }
}
