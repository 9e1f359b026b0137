/// How one assessment year's ITA is scored: tools and their weights, which
/// indicator belongs to which tool, grade bands and the pass mark. Shipped
/// as data (Resources/ita-years/<year>.json), so a new year is a new file.
public struct ScoringModel: Sendable, Decodable {
    public struct Tool: Sendable, Decodable {
        public let id: String
        public let weight: Double
        public let nameTH: String
        public let nameEN: String

        enum CodingKeys: String, CodingKey {
            case id, weight, nameTH = "name_th", nameEN = "name_en"
        }
    }

    public struct Indicator: Sendable, Decodable {
        public let number: Int
        public let tool: String
        public let nameTH: String
        public let nameEN: String

        enum CodingKeys: String, CodingKey {
            case number, tool, nameTH = "name_th", nameEN = "name_en"
        }
    }

    /// A grade and the lowest total that earns it.
    public struct GradeBand: Sendable, Decodable {
        public let grade: String
        public let minimum: Double
    }

    /// The span in which agencies enter OIT evidence on the NACC system.
    public struct EvidenceWindow: Sendable, Decodable {
        /// Buddhist Era dates, `2565-03-01`.
        public let start: String
        public let end: String
        /// False where the window is assumed rather than read from the manual.
        public let confirmed: Bool
    }

    public let assessmentYear: Int
    public let tools: [Tool]
    public let indicators: [Indicator]
    public let grades: [GradeBand]
    public let passMark: Double
    public let oitEvidenceWindow: EvidenceWindow?
    /// Where the numbers come from and how sure they are.
    public let sources: String

    enum CodingKeys: String, CodingKey {
        case assessmentYear = "assessment_year", tools, indicators, grades
        case passMark = "pass_mark", oitEvidenceWindow = "oit_evidence_window", sources
    }

    public func indicator(_ number: Int) -> Indicator? {
        indicators.first { $0.number == number }
    }

    /// The grade a total earns: the band with the highest minimum it reaches.
    public func grade(for total: Double) -> String? {
        grades.sorted { $0.minimum > $1.minimum }.first { total >= $0.minimum - 1e-9 }?.grade
    }
}
