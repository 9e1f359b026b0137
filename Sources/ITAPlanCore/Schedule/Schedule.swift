/// When a step is due within its fiscal year.
public enum Schedule: Hashable, Sendable {
    /// Once, by the end of the fiscal year (ปีงบประมาณ, ประจำปี, ตลอดปีงบประมาณ).
    case fiscalYear
    /// Every month, each due `graceDays` after the month ends (รายเดือน).
    case monthly(graceDays: Int)
    /// Every fiscal quarter (รายไตรมาส).
    case quarterly(graceDays: Int)
    /// Every six months: October–March and April–September (รอบ ๖ เดือน).
    case halfYearly(graceDays: Int)
    /// The given fiscal quarters only (ไตรมาสที่ ๒).
    case quarters([Int], graceDays: Int)
    /// Once, by a date (ภายในวันที่ ๑๕ มกราคม ๒๕๖๔).
    case by(CivilDate)
    /// Once, carried out between two dates and due by the second.
    case between(CivilDate, CivilDate)

    /// How many due instances the schedule has in a year.
    public var isRecurring: Bool {
        switch self {
        case .monthly, .quarterly, .halfYearly: return true
        case .quarters(let list, _): return list.count > 1
        case .fiscalYear, .by, .between: return false
        }
    }
}

/// One concrete deadline of a schedule.
public struct DueInstance: Hashable, Sendable {
    /// Stable key for progress records: `FY`, `2021-01`, `Q2`, `H1`, `once`.
    public let period: String
    /// First and last day of the period the work belongs to.
    public let periodStart: CivilDate
    public let periodEnd: CivilDate
    public let due: CivilDate

    public init(period: String, periodStart: CivilDate, periodEnd: CivilDate, due: CivilDate) {
        self.period = period
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.due = due
    }
}

extension Schedule {
    /// The schedule's deadlines inside a fiscal year, in order.
    public func instances(in year: FiscalYear) -> [DueInstance] {
        switch self {
        case .fiscalYear:
            return [DueInstance(period: "FY", periodStart: year.start, periodEnd: year.end, due: year.end)]
        case .monthly(let grace):
            return year.months.map { month in
                let first = CivilDate(uncheckedYear: month.year, month: month.month, day: 1)
                let last = first.endOfMonth
                return DueInstance(period: Self.monthKey(year: month.year, month: month.month),
                                   periodStart: first, periodEnd: last, due: last.adding(days: grace))
            }
        case .quarterly(let grace):
            return Schedule.quarters([1, 2, 3, 4], graceDays: grace).instances(in: year)
        case .quarters(let numbers, let grace):
            return numbers.sorted().map { number in
                let range = year.quarter(number)
                return DueInstance(period: "Q\(number)", periodStart: range.lowerBound, periodEnd: range.upperBound,
                                   due: range.upperBound.adding(days: grace))
            }
        case .halfYearly(let grace):
            return [1, 2].map { number in
                let range = year.half(number)
                return DueInstance(period: "H\(number)", periodStart: range.lowerBound, periodEnd: range.upperBound,
                                   due: range.upperBound.adding(days: grace))
            }
        case .by(let date):
            return [DueInstance(period: "once", periodStart: min(year.start, date), periodEnd: date, due: date)]
        case .between(let from, let to):
            return [DueInstance(period: "once", periodStart: from, periodEnd: to, due: to)]
        }
    }

    static func monthKey(year: Int, month: Int) -> String {
        "\(year)-" + (month < 10 ? "0\(month)" : "\(month)")
    }
}
