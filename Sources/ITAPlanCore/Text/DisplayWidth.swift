/// How many terminal columns text takes. Thai above and below vowels and
/// tone marks combine with the letter before them and take no column, so
/// counting characters or bytes misaligns Thai tables and carets.
public enum DisplayWidth {
    public static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + of($1) }
    }

    public static func of(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return 0
        case .control:
            return 0
        default:
            return isWide(scalar.value) ? 2 : 1
        }
    }

    /// East Asian wide and fullwidth ranges, and emoji, which terminals draw
    /// two columns wide.
    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
             0x4E00...0x9FFF, 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
             0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// Text padded with spaces on the right to `width` columns.
    public static func padded(_ text: String, to width: Int) -> String {
        let missing = width - of(text)
        return missing > 0 ? text + String(repeating: " ", count: missing) : text
    }

    /// Text padded with spaces on the left to `width` columns.
    public static func leftPadded(_ text: String, to width: Int) -> String {
        let missing = width - of(text)
        return missing > 0 ? String(repeating: " ", count: missing) + text : text
    }

    /// The whitespace that puts a caret under the character at `column`
    /// (1-based, in scalars) of `line`: tabs stay tabs, marks take nothing.
    public static func caretIndent(line: String, column: Int) -> String {
        var indent = ""
        for scalar in line.unicodeScalars.prefix(max(0, column - 1)) {
            if scalar == "\t" {
                indent.append("\t")
            } else {
                indent.append(String(repeating: " ", count: of(scalar)))
            }
        }
        return indent
    }
}
