/// Text as a YAML scalar: plain when every YAML reader (1.1 or 1.2) reads
/// it back as the same text, else double-quoted. Plain keeps plan files
/// readable by hand; the quoting rules are the ones docs/plan-format.md
/// gives officers.
public enum YAMLScalarWriter {
    /// Characters that start YAML syntax when they start a plain scalar.
    static let indicators: Set<Character> = [
        "-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`",
    ]
    /// Characters that end a plain scalar inside `[…]` or `{…}`.
    static let flowIndicators: Set<Character> = [",", "[", "]", "{", "}"]

    /// Words YAML 1.1 or 1.2 read as booleans or null, compared in lowercase.
    static let specialWords: Set<String> = [
        "true", "false", "yes", "no", "y", "n", "on", "off", "null", "~",
        ".inf", "+.inf", "-.inf", ".nan", "=", "<<",
    ]

    /// `text` as a scalar; `inFlow` for a value inside `[…]` or `{…}`.
    public static func scalar(_ text: String, inFlow: Bool = false) -> String {
        isPlainSafe(text, inFlow: inFlow) ? text : doubleQuoted(text)
    }

    public static func isPlainSafe(_ text: String, inFlow: Bool = false) -> Bool {
        guard let first = text.first, let last = text.last else { return false }
        guard !first.isWhitespace, !last.isWhitespace, !indicators.contains(first) else { return false }
        guard text.unicodeScalars.allSatisfy(isPrintable) else { return false }
        guard !text.contains(": "), !text.contains(" #"), !text.hasSuffix(":"), !text.hasPrefix("...") else {
            return false
        }
        if inFlow, text.contains(where: flowIndicators.contains) { return false }
        if specialWords.contains(text.lowercased()) { return false }
        return !looksLikeNumberOrDate(text)
    }

    /// Conservative: anything a YAML 1.1 resolver might take for an int,
    /// float, sexagesimal number or timestamp ("1.10", "0x1F", "1:30",
    /// "2564-01-15", "1e3") is quoted. Quoting text that needs none is harmless.
    static func looksLikeNumberOrDate(_ text: String) -> Bool {
        var body = Substring(text)
        if let sign = body.first, sign == "+" || sign == "-" { body = body.dropFirst() }
        guard let first = body.first, first.isASCII, first.isNumber || first == "." else { return false }
        let numeric = Set("0123456789_.:eE+-xXoObBaAcCdDfF")
        if body.allSatisfy(numeric.contains), body.contains(where: { $0.isASCII && $0.isNumber }) { return true }
        // A timestamp: a date, then perhaps a time after a space or "T".
        let date = body.prefix(10)
        let digitsAndDashes = date.allSatisfy { ($0.isASCII && $0.isNumber) || $0 == "-" }
        return digitsAndDashes && date.filter({ $0 == "-" }).count == 2 && date.prefix(4).allSatisfy(\.isNumber)
    }

    /// Printable in YAML and not a line break: no C0 or C1 controls (a tab
    /// included, so a plain scalar never has one), no DEL, no LS or PS, no BOM.
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF: return false
        default: return true
        }
    }

    /// The text in double quotes, escaped so that it reads back exactly.
    public static func doubleQuoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case "\u{0}": result += "\\0"
            case "\u{85}": result += "\\N"
            case "\u{2028}": result += "\\L"
            case "\u{2029}": result += "\\P"
            default:
                if isPrintable(scalar) {
                    result.unicodeScalars.append(scalar)
                } else {
                    result += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                        + String(scalar.value, radix: 16, uppercase: true)
                }
            }
        }
        return result + "\""
    }
}
