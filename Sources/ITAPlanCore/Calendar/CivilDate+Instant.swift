import Foundation

extension CivilDate {
    /// The calendar day an instant falls on in a time zone: 2021-03-31T17:30Z
    /// is 1 April in Bangkok (UTC+7). The caller supplies both; the library
    /// never reads the clock.
    public init(_ instant: Date, in timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        self.init(uncheckedYear: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }

    /// Thai government deadlines are Bangkok days.
    public static let bangkok = TimeZone(identifier: "Asia/Bangkok") ?? TimeZone(secondsFromGMT: 7 * 3600)!
}
