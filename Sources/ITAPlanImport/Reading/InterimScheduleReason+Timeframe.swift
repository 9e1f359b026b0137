import ITAPlanCore

extension InterimScheduleReason {
    /// Why `validate` would find no single deadline in this timeframe for
    /// steps without their own, read the way `validate` reads it; nil when
    /// it names one schedule (or none) that fits the fiscal year.
    init?(timeframe: String, fiscalYear: Int) {
        let year = FiscalYear(fiscalYear)
        let reading = TimeframePhrases.read(timeframe, fiscalYear: year)
        if let fragment = reading.unreadable {
            self = .unreadable(fragment: fragment)
            return
        }
        if let other = reading.otherYear {
            self = .otherYear(other)
            return
        }
        for schedule in reading.schedules {
            switch schedule {
            case .by(let deadline), .between(_, let deadline):
                if !year.contains(deadline) {
                    self = .outsideYear(deadline)
                    return
                }
            default:
                continue
            }
        }
        guard reading.schedules.count > 1 else { return nil }
        self = .severalSchedules(reading.schedules)
    }
}
