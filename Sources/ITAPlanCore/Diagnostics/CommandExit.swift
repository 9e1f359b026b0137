/// How a command that the library runs end to end came out; the executable
/// maps it to the exit status it promises (0, 1, 2).
public enum CommandExit: Sendable, Equatable {
    /// Done (exit 0).
    case clean
    /// Refused by the plan's rules, or findings to report (exit 1).
    case findings
    /// A usage mistake or an I/O error (exit 2).
    case usageOrIO
}
