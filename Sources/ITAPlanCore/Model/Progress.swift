import ITAPlanYAML

/// Evidence that one due instance of a step was carried out, or how far a
/// one-off step has got.
public struct ProgressRecord: Sendable {
    /// The due instance it is for, as written ("2564-01", "ม.ค. 2564", "Q2");
    /// absent when the step is due once.
    public var period: Located<String>?
    public var done: Located<CivilDate>?
    /// Partial progress of a step not yet done, 0–100.
    public var percent: Located<Double>?
    /// Where the evidence is published (OIT evidence is a page on the agency's own website).
    public var evidence: [Located<String>]
    /// Whether `evidence` was written at all, even if no link in it was valid
    /// (an invalid link has its own finding; "missing" would repeat it).
    public var evidenceWritten = false
    /// `carried_over: true`: done before the fiscal year began (1 October)
    /// and still counted for it, so an early done date is not a mistake.
    public var carriedOver: Located<Bool>?
    /// Who recorded it.
    public var by: Located<String>?
    public var note: Located<String>?
    public var location: SourceLocation

    public init(period: Located<String>? = nil, done: Located<CivilDate>? = nil, percent: Located<Double>? = nil,
                evidence: [Located<String>] = [], by: Located<String>? = nil, note: Located<String>? = nil,
                location: SourceLocation) {
        self.period = period
        self.done = done
        self.percent = percent
        self.evidence = evidence
        self.by = by
        self.note = note
        self.location = location
    }
}

/// Per-plan choices that change how the plan is checked and reported.
public struct PlanSettings: Sendable {
    /// Whether a done record must name its evidence (default: yes).
    public var evidenceRequired: Bool
    /// How many days before a deadline an open item counts as due soon.
    public var dueSoonDays: Int?

    public init(evidenceRequired: Bool = true, dueSoonDays: Int? = nil) {
        self.evidenceRequired = evidenceRequired
        self.dueSoonDays = dueSoonDays
    }
}
