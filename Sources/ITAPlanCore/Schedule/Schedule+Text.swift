/// Schedules and periods in words, for tables and reports.
extension Schedule {
    public func text(_ dates: DateText) -> String {
        let th = dates.language == .thai
        func grace(_ days: Int) -> String {
            guard days > 0 else { return "" }
            return th ? " (ส่งภายใน \(dates.number(days)) วันหลังสิ้นงวด)" : " (due \(dates.number(days)) days after each period)"
        }
        switch self {
        case .fiscalYear:
            return th ? "ภายในปีงบประมาณ" : "by the end of the fiscal year"
        case .monthly(let days):
            return (th ? "รายเดือน" : "monthly") + grace(days)
        case .quarterly(let days):
            return (th ? "รายไตรมาส" : "quarterly") + grace(days)
        case .halfYearly(let days):
            return (th ? "รอบ ๖ เดือน" : "every six months") + grace(days)
        case .quarters(let numbers, let days):
            let list = numbers.map { dates.number($0) }.joined(separator: ", ")
            return (th ? "ไตรมาสที่ \(list)" : "quarter\(numbers.count > 1 ? "s" : "") \(list)") + grace(days)
        case .by(let date):
            return th ? "ภายใน \(dates.day(date))" : "by \(dates.day(date))"
        case .between(let from, let to):
            return th ? "\(dates.day(from)) – \(dates.day(to))" : "\(dates.day(from)) to \(dates.day(to))"
        }
    }
}

extension DueInstance {
    /// "ม.ค. 2564", "ไตรมาส 2", "ปีงบประมาณ 2564"…
    public func label(_ dates: DateText, fiscalYear: FiscalYear) -> String {
        Self.label(period: period, dates: dates, fiscalYear: fiscalYear)
    }

    /// The words for a period key (`FY`, `once`, `Q2`, `H1`, `2021-01`).
    public static func label(period: String, dates: DateText, fiscalYear: FiscalYear?) -> String {
        let th = dates.language == .thai
        switch period {
        case "FY":
            guard let fiscalYear else { return th ? "ทั้งปี" : "year" }
            return th ? "ปีงบประมาณ \(dates.number(fiscalYear.buddhistYear))" : "fiscal year \(dates.number(fiscalYear.buddhistYear))"
        case "once":
            return th ? "ครั้งเดียว" : "once"
        case "H1", "H2":
            let number = period == "H1" ? 1 : 2
            return th ? "ครึ่งปีที่ \(dates.number(number))" : "half \(dates.number(number))"
        default:
            if period.hasPrefix("Q"), let number = Int(period.dropFirst()) {
                return th ? "ไตรมาส \(dates.number(number))" : "Q\(dates.number(number))"
            }
            let parts = period.split(separator: "-")
            if parts.count == 2, let year = Int(parts[0]), let month = Int(parts[1]) {
                return dates.month(year: year, month: month)
            }
            return period
        }
    }
}
