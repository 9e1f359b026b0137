import ITAPlanYAML

/// One thing wrong with a plan: a rule, where, and what, as data. Printing
/// it is a reporter's job; whether it fails the run is the caller's.
public struct Finding: Sendable, Hashable {
    public var rule: RuleID
    public var severity: Severity
    public var location: SourceLocation
    public var message: Message
    public var notes: [Note]

    public init(_ rule: RuleID, at location: SourceLocation, _ message: Message,
                severity: Severity? = nil, notes: [Note] = []) {
        self.rule = rule
        self.severity = severity ?? rule.defaultSeverity
        self.location = location
        self.message = message
        self.notes = notes
    }

    /// A further remark on a finding, with its own location when it has one.
    public struct Note: Sendable, Hashable {
        public var location: SourceLocation?
        public var message: Message

        public init(_ message: Message, at location: SourceLocation? = nil) {
            self.message = message
            self.location = location
        }
    }
}

extension Finding: Comparable {
    /// Source order, so output reads top to bottom like the file.
    public static func < (lhs: Finding, rhs: Finding) -> Bool {
        (lhs.location, lhs.rule.rawValue) < (rhs.location, rhs.rule.rawValue)
    }
}
