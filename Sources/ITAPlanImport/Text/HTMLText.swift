/// The HTML a Word export leaves in cells: `<p>…</p>`, `<br>`, `&nbsp;`.
enum HTMLText {
    /// Tags that separate words (a paragraph or line ends there); others,
    /// like `<span>` or `<b>`, are dropped without a space.
    static let breakingTags: Set<String> = [
        "p", "br", "div", "li", "ul", "ol", "tr", "td", "th", "table", "tbody", "thead", "hr",
        "h1", "h2", "h3", "h4", "h5", "h6",
    ]

    /// The text without tags. Only what is shaped like a tag (`<p>`,
    /// `</p>`, `<br/>`, `<p class="x">`) is removed: "a < b" stays.
    static func strippingTags(_ text: String) -> String {
        guard text.unicodeScalars.contains("<") else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "<", let (name, end) = tag(in: scalars, at: index) {
                if breakingTags.contains(name) { result.append(" ") }
                index = end
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }

    /// The tag's lowercased name and the index after its `>`, if a tag starts at `start`.
    private static func tag(in scalars: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        var index = start + 1
        if index < scalars.count, scalars[index] == "/" { index += 1 }
        var name = ""
        while index < scalars.count, isASCIILetter(scalars[index]) || (!name.isEmpty && isASCIIDigit(scalars[index])) {
            name.unicodeScalars.append(scalars[index])
            index += 1
        }
        guard !name.isEmpty, index < scalars.count else { return nil }
        // Attributes, up to a bounded length so a stray "<" cannot swallow a page.
        let limit = min(scalars.count, index + 200)
        guard scalars[index] == ">" || scalars[index] == "/" || scalars[index] == " " else { return nil }
        while index < limit {
            if scalars[index] == ">" { return (name.lowercased(), index + 1) }
            if scalars[index] == "<" { return nil }
            index += 1
        }
        return nil
    }

    static let namedEntities: [String: Unicode.Scalar] = [
        "nbsp": "\u{A0}", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
    ]

    /// The text with `&nbsp; &amp; &lt; &gt; &quot; &apos;` and numeric
    /// references (`&#39;`, `&#x2013;`) decoded; anything else stays as written.
    static func decodingEntities(_ text: String) -> String {
        guard text.unicodeScalars.contains("&") else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "&", let semicolon = scalars[index...].prefix(12).firstIndex(of: ";"),
               let decoded = entity(String(String.UnicodeScalarView(scalars[(index + 1)..<semicolon]))) {
                result.append(decoded)
                index = semicolon + 1
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }

    private static func entity(_ body: String) -> Unicode.Scalar? {
        if let named = namedEntities[body.lowercased()] { return named }
        guard body.hasPrefix("#") else { return nil }
        let digits = body.dropFirst()
        let value: UInt32?
        if digits.hasPrefix("x") || digits.hasPrefix("X") {
            value = UInt32(digits.dropFirst(), radix: 16)
        } else {
            value = UInt32(digits, radix: 10)
        }
        guard let value, value != 0 else { return nil }
        return Unicode.Scalar(value)
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    private static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }
}
