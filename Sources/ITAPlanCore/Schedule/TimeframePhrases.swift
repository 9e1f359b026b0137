/// Reads the Thai timeframe phrases real plans write (ระยะเวลาดำเนินการ)
/// into schedules. A cell may hold several ("-รายเดือน -ประจำปี งบประมาณ
/// ๒๕๖๔"); whatever cannot be read is returned, never guessed.
public enum TimeframePhrases {
    public struct Reading: Equatable, Sendable {
        public var schedules: [Schedule] = []
        /// The first fragment that matched no phrase, as written (compacted).
        public var unreadable: String?
        /// A known phrase close to the unreadable fragment.
        public var suggestion: String?
        /// A BE fiscal year the phrase names ("ปีงบประมาณ ๒๕๖๕"), if any other than the plan's.
        public var otherYear: Int?
    }

    /// Phrases offered as suggestions, one per kind of schedule.
    public static let knownPhrases = [
        "ปีงบประมาณ", "ประจำปีงบประมาณ", "ตลอดปีงบประมาณ", "รายเดือน", "ทุกเดือน", "รายไตรมาส", "ทุกไตรมาส",
        "รอบ 6 เดือน", "ทุก 6 เดือน", "ไตรมาสที่ 1", "ภายในวันที่ 15 มกราคม", "ภายในเดือนมีนาคม",
    ]

    public static func read(_ text: String, fiscalYear: FiscalYear) -> Reading {
        var scanner = PhraseScanner(text, fiscalYear: fiscalYear)
        var reading = Reading()
        while !scanner.atEnd {
            if scanner.skipSeparator() { continue }
            if let schedule = scanner.schedule() {
                if !reading.schedules.contains(schedule) { reading.schedules.append(schedule) }
                continue
            }
            let fragment = scanner.skipFragment()
            if reading.unreadable == nil {
                reading.unreadable = fragment
                reading.suggestion = Suggestion.closest(
                    to: fragment, among: knownPhrases.map { $0.replacingAll(" ", with: "") })
            }
        }
        if let named = scanner.namedYears.first(where: { $0 != fiscalYear.buddhistYear }) {
            reading.otherYear = named
        }
        return reading
    }
}

/// A left-to-right scanner over a timeframe with whitespace removed and
/// digits made Arabic, so "ประจำปี งบประมาณ ๒๕๖๔" and "ประจำปีงบประมาณ 2564"
/// read the same.
private struct PhraseScanner {
    let scalars: [Unicode.Scalar]
    let fiscalYear: FiscalYear
    var position = 0
    /// BE years named as fiscal years along the way.
    var namedYears: [Int] = []

    init(_ text: String, fiscalYear: FiscalYear) {
        let arabic = ThaiDigits.toArabic(text)
        scalars = Array(arabic.withoutWhitespace.unicodeScalars)
        self.fiscalYear = fiscalYear
    }

    var atEnd: Bool { position >= scalars.count }

    static let separators = ["และ", "-", "–", "—", ",", "/", "(", ")", "•", ";", "·", ":", "หรือ", "."]

    mutating func skipSeparator() -> Bool {
        consumeAny(Self.separators) != nil
    }

    /// Skips text up to the next separator and returns it.
    mutating func skipFragment() -> String {
        let start = position
        position += 1
        while !atEnd, !Self.separators.contains(where: { looking(at: $0) }) { position += 1 }
        return String(String.UnicodeScalarView(scalars[start..<position]))
    }

    // MARK: - Phrases

    mutating func schedule() -> Schedule? {
        let start = position
        _ = consumeAny(["ภายใน", "ตั้งแต่", "ช่วง"])
        for read in [Self.wholeYear, Self.recurring, Self.givenQuarters, Self.dateRange, Self.byDate] {
            var attempt = self
            if let schedule = read(&attempt) {
                self = attempt
                return schedule
            }
        }
        position = start
        return nil
    }

    private static func wholeYear(_ s: inout PhraseScanner) -> Schedule? {
        let forms = ["ตลอดปีงบประมาณ", "ประจำปีงบประมาณ", "ปีงบประมาณ", "ประจำปีงบ", "ปีงบ", "ตลอดปี", "ทั้งปี",
                     "ประจำปี", "งบประมาณ"]
        guard s.consumeAny(forms) != nil else { return nil }
        _ = s.consume("พ.ศ.")
        if let year = s.consumeNumber(digits: 4...4) {
            s.namedYears.append(year)
        }
        return .fiscalYear
    }

