import ITAPlanCore

/// A cell holding several numbered items, "๑.จัดทำ… ๒.รายงาน…", as the
/// steps column writes them.
enum NumberedItems {
    /// The items' texts without their numbers, or nil when the text does
    /// not start with item 1. An item starts only at the start or after
    /// whitespace, and only with the next number in sequence, so neither
    /// "พ.ศ.๒๕๖๔" nor " ๘๕.๐๐" nor a stray " ๓." out of order splits a step.
    static func split(_ text: String) -> [String]? {
        let characters = Array(text)
        guard let first = ThaiNumber.listMarker(in: characters, at: 0), first.number == 1 else { return nil }
        var bounds: [(start: Int, contentStart: Int)] = [(0, first.end)]
        var expected = 2
        var index = first.end
        while index < characters.count {
            if characters[index - 1].isWhitespace,
               let marker = ThaiNumber.listMarker(in: characters, at: index),
               marker.number == expected, marker.delimiter == first.delimiter {
                bounds.append((index, marker.end))
                expected += 1
                index = marker.end
            } else {
                index += 1
            }
        }
        var items: [String] = []
        for (position, bound) in bounds.enumerated() {
            let end = position + 1 < bounds.count ? bounds[position + 1].start : characters.count
            let item = String(characters[bound.contentStart..<end]).trimmed
            if !item.isEmpty { items.append(item) }
        }
        return items
    }
}
