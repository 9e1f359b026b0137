/// Reads a date as plans write them: ISO (`2021-03-31`), Buddhist Era
/// (`2564-03-31`; any year from 2400 is BE), or Thai (`31 มี.ค. 2564`,
/// `31 มีนาคม 64`), in Arabic or Thai digits.
public enum DateParsing {
    public enum Outcome: Equatable, Sendable {
        case date(CivilDate)
        /// Written as a date, but no such day exists (2564-02-30).
        case impossible(year: Int, month: Int, day: Int)
        case unreadable
    }

    public static func parse(_ text: String) -> Outcome {
        let normalized = ThaiDigits.toArabic(text).trimmed
        if let numeric = numericParts(normalized) { return outcome(numeric) }
        if let thai = thaiParts(normalized) { return outcome(thai) }
        return .unreadable
    }

    /// `YYYY-MM-DD` or `YYYY/MM/DD`.
    private static func numericParts(_ text: String) -> (Int, Int, Int)? {
        let parts = text.split(omittingEmptySubsequences: false) { $0 == "-" || $0 == "/" }
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        return (ceYear(year), month, day)
    }

    /// `31 มี.ค. 2564`, `31 มีนาคม 64`, `วันที่ 31 มีนาคม พ.ศ. 2564`.
    private static func thaiParts(_ text: String) -> (Int, Int, Int)? {
        var rest = text.replacingAll("วันที่", with: " ").replacingAll("พ.ศ.", with: " ")
        rest = rest.collapsingWhitespace
        guard let dayEnd = rest.firstIndex(where: { !$0.isASCII || !$0.isNumber }),
              let day = Int(rest[..<dayEnd]) else { return nil }
        rest = String(rest[dayEnd...]).trimmed
        guard let (month, afterMonth) = leadingMonth(rest) else { return nil }
        let yearText = afterMonth.trimmed
        guard !yearText.isEmpty, yearText.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(yearText) else {
            return nil
        }
        // A two-digit year in a Thai date is BE: 64 is 2564.
        return (ceYear(yearText.count == 2 ? 2500 + year : year), month, day)
    }

    /// A Thai month name at the start of `text`, and what follows it.
    static func leadingMonth(_ text: String) -> (month: Int, rest: String)? {
        for spelling in ThaiMonths.spellings where text.hasPrefix(spelling.text) {
            return (spelling.month, String(text.unicodeScalars.dropFirst(spelling.text.unicodeScalars.count)))
        }
        return nil
    }

    /// Years from 2400 are Buddhist Era.
    static func ceYear(_ year: Int) -> Int {
        year >= 2400 ? year - 543 : year
    }

    private static func outcome(_ parts: (Int, Int, Int)) -> Outcome {
        guard let date = CivilDate(year: parts.0, month: parts.1, day: parts.2) else {
            return .impossible(year: parts.0, month: parts.1, day: parts.2)
        }
        return .date(date)
    }
}
