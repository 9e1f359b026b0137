import ITAPlanYAML

/// The ITA result a plan builds on: the scores as published and the
/// agency's analysis of them.
public struct ITAResult: Sendable {
    /// The assessment year (BE).
    public var year: Located<Int>
    public var indicators: [IndicatorScore]
    /// Where the `indicators` key is written.
    public var indicatorsLocation: SourceLocation
    public var total: Located<Double>?
    public var grade: Located<String>?
    public var analysis: [AnalysisParagraph]
    public var location: SourceLocation
    /// Whether some indicator entry could not be read (see `Plan.hasUnreadableMeasures`).
    public var hasUnreadableIndicators = false

    public init(year: Located<Int>, indicators: [IndicatorScore], indicatorsLocation: SourceLocation = .start, total: Located<Double>? = nil,
                grade: Located<String>? = nil, analysis: [AnalysisParagraph] = [], location: SourceLocation) {
        self.year = year
        self.indicators = indicators
        self.indicatorsLocation = indicatorsLocation
        self.total = total
        self.grade = grade
        self.analysis = analysis
        self.location = location
    }

    public func indicator(_ number: Int) -> IndicatorScore? {
        indicators.first { $0.number.value == number }
    }
}

/// One indicator's published score.
public struct IndicatorScore: Sendable {
    public var number: Located<Int>
    /// IIT, EIT or OIT, when the file states it.
    public var tool: Located<String>?
    /// The name as written in the plan.
    public var name: Located<String>?
    public var score: Located<Double>

    public init(number: Located<Int>, tool: Located<String>? = nil, name: Located<String>? = nil,
                score: Located<Double>) {
        self.number = number
        self.tool = tool
        self.name = name
        self.score = score
    }
}

/// An "issues to fix" paragraph and the indicators it covers.
public struct AnalysisParagraph: Sendable {
    public var indicators: [Located<Int>]
    public var text: Located<String>

    public init(indicators: [Located<Int>], text: Located<String>) {
        self.indicators = indicators
        self.text = text
    }
}
