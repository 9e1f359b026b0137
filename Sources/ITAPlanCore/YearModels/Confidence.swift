/// How sure itaplan is of one fact of an assessment year's model. Checks
/// that rest on a fact are as severe as the fact is sure: a confirmed fact
/// can make an error, a reported or assumed one at most a warning.
public enum Confidence: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Read from NACC's manual or reproduced from published results.
    case confirmed
    /// Stated by a secondary source (a news item, another agency's report).
    case reported
    /// Nobody has a source: carried over so that plans can be checked at all.
    case assumed

    private var rank: Int {
        switch self {
        case .assumed: return 0
        case .reported: return 1
        case .confirmed: return 2
        }
    }

    /// Less sure sorts first, so `min` of several is the weakest.
    public static func < (lhs: Confidence, rhs: Confidence) -> Bool {
        lhs.rank < rhs.rank
    }

    /// The severity of a disagreement with a fact this sure.
    public var mismatchSeverity: Severity {
        self == .confirmed ? .error : .warning
    }
}

/// A value of a year model, how sure it is, and where it comes from.
public struct Fact<Value: Sendable & Equatable>: Sendable, Equatable {
    public var value: Value
    public var confidence: Confidence
    public var source: String

    public init(_ value: Value, _ confidence: Confidence, source: String) {
        self.value = value
        self.confidence = confidence
        self.source = source
    }
}

/// The facts of a year model, by name, for messages that say which one a
/// check rests on.
public enum ModelFact: String, Sendable, Hashable, CaseIterable {
    case weights, indicators, levels, conditions, passMark = "pass_mark", oitItems = "oit_items"
    case evidenceWindow = "evidence_window"
}
