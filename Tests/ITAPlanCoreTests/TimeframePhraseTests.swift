import ITAPlanCore
import ITAPlanTestSupport
import Testing

@Suite("Thai timeframe phrases")
struct TimeframePhraseTests {
    let year = FiscalYear(2564)

    private func read(_ text: String) -> TimeframePhrases.Reading {
        TimeframePhrases.read(text, fiscalYear: year)
    }

    @Test("every timeframe cell of the seed maps", arguments: [
        ("ปีงบประมาณ ๒๕๖๔", [Schedule.fiscalYear]),
        ("-รายไตรมาส ประจำปี งบประมาณ ๒๕๖๔", [.quarterly(graceDays: 0), .fiscalYear]),
        ("-รายเดือน -ประจำปี งบประมาณ ๒๕๖๔", [.monthly(graceDays: 0), .fiscalYear]),
        ("ประจำปี งบประมาณ ๒๕๖๔", [.fiscalYear]),
        ("ประจำปีงบประมาณ ๒๕๖๔", [.fiscalYear]),
    ])
    func seedCells(_ text: String, _ expected: [Schedule]) {
        let reading = read(text)
        #expect(reading.unreadable == nil)
        #expect(reading.otherYear == nil)
        #expect(reading.schedules == expected)
    }

    @Test("the phrases of the domain notes map", arguments: [
        ("ตลอดปีงบประมาณ", [Schedule.fiscalYear]),
        ("รายไตรมาส", [.quarterly(graceDays: 0)]),
        ("รายเดือน", [.monthly(graceDays: 0)]),
        ("รอบ ๖ เดือน", [.halfYearly(graceDays: 0)]),
        ("ไตรมาสที่ ๒", [.quarters([2], graceDays: 0)]),
        ("ไตรมาสที่ 1-2", [.quarters([1, 2], graceDays: 0)]),
        ("ไตรมาส 1 และ 3", [.quarters([1, 3], graceDays: 0)]),
        ("ภายในวันที่ ๑๕ มกราคม", [.by(CivilDate(year: 2021, month: 1, day: 15)!)]),
        ("ภายในวันที่ 15 ม.ค. 64", [.by(CivilDate(year: 2021, month: 1, day: 15)!)]),
        ("ภายใน 30 พฤศจิกายน 2563", [.by(CivilDate(year: 2020, month: 11, day: 30)!)]),
        ("ภายในเดือนธันวาคม", [.by(CivilDate(year: 2020, month: 12, day: 31)!)]),
        ("ต.ค. 2563 - มี.ค. 2564", [.between(CivilDate(year: 2020, month: 10, day: 1)!, CivilDate(year: 2021, month: 3, day: 31)!)]),
    ])
    func domainPhrases(_ text: String, _ expected: [Schedule]) {
        let reading = read(text)
        #expect(reading.unreadable == nil, "\(reading)")
        #expect(reading.schedules == expected)
    }

    @Test("an unreadable phrase is returned with a suggestion, never guessed")
    func unreadable() {
        let reading = read("รายเดอน")
        #expect(reading.schedules.isEmpty)
        #expect(reading.unreadable == "รายเดอน")
        #expect(reading.suggestion == "รายเดือน")
        let weekly = read("ทุกสัปดาห์")
        #expect(weekly.unreadable == "ทุกสัปดาห์")
    }

    @Test("a phrase naming another fiscal year is flagged")
    func otherYear() {
        #expect(read("ปีงบประมาณ ๒๕๖๕").otherYear == 2565)
        #expect(read("ปีงบประมาณ ๒๕๖๔").otherYear == nil)
    }
}
