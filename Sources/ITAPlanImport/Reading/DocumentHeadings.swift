import ITAPlanCore

/// The fixed lines of a measures document that carry no data of their own
/// (or only a year): the intro to the analysis, the heading above the
/// measures table, the indicator table's header.
enum DocumentHeadings {
    /// "โดยวิเคราะห์ผลการประเมินแต่ละตัวชี้วัดได้ดังนี้".
    static func isAnalysisIntro(_ text: String) -> Bool {
        let compact = text.withoutWhitespace
        return compact.hasPrefix("โดยวิเคราะห์ผล") || compact.hasPrefix("วิเคราะห์ผลการประเมินแต่ละตัวชี้วัด")
    }

    /// "ข้อเสนอแนะในการจัดพัฒนาคุณธรรมและความโปร่งใสของ…": the measures table follows.
    static func isMeasuresHeading(_ text: String) -> Bool {
        text.withoutWhitespace.hasPrefix("ข้อเสนอแนะในการ")
    }

    /// The indicator table's second header cell, "ประเด็นที่ต้องแก้ไข/ปรับปรุง".
    static func isIndicatorIssuesLabel(_ text: String) -> Bool {
        let compact = text.withoutWhitespace
        return compact.count <= 40 && (compact.hasPrefix("ประเด็น") || compact.hasPrefix("ผลการวิเคราะห์")
            || compact.hasPrefix("คะแนน") || compact.hasPrefix("ข้อควรปรับปรุง"))
    }

    /// "ตัวชี้วัดของการประเมิน ITA | ประเด็นที่ต้องแก้ไข/ปรับปรุง".
    static func isIndicatorTableHeader(_ filled: [String]) -> Bool {
        guard let first = filled.first, first.withoutWhitespace.hasPrefix("ตัวชี้วัด"),
              ThaiNumber.numbered(first) == nil else { return false }
        return !filled.contains { ThaiNumber.score($0) != nil }
    }

    /// The document's title: "มาตรการส่งเสริมคุณธรรมและความโปร่งใสของ… ประจำปีงบประมาณ…".
    static func isTitle(_ text: String) -> Bool {
        let compact = ThaiSpelling.normalized(text.withoutWhitespace)
        return compact.hasPrefix("มาตรการ") || compact.contains("คุณธรรมและความโปร่งใส")
    }
}
