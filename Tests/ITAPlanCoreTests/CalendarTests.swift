import Foundation
import ITAPlanCore
import Testing

@Suite("The Thai fiscal calendar")
struct CalendarTests {
    private func day(_ year: Int, _ month: Int, _ day: Int) -> CivilDate {
        CivilDate(year: year, month: month, day: day)!
    }

    @Test("days exist or not, 29 February included")
    func daysExist() {
        #expect(CivilDate(year: 2020, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 2021, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 2021, month: 4, day: 31) == nil)
        #expect(CivilDate(year: 2021, month: 13, day: 1) == nil)
    }

    @Test("day numbers round-trip and count across month and year ends")
    func dayArithmetic() {
        #expect(day(1970, 1, 1).dayNumber == 0)
        #expect(day(2021, 1, 31).adding(days: 10) == day(2021, 2, 10))
        #expect(day(2020, 12, 31).adding(days: 1) == day(2021, 1, 1))
        #expect(day(2020, 2, 28).adding(days: 1) == day(2020, 2, 29))
        #expect(day(2021, 2, 28).adding(days: 1) == day(2021, 3, 1))
        #expect(day(2021, 3, 10).days(to: day(2021, 3, 31)) == 21)
        for number in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(CivilDate(dayNumber: number).dayNumber == number)
        }
    }

    @Test("fiscal year 2564 runs 1 Oct 2020 to 30 Sep 2021, and BE is CE + 543")
    func fiscalYear() {
        let year = FiscalYear(2564)
        #expect(year.start == day(2020, 10, 1))
        #expect(year.end == day(2021, 9, 30))
        #expect(FiscalYear(containing: day(2020, 9, 30)).buddhistYear == 2563)
        #expect(FiscalYear(containing: day(2020, 10, 1)).buddhistYear == 2564)
        #expect(day(2021, 3, 31).buddhistYear == 2564)
        #expect(year.months.first! == (2020, 10) && year.months.last! == (2021, 9))
    }

    @Test("quarters: Q1 is October–December; boundaries are exact")
    func quarters() {
        let year = FiscalYear(2564)
        #expect(year.quarter(1) == day(2020, 10, 1)...day(2020, 12, 31))
        #expect(year.quarter(2) == day(2021, 1, 1)...day(2021, 3, 31))
        #expect(year.quarter(3) == day(2021, 4, 1)...day(2021, 6, 30))
        #expect(year.quarter(4) == day(2021, 7, 1)...day(2021, 9, 30))
        #expect(year.quarter(of: day(2020, 12, 31)) == 1)
        #expect(year.quarter(of: day(2021, 1, 1)) == 2)
        #expect(year.quarter(of: day(2021, 10, 1)) == nil)
        #expect(year.half(1) == day(2020, 10, 1)...day(2021, 3, 31))
    }

    @Test("fiscal years 2563 and 2567 contain a 29 February; a monthly schedule ends February on it")
    func leapFebruary() {
        for (fiscal, ce) in [(2563, 2020), (2567, 2024)] {
            let february = Schedule.monthly(graceDays: 0).instances(in: FiscalYear(fiscal))[4]
            #expect(february.period == "\(ce)-02")
            #expect(february.due == day(ce, 2, 29))
        }
        let ordinary = Schedule.monthly(graceDays: 0).instances(in: FiscalYear(2564))[4]
        #expect(ordinary.due == day(2021, 2, 28))
    }

    @Test("grace days run past month and year ends")
    func graceDays() {
        let instances = Schedule.monthly(graceDays: 10).instances(in: FiscalYear(2564))
        #expect(instances[2].due == day(2021, 1, 10))   // December, due in January
        #expect(instances[3].due == day(2021, 2, 10))   // January
        #expect(instances[11].due == day(2021, 10, 10)) // September, due after the year ends
        let quarterly = Schedule.quarterly(graceDays: 15).instances(in: FiscalYear(2564))
        #expect(quarterly.map(\.due) == [day(2021, 1, 15), day(2021, 4, 15), day(2021, 7, 15), day(2021, 10, 15)])
    }

    @Test("the Bangkok day of an instant: 17:00 UTC is Bangkok midnight")
    func bangkokMidnight() throws {
        let formatter = ISO8601DateFormatter()
        let before = try #require(formatter.date(from: "2021-03-31T16:59:59Z"))
        let after = try #require(formatter.date(from: "2021-03-31T17:00:00Z"))
        #expect(CivilDate(before, in: CivilDate.bangkok) == day(2021, 3, 31))
        #expect(CivilDate(after, in: CivilDate.bangkok) == day(2021, 4, 1))
        #expect(CivilDate(after, in: TimeZone(identifier: "UTC")!) == day(2021, 3, 31))
    }
}

