/// One line of the source and its 1-based number.
struct SourceLine: Sendable {
    let number: Int
    let text: String
}

enum SourceLines {
    /// The text's lines, broken at LF, CR, CRLF, NEL, LS and PS, the breaks
    /// libyaml and `SourceText` count, so a line number means the same line
    /// in a warning and in an editor.
    static func split(_ text: String) -> [SourceLine] {
        var lines: [SourceLine] = []
        var current = String.UnicodeScalarView()
        var pendingCR = false
        func finish() {
            lines.append(SourceLine(number: lines.count + 1, text: String(current)))
            current = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            if pendingCR {
                pendingCR = false
                if scalar == "\n" { continue }
            }
            switch scalar {
            case "\r":
                finish()
                pendingCR = true
            case "\n", "\u{85}", "\u{2028}", "\u{2029}":
                finish()
            default:
                current.append(scalar)
            }
        }
        if !current.isEmpty { finish() }
        return lines
    }
}
