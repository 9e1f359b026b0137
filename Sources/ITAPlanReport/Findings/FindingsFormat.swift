import ITAPlanCore

/// The formats of `validate`: the one list of them, each with its reporter.
public enum FindingsFormat: String, CaseIterable, Sendable {
    case text, json, github

    /// `color`: terminal colours (text only); the executable knows whether stdout is a terminal.
    public func reporter(language: Language, color: Bool = false) -> any FindingsReporter {
        switch self {
        case .text: TextFindingsReporter(language: language, style: TerminalStyle(enabled: color))
        case .json: JSONFindingsReporter(language: language)
        case .github: GitHubFindingsReporter(language: language)
        }
    }
}
