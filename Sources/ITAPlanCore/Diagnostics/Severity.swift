/// How serious a finding is. Rules give a default; the caller decides what
/// fails a run (`--strict` makes warnings fail too).
public enum Severity: String, Sendable, Codable, Comparable {
    case warning
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .warning && rhs == .error
    }
}
