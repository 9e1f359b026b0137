import ITAPlanCore

/// The agency's name as titles write it, and its kind from the name.
enum AgencyName {
    /// The kinds whose Thai name starts an agency's name; others are not inferred.
    static let kindPrefixes: [(prefix: String, code: String)] = [
        ("เทศบาลตำบล", "subdistrict-municipality"),
        ("เทศบาลเมือง", "town-municipality"),
        ("เทศบาลนคร", "city-municipality"),
        ("องค์การบริหารส่วนตำบล", "subdistrict-administrative-organisation"),
        ("องค์การบริหารส่วนจังหวัด", "provincial-administrative-organisation"),
    ]

    /// The kind code, only when the name starts with its Thai name exactly.
    static func kind(of name: String) -> String? {
        kindPrefixes.first { name.hasPrefix($0.prefix) && name.count > $0.prefix.count }?.code
    }

    /// In a title, "…ความโปร่งใสของเทศบาลตำบลโพหัก ประจำปีงบประมาณ…": the
    /// words after the first "ของ" up to the year.
    static func inTitle(_ title: String) -> String? {
        let searchFrom = title.firstRange(of: "โปร่งใส")?.upperBound ?? title.startIndex
        guard let of = title[searchFrom...].firstRange(of: "ของ") else { return nil }
        return upToYear(title[of.upperBound...])
    }

    /// The text up to "ประจำปี", "ปีงบประมาณ" or "พ.ศ.", trimmed; nil if empty.
    static func upToYear(_ text: Substring) -> String? {
        var end = text.endIndex
        for stop in ["ประจำปี", "ปีงบประมาณ", "พ.ศ."] {
            if let found = text.firstRange(of: stop), found.lowerBound < end { end = found.lowerBound }
        }
        let name = String(text[..<end]).collapsingWhitespace
        return name.isEmpty ? nil : name
    }
}
