/// Dates as people read them: Thai with Buddhist Era years ("31 มี.ค. 2564",
/// optionally in Thai digits), English as ISO 8601 ("2021-03-31").
public struct DateText: Sendable {
    public let language: Language
    public let thaiDigits: Bool

    public init(language: Language, thaiDigits: Bool = false) {
        self.language = language
        self.thaiDigits = thaiDigits
    }

    /// "31 มี.ค. 2564" or "2021-03-31".
    public func day(_ date: CivilDate) -> String {
        switch language {
        case .thai: return digits("\(date.day) \(ThaiMonths.abbreviations[date.month - 1]) \(date.buddhistYear)")
        case .english: return digits(date.description)
        }
    }

    /// "มี.ค. 2564" or "Mar 2021".
    public func month(year: Int, month: Int) -> String {
        switch language {
        case .thai: return digits("\(ThaiMonths.abbreviations[month - 1]) \(year + 543)")
        case .english: return digits("\(ThaiMonths.english[month - 1]) \(year)")
        }
    }

    /// A number in the chosen digits.
    public func number(_ value: Int) -> String {
        digits(String(value))
    }

    /// Any text with its ASCII digits made Thai when Thai digits are on.
    public func digits(_ text: String) -> String {
        thaiDigits ? ThaiDigits.toThai(text) : text
    }
}
