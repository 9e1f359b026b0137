import ITAPlanCore

/// Years as titles and headings name them: "ประจำปีงบประมาณ พ.ศ.๒๕๖๔",
/// "ปีงบประมาณ 2564", "ในปีงบประมาณ พ.ศ. ๒๕๖๔".
enum FiscalYearPhrase {
    /// The BE year after the first "ปีงบประมาณ", else after "ประจำปี" (an
    /// optional "พ.ศ." between), else nil.
    static func year(in text: String) -> Int? {
        let compact = ThaiDigits.toArabic(text.withoutWhitespace)
        for keyword in ["ปีงบประมาณ", "ประจำปี"] {
            var rest = Substring(compact)
            while let found = rest.firstRange(of: keyword) {
                var after = rest[found.upperBound...]
                if after.hasPrefix("พ.ศ.") { after = after.dropFirst("พ.ศ.".count) }
                if let year = fourDigitYear(after) { return year }
                rest = rest[found.upperBound...]
            }
        }
        return nil
    }

    /// Whether the text is nothing but a fiscal year: "ในปีงบประมาณ พ.ศ.๒๕๖๔",
    /// a title's or heading's second line.
    static func isLoneYear(_ text: String) -> Bool {
        let compact = ThaiDigits.toArabic(text.withoutWhitespace)
        var rest = Substring(compact)
        for prefix in ["ใน", "ประจำ"] where rest.hasPrefix(prefix) { rest = rest.dropFirst(prefix.count) }
        guard rest.hasPrefix("ปีงบประมาณ") else { return false }
        rest = rest.dropFirst("ปีงบประมาณ".count)
        if rest.hasPrefix("พ.ศ.") { rest = rest.dropFirst("พ.ศ.".count) }
        return rest.count == 4 && fourDigitYear(rest) != nil
    }

    /// Whether compacted text ends with a four-digit BE year (the title's
    /// "พ.ศ.2564"), rather than with a page number.
    static func endsWithYear(_ compact: String) -> Bool {
        let digits = compact.reversed().prefix(while: { $0.isASCII && $0.isNumber })
        guard digits.count == 4, let year = Int(String(digits.reversed())) else { return false }
        return (2400...2700).contains(year)
    }

    private static func fourDigitYear(_ text: Substring) -> Int? {
        let digits = text.prefix(while: { $0.isASCII && $0.isNumber })
        guard digits.count == 4 else { return nil }
        return Int(digits)
    }
}
