/// ANSI styling, applied only when the caller says output goes to a terminal.
public struct TerminalStyle: Sendable {
    public let enabled: Bool

    public init(enabled: Bool) {
        self.enabled = enabled
    }

    public static let plain = TerminalStyle(enabled: false)

    public func bold(_ text: String) -> String { wrap(text, "1") }
    public func red(_ text: String) -> String { wrap(text, "1;31") }
    public func yellow(_ text: String) -> String { wrap(text, "1;33") }
    public func green(_ text: String) -> String { wrap(text, "1;32") }
    public func cyan(_ text: String) -> String { wrap(text, "1;36") }
    public func dim(_ text: String) -> String { wrap(text, "2") }

    public func paint(_ text: String, _ tone: Tone) -> String {
        switch tone {
        case .plain: return text
        case .bold: return bold(text)
        case .red: return red(text)
        case .yellow: return yellow(text)
        case .green: return green(text)
        case .cyan: return cyan(text)
        case .dim: return dim(text)
        }
    }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

/// A colour or weight for a piece of terminal text.
public enum Tone: Sendable {
    case plain, bold, red, yellow, green, cyan, dim
}