    private static func recurring(_ s: inout PhraseScanner) -> Schedule? {
        if s.consumeAny(["รายเดือน", "ทุกเดือน", "เดือนละ1ครั้ง", "เดือนละครั้ง", "ประจำเดือน"]) != nil {
            return .monthly(graceDays: 0)
        }
        if s.consumeAny(["รายไตรมาส", "ทุกไตรมาส", "ไตรมาสละ1ครั้ง", "ไตรมาสละครั้ง", "ทุก3เดือน", "ราย3เดือน"]) != nil {
            return .quarterly(graceDays: 0)
        }
        if s.consumeAny(["รอบ6เดือน", "ทุก6เดือน", "ราย6เดือน", "รายครึ่งปี", "ครึ่งปี", "6เดือนครั้ง", "ปีละ2ครั้ง"]) != nil {
            return .halfYearly(graceDays: 0)
        }
        return nil
    }

    /// "ไตรมาสที่ 2", "ไตรมาส 1-2", "ไตรมาสที่ 1 และ 3".
    private static func givenQuarters(_ s: inout PhraseScanner) -> Schedule? {
        guard s.consume("ไตรมาส") else { return nil }
        _ = s.consume("ที่")
        guard let first = s.consumeNumber(digits: 1...1), (1...4).contains(first) else { return nil }
        var numbers = [first]
        while true {
            var attempt = s
            if attempt.consumeAny(["-", "–", "ถึง"]) != nil, let last = attempt.consumeNumber(digits: 1...1),
               (first...4).contains(last) {
                numbers = Array(numbers.last!...last)
                s = attempt
            } else if attempt.consumeAny([",", "และ"]) != nil, let next = attempt.consumeNumber(digits: 1...1),
                      (1...4).contains(next) {
                numbers.append(next)
                s = attempt
            } else {
                break
            }
        }
        return .quarters(Array(Set(numbers)).sorted(), graceDays: 0)
    }

    /// "15 มกราคม 2564", "วันที่ 15 ม.ค. 64", "เดือนมีนาคม 2564" (the month's last day).
    private static func byDate(_ s: inout PhraseScanner) -> Schedule? {
        guard let date = s.date(monthEndsAllowed: true) else { return nil }
        return .by(date.last)
    }

    /// "1 ต.ค. 2563 - 31 มี.ค. 2564", "ต.ค. 2563 ถึง มี.ค. 2564".
    private static func dateRange(_ s: inout PhraseScanner) -> Schedule? {
        guard let from = s.date(monthEndsAllowed: true), s.consumeAny(["-", "–", "ถึง"]) != nil,
              let to = s.date(monthEndsAllowed: true), from.first <= to.last else { return nil }
        return .between(from.first, to.last)
    }

    /// A day or a whole month; `first`/`last` are the same for a day.
    mutating func date(monthEndsAllowed: Bool) -> (first: CivilDate, last: CivilDate)? {
        _ = consume("วันที่")
        let day = consumeNumber(digits: 1...2)
        if day == nil {
            guard monthEndsAllowed else { return nil }
            _ = consume("เดือน")
        }
        guard let month = consumeMonth() else { return nil }
        _ = consume("พ.ศ.")
        let year: Int
        if let written = consumeNumber(digits: 2...4) {
            let buddhist = written < 100 ? 2500 + written : written
            year = DateParsing.ceYear(buddhist)
        } else {
            // No year: the month's occurrence inside the plan's fiscal year.
            year = fiscalYear.calendarYear(ofMonth: month)
        }
        if let day {
            guard let date = CivilDate(year: year, month: month, day: day) else { return nil }
            return (date, date)
        }
        let first = CivilDate(uncheckedYear: year, month: month, day: 1)
        return (first, first.endOfMonth)
    }

    // MARK: - Tokens

    /// How many scalars `literal` matches at the current position (0 for no match).
    func matchLength(_ literal: String) -> Int {
        var index = position
        for scalar in literal.unicodeScalars {
            guard index < scalars.count, scalars[index] == scalar else { return 0 }
            index += 1
        }
        return index - position
    }

    func looking(at literal: String) -> Bool {
        matchLength(literal) > 0
    }

    mutating func consume(_ literal: String) -> Bool {
        let length = matchLength(literal)
        position += length
        return length > 0
    }

    /// The longest of `literals` found here, consumed.
    mutating func consumeAny(_ literals: [String]) -> String? {
        var best: (literal: String, length: Int)?
        for literal in literals {
            let length = matchLength(literal)
            if length > (best?.length ?? 0) { best = (literal, length) }
        }
        if let best { position += best.length }
        return best?.literal
    }

    mutating func consumeNumber(digits: ClosedRange<Int>) -> Int? {
        var end = position
        while end < scalars.count, ("0"..."9").contains(scalars[end]) { end += 1 }
        guard digits.contains(end - position) else { return nil }
        let value = Int(String(String.UnicodeScalarView(scalars[position..<end])))
        position = end
        return value
    }

    mutating func consumeMonth() -> Int? {
        for spelling in ThaiMonths.spellings {
            let length = matchLength(spelling.text)
            if length > 0 {
                position += length
                return spelling.month
            }
        }
        return nil
    }
}
