import ITAPlanYAML

/// One measure (มาตรการ/แนวทาง): its steps, who is responsible, when, and
/// what came of it.
public struct Measure: Sendable {
    public var id: Located<String>
    public var title: Located<String>
    public var indicators: [Located<Int>]
    public var responsible: [Located<String>]
    /// The timeframe as written in the source document.
    public var timeframe: Located<String>?
    /// The structured schedule, when given; otherwise read from `timeframe`.
    public var schedule: Located<Schedule>?
    public var steps: [Step]
    /// Where the `steps` key is written.
    public var stepsLocation: SourceLocation
    public var results: [Located<String>]
    public var recommendations: [Located<String>]
    public var location: SourceLocation
    /// Whether some step entry could not be read (see `Plan.hasUnreadableMeasures`).
    public var hasUnreadableSteps = false
    /// Whether its `indicators:` was written but could not be read (a
    /// misspelled key, a value that is not a list): which indicators it
    /// addresses is then not known.
    public var hasUnreadableIndicators = false
    /// Whether `responsible` was written but could not be read (it has its own finding).
    public var hasUnreadableResponsible = false

    public init(id: Located<String>, title: Located<String>, indicators: [Located<Int>] = [],
                responsible: [Located<String>] = [], timeframe: Located<String>? = nil, steps: [Step],
                stepsLocation: SourceLocation = .start, results: [Located<String>] = [], recommendations: [Located<String>] = [],
                location: SourceLocation) {
        self.id = id
        self.title = title
        self.indicators = indicators
        self.responsible = responsible
        self.timeframe = timeframe
        self.steps = steps
        self.stepsLocation = stepsLocation
        self.results = results
        self.recommendations = recommendations
        self.location = location
    }
}

/// One numbered step of a measure (ขั้นตอนและวิธีการ).
public struct Step: Sendable {
    public var id: Located<String>
    public var text: Located<String>
    /// Units responsible for this step; empty means the measure's.
    public var responsible: [Located<String>]
    public var timeframe: Located<String>?
    public var schedule: Located<Schedule>?
    public var progress: [ProgressRecord]
    public var location: SourceLocation
    /// Whether `responsible` was written but could not be read (it has its own finding).
    public var hasUnreadableResponsible = false

    public init(id: Located<String>, text: Located<String>, responsible: [Located<String>] = [],
                timeframe: Located<String>? = nil, schedule: Located<Schedule>? = nil,
                progress: [ProgressRecord] = [], location: SourceLocation) {
        self.id = id
        self.text = text
        self.responsible = responsible
        self.timeframe = timeframe
        self.schedule = schedule
        self.progress = progress
        self.location = location
    }
}
