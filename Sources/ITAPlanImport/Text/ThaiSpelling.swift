/// The spellings of the same heading words that real documents use, brought
/// to one form before headings are compared: "ผู้มีส่วนได้ส่วนเสีย" and
/// "ผู้มีส่วนได้เสีย", "คุณธรรมความโปร่งใส" and "คุณธรรมและความโปร่งใส". Only
/// for recognising headings; text kept in the plan stays as written.
enum ThaiSpelling {
    static let variants: [(written: String, canonical: String)] = [
        ("ส่วนได้ส่วนเสีย", "ส่วนได้เสีย"),
        ("คุณธรรมความโปร่งใส", "คุณธรรมและความโปร่งใส"),
        ("คุณธรรมและโปร่งใส", "คุณธรรมและความโปร่งใส"),
    ]

    static func normalized(_ text: String) -> String {
        var result = text
        for variant in variants where result.contains(variant.written) {
            result = result.replacingAll(variant.written, with: variant.canonical)
        }
        return result
    }
}
