/// The ITA result and its analysis, as the document states them.
public struct ImportedITAResult: Sendable, Equatable {
    /// The assessment year (BE).
    public var year: Int?
    public var total: Double?
    public var grade: String?
    public var indicators: [ImportedIndicator]
    public var analysis: [ImportedAnalysis]

    public init(year: Int? = nil, total: Double? = nil, grade: String? = nil,
                indicators: [ImportedIndicator] = [], analysis: [ImportedAnalysis] = []) {
        self.year = year
        self.total = total
        self.grade = grade
        self.indicators = indicators
        self.analysis = analysis
    }
}

/// One row of the indicator table.
public struct ImportedIndicator: Sendable, Equatable {
    public var number: Int
    /// IIT, EIT or OIT, from the group heading the row sits under.
    public var tool: String?
    /// The name as written.
    public var name: String
    public var score: Double
    public var line: Int

    public init(number: Int, tool: String?, name: String, score: Double, line: Int) {
        self.number = number
        self.tool = tool
        self.name = name
        self.score = score
        self.line = line
    }
}

/// An analysis paragraph, tied to every indicator of the tool group it sits in.
public struct ImportedAnalysis: Sendable, Equatable {
    public var indicators: [Int]
    public var text: String
    public var line: Int

    public init(indicators: [Int], text: String, line: Int) {
        self.indicators = indicators
        self.text = text
        self.line = line
    }
}
