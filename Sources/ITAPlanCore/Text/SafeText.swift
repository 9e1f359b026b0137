/// The one place plan text is made safe to print: every printer of text a
/// plan (or a file name) supplies goes through here, so that no plan can
/// move a terminal's cursor, recolour it, reverse the reading order of a
/// line, fake a line break, or write a GitHub workflow command into a CI log.
///
/// Unsafe scalars are shown as `\uXXXX` (ESC becomes `\u001b`): visible,
/// unambiguous, and never interpreted. Unsafe are the C0 and C1 controls and
/// DEL, the bidirectional controls (U+061C, U+200E/F, U+202A–U+202E,
/// U+2066–U+2069) and the Unicode line and paragraph separators
/// (U+2028/U+2029), which some terminals and editors break lines at.
public enum SafeText {
    /// Text for one line of terminal or log output: every unsafe scalar
    /// escaped, including line feed, carriage return and tab.
    public static func inline(_ text: String) -> String {
        escaped(text) { _ in false }
    }

    /// A source line shown under a finding: as `inline`, but tabs kept, so
    /// the line looks as in the editor (the caret is placed over it).
    public static func sourceLine(_ text: String) -> String {
        escaped(text) { $0 == "\t" }
    }

    /// Text for Markdown or HTML, where line breaks and tabs are only
    /// whitespace: they become spaces (a break would end a table row or a
    /// code span); every other unsafe scalar is escaped.
    public static func markup(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" || scalar == "\t" {
                out.append(" ")
            } else if isUnsafe(scalar) {
                out.append(contentsOf: escape(scalar).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Whole plain-text output (several lines, never coloured): every unsafe
    /// scalar but line feed and tab escaped, and line starts guarded.
    public static func plainText(_ text: String) -> String {
        guardingLineStarts(escaped(text) { $0 == "\n" || $0 == "\t" })
    }

    /// Whole text output whose lines must not start (after blanks) with
    /// `::` or `##[`, which the GitHub Actions runner reads as workflow
    /// commands (`::add-mask::`, `::warning::`, `::stop-commands::`, and the
    /// older `##[error]`): the first character of such a line is escaped.
    /// itaplan's own `--format github` output is the one printer that must
    /// not go through this.
    public static func guardingLineStarts(_ output: String) -> String {
        guard output.contains("::") || output.contains("##[") else { return output }
        var lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for index in lines.indices {
            let line = lines[index]
            let body = line.drop { $0 == " " || $0 == "\t" }
            if let first = body.unicodeScalars.first, startsWorkflowCommand(body) {
                lines[index] = String(line[..<body.startIndex]) + escape(first) + String(body.dropFirst())
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Whether a line (its blanks removed) would be read as a workflow command.
    public static func startsWorkflowCommand(_ line: Substring) -> Bool {
        line.hasPrefix("::") || line.hasPrefix("##[")
    }

    /// Whether `scalar` is escaped by `inline`.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        case 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// `\u` and four lowercase hex digits.
    static func escape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    private static func escaped(_ text: String, keeping kept: (Unicode.Scalar) -> Bool) -> String {
        guard text.unicodeScalars.contains(where: { isUnsafe($0) && !kept($0) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar), !kept(scalar) {
                out.append(contentsOf: escape(scalar).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