@Suite("Dates as plans write them")
struct DateParsingTests {
    @Test("ISO, Buddhist Era and Thai forms, in either digits", arguments: [
        "2021-03-31", "2564-03-31", "๒๕๖๔-๐๓-๓๑", "31 มี.ค. 2564", "๓๑ มีนาคม ๒๕๖๔", "วันที่ 31 มีค 64", "31 มี.ค. พ.ศ. 2564",
    ])
    func forms(_ text: String) {
        #expect(DateParsing.parse(text) == .date(CivilDate(year: 2021, month: 3, day: 31)!))
    }

    @Test("days that do not exist are named as such")
    func impossible() {
        #expect(DateParsing.parse("2564-02-30") == .impossible(year: 2021, month: 2, day: 30))
        #expect(DateParsing.parse("2564-02-29") == .impossible(year: 2021, month: 2, day: 29))
        #expect(DateParsing.parse("2563-02-29") == .date(CivilDate(year: 2020, month: 2, day: 29)!))
        #expect(DateParsing.parse("31 เม.ย. 2564") == .impossible(year: 2021, month: 4, day: 31))
    }

    @Test("text that is not a date")
    func unreadable() {
        #expect(DateParsing.parse("soon") == .unreadable)
        #expect(DateParsing.parse("2564-3") == .unreadable)
        #expect(DateParsing.parse("31 March 2021") == .unreadable)
    }

    @Test("Thai output matches Foundation's Thai locale and Buddhist calendar, every day of a year")
    func thaiTextMatchesFoundation() {
        let formatter = DateFormatter()
        formatter.calendar = Calendar(identifier: .buddhist)
        formatter.locale = Locale(identifier: "th_TH")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "d MMM yyyy"
        let text = DateText(language: .thai)
        var day = FiscalYear(2563).start
        while day <= FiscalYear(2564).end {
            let instant = Date(timeIntervalSince1970: Double(day.dayNumber) * 86_400)
            #expect(text.day(day) == formatter.string(from: instant))
            day = day.adding(days: 1)
        }
    }

    @Test("Thai digits on request")
    func thaiDigits() {
        let date = CivilDate(year: 2021, month: 3, day: 31)!
        #expect(DateText(language: .thai).day(date) == "31 มี.ค. 2564")
        #expect(DateText(language: .thai, thaiDigits: true).day(date) == "๓๑ มี.ค. ๒๕๖๔")
        #expect(DateText(language: .english).day(date) == "2021-03-31")
    }

    @Test("record periods in their many spellings", arguments: [
        ("2564-01", "2021-01"), ("2021-01", "2021-01"), ("ม.ค. 2564", "2021-01"), ("มกราคม ๖๔", "2021-01"),
        ("ต.ค.", "2020-10"), ("ม.ค.", "2021-01"), ("Q2", "Q2"), ("q2", "Q2"), ("ไตรมาสที่ ๒", "Q2"),
        ("H1", "H1"), ("ครึ่งปีแรก", "H1"), ("FY", "FY"), ("ปีงบประมาณ 2564", "FY"),
    ])
    func periods(_ text: String, _ key: String) {
        #expect(PeriodText.key(text, fiscalYear: FiscalYear(2564)) == key)
    }
}
