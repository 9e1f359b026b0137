/// A Thai government fiscal year: 1 October to 30 September, named by the
/// Buddhist Era year it ends in. Fiscal year 2564 is 2020-10-01 … 2021-09-30.
public struct FiscalYear: Hashable, Sendable {
    /// The BE year that names it.
    public let buddhistYear: Int

    public init(_ buddhistYear: Int) {
        self.buddhistYear = buddhistYear
    }

    /// The fiscal year a day belongs to.
    public init(containing date: CivilDate) {
        self.init(date.month >= 10 ? date.buddhistYear + 1 : date.buddhistYear)
    }

    public var start: CivilDate { CivilDate(uncheckedYear: buddhistYear - 544, month: 10, day: 1) }
    public var end: CivilDate { CivilDate(uncheckedYear: buddhistYear - 543, month: 9, day: 30) }

    public func contains(_ date: CivilDate) -> Bool {
        start <= date && date <= end
    }

    /// The twelve months in order, October first, as (CE year, month).
    public var months: [(year: Int, month: Int)] {
        (0..<12).map { offset in
            let month = (9 + offset) % 12 + 1
            return (month >= 10 ? buddhistYear - 544 : buddhistYear - 543, month)
        }
    }

    /// The CE year a month of this fiscal year falls in (October–December
    /// belong to the calendar year before).
    public func calendarYear(ofMonth month: Int) -> Int {
        month >= 10 ? buddhistYear - 544 : buddhistYear - 543
    }

    /// First and last day of fiscal quarter 1…4 (Q1 is October–December).
    public func quarter(_ number: Int) -> ClosedRange<CivilDate> {
        let firstMonth = months[(number - 1) * 3]
        let lastMonth = months[(number - 1) * 3 + 2]
        let first = CivilDate(uncheckedYear: firstMonth.year, month: firstMonth.month, day: 1)
        let last = CivilDate(uncheckedYear: lastMonth.year, month: lastMonth.month, day: 1).endOfMonth
        return first...last
    }

    /// First and last day of half 1 (October–March) or 2 (April–September).
    public func half(_ number: Int) -> ClosedRange<CivilDate> {
        number == 1 ? quarter(1).lowerBound...quarter(2).upperBound : quarter(3).lowerBound...quarter(4).upperBound
    }

    /// The fiscal quarter (1…4) a day falls in, if it is in this year.
    public func quarter(of date: CivilDate) -> Int? {
        guard contains(date) else { return nil }
        return (1...4).first { quarter($0).contains(date) }
    }
}
