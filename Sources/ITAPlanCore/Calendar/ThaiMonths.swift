/// Month names as Thai documents write them, and their English abbreviations.
public enum ThaiMonths {
    public static let abbreviations = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
                                       "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
    public static let fullNames = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
                                   "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
    public static let english = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The month (1…12) a Thai name or abbreviation stands for, written with
    /// or without its dots and spaces ("มี.ค.", "มีค", "มีนาคม").
    public static func month(named text: String) -> Int? {
        let key = squeeze(text)
        if let index = fullNames.firstIndex(of: key) { return index + 1 }
        if let index = abbreviations.map(squeeze).firstIndex(of: key) { return index + 1 }
        if let index = abbreviations.map({ squeeze($0).replacingAll(".", with: "") })
            .firstIndex(of: key.replacingAll(".", with: "")) { return index + 1 }
        return nil
    }

    /// Every way of writing a month that `month(named:)` reads, longest first,
    /// for scanning free text.
    static let spellings: [(text: String, month: Int)] = {
        var all: [(String, Int)] = []
        for index in 0..<12 {
            all.append((fullNames[index], index + 1))
            all.append((abbreviations[index], index + 1))
            all.append((abbreviations[index].replacingAll(".", with: ""), index + 1))
        }
        return all.sorted { $0.0.unicodeScalars.count > $1.0.unicodeScalars.count }
    }()

    private static func squeeze(_ text: String) -> String {
        text.withoutWhitespace
    }
}

extension String {
    /// The text with every occurrence of `target` replaced, compared by scalars.
    public func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        let source = Array(unicodeScalars)
        let pattern = Array(target.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < source.count {
            if index + pattern.count <= source.count, Array(source[index..<index + pattern.count]) == pattern {
                result.append(contentsOf: replacement.unicodeScalars)
                index += pattern.count
            } else {
                result.append(source[index])
                index += 1
            }
        }
        return String(result)
    }
}
