import ITAPlanYAML

/// One agency's integrity and transparency measures for one fiscal year,
/// as the plan file states them.
public struct Plan: Sendable {
    public var schema: Int
    public var title: Located<String>?
    public var agency: Agency
    public var fiscalYear: Located<Int>
    public var ita: ITAResult
    public var measures: [Measure]
    /// Where the `measures` key is written.
    public var measuresLocation: SourceLocation
    public var notes: [Located<String>]
    public var settings: PlanSettings = PlanSettings()
    /// Whether some measure could not be read; rules about what is absent
    /// then stay quiet, since the missing entry may be what they look for.
    public var hasUnreadableMeasures = false

    public init(schema: Int, title: Located<String>? = nil, agency: Agency, fiscalYear: Located<Int>,
                ita: ITAResult, measures: [Measure], measuresLocation: SourceLocation = .start,
                notes: [Located<String>] = []) {
        self.schema = schema
        self.title = title
        self.agency = agency
        self.fiscalYear = fiscalYear
        self.ita = ita
        self.measures = measures
        self.measuresLocation = measuresLocation
        self.notes = notes
    }
}

public struct Agency: Sendable {
    public var name: Located<String>
    /// The kind's English code (the file may give the Thai name).
    public var kind: Located<String>?
    public var province: Located<String>?
    /// The agency's own website(s), as host names or links: OIT evidence is
    /// a page there (`evidence-off-site`).
    public var website: [Located<String>] = []

    public init(name: Located<String>, kind: Located<String>? = nil, province: Located<String>? = nil,
                website: [Located<String>] = []) {
        self.name = name
        self.kind = kind
        self.province = province
        self.website = website
    }
}
