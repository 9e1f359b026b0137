/// How one assessment year's ITA is scored and rated: tools and their
/// weights, which indicator belongs to which tool, the level scales and the
/// rules that lower a level, the pass mark, the OIT items for the measures
/// and the evidence window. Every fact carries its confidence and source.
/// Shipped as data (Resources/ita-years/<year>.json) and overridable by a
/// plan repository's `ita-years/<year>.yaml`; see docs/year-models.md.
public struct ScoringModel: Sendable, Equatable {
    public struct Tool: Sendable, Hashable {
        public var id: String
        public var weight: Double
        public var nameTH: String
        public var nameEN: String

        public init(id: String, weight: Double, nameTH: String, nameEN: String) {
            self.id = id
            self.weight = weight
            self.nameTH = nameTH
            self.nameEN = nameEN
        }
    }

    public struct Indicator: Sendable, Hashable {
        public var number: Int
        public var tool: String
        public var nameTH: String
        public var nameEN: String

        public init(number: Int, tool: String, nameTH: String, nameEN: String) {
            self.number = number
            self.tool = tool
            self.nameTH = nameTH
            self.nameEN = nameEN
        }
    }

    /// A level and the lowest total that reaches it.
    public struct Band: Sendable, Hashable {
        public var level: String
        public var minimum: Double

        public init(level: String, minimum: Double) {
            self.level = level
            self.minimum = minimum
        }
    }

    /// One vocabulary a year's results are stated in: the letters AA–F of
    /// 2563–2565, or the four levels of 2566 onward.
    public struct Scale: Sendable, Hashable {
        /// `letters` or `levels`.
        public var name: String
        /// Highest first.
        public var bands: [Band]
        public var confidence: Confidence
        public var source: String

        public init(name: String, bands: [Band], confidence: Confidence, source: String) {
            self.name = name
            self.bands = bands
            self.confidence = confidence
            self.source = source
        }

        public var levels: [String] { bands.map(\.level) }

        /// The band with the highest minimum the total reaches.
        public func level(for total: Double) -> Band? {
            bands.sorted { $0.minimum > $1.minimum }.first { total >= $0.minimum - 1e-9 }
        }
    }

    /// A rule that lowers a level: a tool scoring below a bar (ITA 2568:
    /// EIT below 85 lowers ผ่านดี to ผ่าน).
    public struct Condition: Sendable, Hashable {
        public var tool: String
        public var below: Double
        public var lowers: String
        public var to: String
        public var confidence: Confidence
        public var source: String

        public init(tool: String, below: Double, lowers: String, to: String, confidence: Confidence, source: String) {
            self.tool = tool
            self.below = below
            self.lowers = lowers
            self.to = to
            self.confidence = confidence
            self.source = source
        }
    }

    /// The OIT items the measures and their implementation are scored under.
    public struct OITItems: Sendable, Hashable {
        public var measures: String
        public var implementation: String

        public init(measures: String, implementation: String) {
            self.measures = measures
            self.implementation = implementation
        }
    }

    /// The span in which agencies enter OIT evidence on the NACC system;
    /// the start may be unknown (ITA 2563: only the closing day is known).
    public struct EvidenceSpan: Sendable, Hashable {
        public var start: CivilDate?
        public var end: CivilDate

        public init(start: CivilDate?, end: CivilDate) {
            self.start = start
            self.end = end
        }
    }

    public var assessmentYear: Int
    /// What the model is and how sure it is, in a sentence or two.
    public var note: String
    public var toolsFact: Fact<[Tool]>
    public var indicatorsFact: Fact<[Indicator]>
    /// The first is the year's own vocabulary; others are also accepted.
    public var scales: [Scale]
    public var conditions: [Condition]
    public var passMarkFact: Fact<Double>
    public var oitItems: Fact<OITItems>?
    public var evidenceWindow: Fact<EvidenceSpan>?

    public init(assessmentYear: Int, note: String, tools: Fact<[Tool]>, indicators: Fact<[Indicator]>,
                scales: [Scale], conditions: [Condition] = [], passMark: Fact<Double>,
                oitItems: Fact<OITItems>? = nil, evidenceWindow: Fact<EvidenceSpan>? = nil) {
        self.assessmentYear = assessmentYear
        self.note = note
        self.toolsFact = tools
        self.indicatorsFact = indicators
        self.scales = scales
        self.conditions = conditions
        self.passMarkFact = passMark
        self.oitItems = oitItems
        self.evidenceWindow = evidenceWindow
    }

    public var tools: [Tool] { toolsFact.value }
    public var indicators: [Indicator] { indicatorsFact.value }
    public var passMark: Double { passMarkFact.value }

    public func indicator(_ number: Int) -> Indicator? {
        indicators.first { $0.number == number }
    }

    /// The scale a stated level belongs to, if any.
    public func scale(containing level: String) -> Scale? {
        scales.first { $0.levels.contains(level) }
    }

    /// The level a total reaches on the year's own scale, before conditions.
    public func grade(for total: Double) -> String? {
        scales.first?.level(for: total)?.level
    }

    /// The least sure fact the model has: what `itaplan years` shows first.
    public var weakestConfidence: Confidence {
        ([toolsFact.confidence, indicatorsFact.confidence, passMarkFact.confidence]
            + scales.map(\.confidence) + conditions.map(\.confidence)
            + [oitItems?.confidence, evidenceWindow?.confidence].compactMap { $0 }).min() ?? .assumed
    }
}
