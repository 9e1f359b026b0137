import ITAPlanCore

/// The sentence that states the ITA result: "การวิเคราะห์ผลการประเมิน ITA
/// ของ เทศบาลตำบลโพหัก ประจำปีงบประมาณ พ.ศ.๒๕๖๓ พบว่ามีผลคะแนน ๖๙.๕๘ คะแนน
/// อยู่ในระดับ C ดังนี้".
struct AssessmentSentence: Equatable {
    var agencyName: String?
    var year: Int?
    var total: Double?
    var grade: String?

    init(agencyName: String?, year: Int?, total: Double?, grade: String?) {
        self.agencyName = agencyName
        self.year = year
        self.total = total
        self.grade = grade
    }

    /// Reads the sentence, or nil when the text is not one.
    init?(_ text: String) {
        let compact = text.withoutWhitespace
        guard compact.contains("ผลการประเมิน"), text.contains("ITA"),
              compact.contains("คะแนน") || compact.contains("ระดับ") else { return nil }
        agencyName = Self.agency(in: text)
        year = FiscalYearPhrase.year(in: text)
        total = Self.total(in: ThaiDigits.toArabic(compact))
        grade = Self.grade(in: text)
        guard year != nil || total != nil || grade != nil else { return nil }
    }

    /// Whether the sentence reports a result ("พบว่ามีผลคะแนน", "ได้คะแนน"), not
    /// explains the scale ("ระดับ AA ได้แก่ ๙๕–๑๐๐ คะแนน"), as preambles do.
    static func statesAResult(_ text: String) -> Bool {
        let compact = text.withoutWhitespace
        return ["พบว่า", "ได้คะแนน", "ผลคะแนน", "ได้รับคะแนน", "คะแนนรวม"].contains { compact.contains($0) }
    }

    /// The words between "ITA ของ" and the year.
    private static func agency(in text: String) -> String? {
        guard let ita = text.firstRange(of: "ITA") else { return nil }
        var rest = text[ita.upperBound...].drop(while: \.isWhitespace)
        guard rest.hasPrefix("ของ") else { return nil }
        rest = rest.dropFirst("ของ".count)
        return AgencyName.upToYear(rest)
    }

    /// The number after "ผลคะแนน", else the first number followed by "คะแนน".
    private static func total(in compact: String) -> Double? {
        if let found = compact.firstRange(of: "ผลคะแนน"),
           let number = ThaiNumber.leadingDecimal(compact[found.upperBound...]) {
            return number.value
        }
        var index = compact.startIndex
        while index < compact.endIndex {
            if let number = ThaiNumber.leadingDecimal(compact[index...]) {
                let after = compact.index(index, offsetBy: number.length)
                if compact[after...].hasPrefix("คะแนน") { return number.value }
                index = after
            } else {
                index = compact.index(after: index)
            }
        }
        return nil
    }

    /// The word after "ระดับ": "C", "AA", "ผ่าน".
    private static func grade(in text: String) -> String? {
        guard let found = text.firstRange(of: "ระดับ") else { return nil }
        var word = String(text[found.upperBound...].drop(while: \.isWhitespace).prefix(while: { !$0.isWhitespace }))
        if word.hasSuffix("ดังนี้") { word.removeLast("ดังนี้".count) }
        while let last = word.last, ".,;:)".contains(last) { word.removeLast() }
        return word.isEmpty ? nil : word
    }
}
