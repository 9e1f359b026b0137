import ITAPlanCore

/// A finding a fixture expects, written in its header as
/// `# expect: <rule-id> <line>:<column>`.
public struct ExpectedFinding: Hashable, CustomStringConvertible, Comparable {
    public let rule: String
    public let line: Int
    public let column: Int

    public init(rule: String, line: Int, column: Int) {
        self.rule = rule
        self.line = line
        self.column = column
    }

    public init(_ finding: Finding) {
        self.init(rule: finding.rule.rawValue, line: finding.location.line, column: finding.location.column)
    }

    public var description: String { "\(rule) \(line):\(column)" }

    public static func < (lhs: ExpectedFinding, rhs: ExpectedFinding) -> Bool {
        (lhs.line, lhs.column, lhs.rule) < (rhs.line, rhs.column, rhs.rule)
    }

    /// The expectations written in a fixture's header comments.
    public static func parse(header text: String) -> [ExpectedFinding] {
        text.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("# expect: ") else { return nil }
            let parts = line.dropFirst("# expect: ".count).split(separator: " ")
            guard parts.count == 2 else { return nil }
            let position = parts[1].split(separator: ":").compactMap { Int($0) }
            guard position.count == 2 else { return nil }
            return ExpectedFinding(rule: String(parts[0]), line: position[0], column: position[1])
        }.sorted()
    }
}

extension CheckedPlan {
    /// The findings as rule and position, in order, for comparing with expectations.
    public var positions: [ExpectedFinding] {
        findings.map(ExpectedFinding.init).sorted()
    }

    public var ruleIDs: [String] {
        findings.map(\.rule.rawValue)
    }
}
