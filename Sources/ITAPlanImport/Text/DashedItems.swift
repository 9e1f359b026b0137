import ITAPlanCore

/// A cell listing items with dashes, "- งานพัสดุฯ กองคลัง -งานนิติการ".
enum DashedItems {
    /// Dashes and bullets that start an item (U+F0B7 is Word's Symbol-font bullet).
    static let markers: Set<Character> = ["-", "–", "—", "−", "•", "\u{F0B7}"]

    /// The text before the first item (nil when the cell starts with one),
    /// and each item's text. An item starts at a marker at the start of the
    /// text or after whitespace, so "e-mail" and "2563-2564" stay whole.
    static func split(_ text: String) -> (lead: String?, items: [String]) {
        let characters = Array(text)
        var starts: [Int] = []
        for index in characters.indices where markers.contains(characters[index]) {
            if index == 0 || characters[index - 1].isWhitespace { starts.append(index) }
        }
        guard let first = starts.first else { return (text.trimmed.isEmpty ? nil : text.trimmed, []) }
        let lead = String(characters[..<first]).trimmed
        var items: [String] = []
        for (position, start) in starts.enumerated() {
            let end = position + 1 < starts.count ? starts[position + 1] : characters.count
            let item = String(characters[(start + 1)..<end]).trimmed
            if !item.isEmpty { items.append(item) }
        }
        return (lead.isEmpty ? nil : lead, items)
    }

    /// Responsible units: every item, and the lead text as the first one.
    static func units(_ text: String) -> [String] {
        let (lead, items) = split(text)
        return (lead.map { [$0] } ?? []) + items
    }

    /// Results or recommendations: a list when the cell is a list of several
    /// "-" items, one item's text when it lists one, else the text as written.
    static func textOrList(_ text: String) -> [String] {
        guard !text.isEmpty else { return [] }
        let (lead, items) = split(text)
        guard lead == nil, !items.isEmpty else { return [text] }
        return items
    }
}
