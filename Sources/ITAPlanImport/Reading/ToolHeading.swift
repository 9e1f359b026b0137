import ITAPlanCore

/// A heading over a group of indicators: "แบบวัดการรับรู้ของผู้มีส่วนได้เสียภายใน (IIT)".
struct ToolHeading: Equatable {
    /// IIT, EIT or OIT; nil when the heading does not say.
    let tool: String?

    static let codes = ["IIT", "EIT", "OIT"]
    static let thaiNames = [("ผู้มีส่วนได้เสียภายใน", "IIT"), ("ผู้มีส่วนได้เสียภายนอก", "EIT"), ("เปิดเผยข้อมูล", "OIT")]

    init?(_ text: String) {
        let compact = ThaiSpelling.normalized(text.withoutWhitespace).uppercased()
        let named = Self.codes.first { compact.contains("(\($0))") || compact.hasSuffix($0) }
        guard compact.hasPrefix("แบบวัด") || (named != nil && compact.count <= 80) else { return nil }
        tool = named ?? Self.thaiNames.first { compact.contains($0.0) }?.1
    }
}
