/// Reads the `period:` of a progress record into a due instance's key:
/// `2564-01`, `2021-01`, `ม.ค. 2564`, `มกราคม` (in the plan's fiscal year)
/// → `2021-01`; `Q2`, `ไตรมาสที่ ๒` → `Q2`; `H1`, `ครึ่งปีแรก` → `H1`;
/// `FY`, `ปีงบประมาณ` → `FY`.
public enum PeriodText {
    public static func key(_ text: String, fiscalYear: FiscalYear) -> String? {
        let compact = ThaiDigits.toArabic(text).withoutWhitespace
        let upper = compact.uppercased()
        switch upper {
        case "FY", "YEAR", "ปีงบประมาณ", "ทั้งปี", "ประจำปี", "ประจำปีงบประมาณ": return "FY"
        case "ONCE", "ครั้งเดียว": return "once"
        case "H1", "ครึ่งปีแรก", "รอบ6เดือนแรก", "6เดือนแรก": return "H1"
        case "H2", "ครึ่งปีหลัง", "รอบ6เดือนหลัง", "6เดือนหลัง": return "H2"
        case "Q1", "Q2", "Q3", "Q4": return upper
        default: break
        }
        if upper.hasPrefix("ปีงบประมาณ"), Int(upper.dropFirst("ปีงบประมาณ".count)) == fiscalYear.buddhistYear {
            return "FY"
        }
        for prefix in ["ไตรมาสที่", "ไตรมาส"] where compact.hasPrefix(prefix) {
            if let number = Int(compact.dropFirst(prefix.count)), (1...4).contains(number) { return "Q\(number)" }
        }
        return monthKey(compact, fiscalYear: fiscalYear)
    }

    private static func monthKey(_ compact: String, fiscalYear: FiscalYear) -> String? {
        let parts = compact.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 2, parts[0].count == 4, (1...2).contains(parts[1].count),
           let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month) {
            return Schedule.monthKey(year: DateParsing.ceYear(year), month: month)
        }
        guard let (month, rest) = DateParsing.leadingMonth(compact) else { return nil }
        let yearText = rest.replacingAll("พ.ศ.", with: "")
        if yearText.isEmpty {
            return Schedule.monthKey(year: fiscalYear.calendarYear(ofMonth: month), month: month)
        }
        guard yearText.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(yearText),
              yearText.count == 2 || yearText.count == 4 else { return nil }
        return Schedule.monthKey(year: DateParsing.ceYear(yearText.count == 2 ? 2500 + year : year), month: month)
    }
}
