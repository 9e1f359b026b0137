/// The language messages and reports are written in.
public enum Language: String, CaseIterable, Sendable, Codable {
    case thai = "th"
    case english = "en"

    /// The language a POSIX locale environment asks for: LC_ALL, then
    /// LC_MESSAGES, then LANG; Thai when the first one set starts with "th".
    /// The caller passes the environment; the library never reads it.
    public init(localeEnvironment environment: [String: String]) {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            self = value.lowercased().hasPrefix("th") ? .thai : .english
            return
        }
        self = .english
    }

    /// Picks the text for this language.
    @inlinable
    public func pick(th: @autoclosure () -> String, en: @autoclosure () -> String) -> String {
        self == .thai ? th() : en()
    }
}
