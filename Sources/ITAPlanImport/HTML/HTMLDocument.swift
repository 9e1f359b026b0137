/// A saved web page read into paragraphs and tables: cells with colspan and
/// rowspan, lists numbered as a browser shows them, line breaks, entities.
/// Web pages are rarely well-formed XML (unclosed `<p>`, `<br>`, stray
/// `&`), so this is a small tolerant tokenizer in the manner of a browser,
/// not an XML parser: unknown tags are ignored, an unclosed cell ends at the
/// next cell or row. Scripts, styles and the head are skipped.
enum HTMLDocument {
    /// Whether the bytes start like a web page (after a BOM and whitespace).
    static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(2048), as: UTF8.self).lowercased()
        let start = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        return start.hasPrefix("<!doctype html") || start.hasPrefix("<html") || head.contains("<table")
    }

    static func read(_ text: String) -> DocumentBlocks {
        var builder = HTMLBlockBuilder()
        var tokenizer = HTMLTokenizer(text)
        while let token = tokenizer.next() {
            switch token {
            case .text(let text): builder.text(text)
            case .start(let name, let attributes): builder.start(name, attributes)
            case .end(let name): builder.end(name)
            }
        }
        builder.finishParagraph()
        return builder.blocks
    }
}

enum HTMLToken: Equatable {
    case text(String)
    case start(String, [String: String])
    case end(String)
}

/// Splits HTML into text, start tags (lowercased names, attributes) and end
/// tags; comments, doctypes and the content of script, style, head,
/// template and noscript are dropped.
struct HTMLTokenizer {
    private let scalars: [Unicode.Scalar]
    private var index = 0
    static let rawContent: Set<String> = ["script", "style", "head", "template", "noscript", "textarea", "svg"]

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    mutating func next() -> HTMLToken? {
        guard index < scalars.count else { return nil }
        if scalars[index] == "<", let token = tag() { return token }
        var text = String.UnicodeScalarView()
        repeat {
            text.append(scalars[index])
            index += 1
        } while index < scalars.count && scalars[index] != "<"
        return .text(HTMLText.decodingEntities(String(text)))
    }

    /// A tag, comment or declaration at `index`, or nil when the `<` is text.
    private mutating func tag() -> HTMLToken? {
        let start = index
        if starts(with: "<!--") {
            index = find("-->").map { $0 + 3 } ?? scalars.count
            return next() ?? .text("")
        }
        if starts(with: "<!") || starts(with: "<?") {
            index = find(">").map { $0 + 1 } ?? scalars.count
            return next() ?? .text("")
        }
        var position = index + 1
        let closing = position < scalars.count && scalars[position] == "/"
        if closing { position += 1 }
        var name = ""
        while position < scalars.count, isNameScalar(scalars[position]) {
            name.unicodeScalars.append(scalars[position])
            position += 1
        }
        guard !name.isEmpty, let first = name.unicodeScalars.first, first.properties.isAlphabetic else {
            index = start
            return nil
        }
        name = name.lowercased()
        var attributes: [String: String] = [:]
        // Attributes up to ">", quoted values may hold ">".
        while position < scalars.count, scalars[position] != ">" {
            if scalars[position].properties.isWhitespace || scalars[position] == "/" {
                position += 1
                continue
            }
            var key = ""
            while position < scalars.count, !"=> \t\n\r/".unicodeScalars.contains(scalars[position]) {
                key.unicodeScalars.append(scalars[position])
                position += 1
            }
            var value = ""
            if position < scalars.count, scalars[position] == "=" {
                position += 1
                if position < scalars.count, scalars[position] == "\"" || scalars[position] == "'" {
                    let quote = scalars[position]
                    position += 1
                    while position < scalars.count, scalars[position] != quote {
                        value.unicodeScalars.append(scalars[position])
                        position += 1
                    }
                    position += 1
                } else {
                    while position < scalars.count, !"> \t\n\r".unicodeScalars.contains(scalars[position]) {
                        value.unicodeScalars.append(scalars[position])
                        position += 1
                    }
                }
            }
            if key.isEmpty { position += 1 } else { attributes[key.lowercased()] = HTMLText.decodingEntities(value) }
        }
        index = min(position + 1, scalars.count)
        if closing { return .end(name) }
        if Self.rawContent.contains(name) {
            // Skip to the matching end tag: a script's "<" is not a tag.
            index = findEndTag(name).map { $0 } ?? scalars.count
            return next() ?? .text("")
        }
        return .start(name, attributes)
    }

    private func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == ":")
    }

    private func starts(with text: String) -> Bool {
        let pattern = Array(text.unicodeScalars)
        guard index + pattern.count <= scalars.count else { return false }
        return (0..<pattern.count).allSatisfy { scalars[index + $0] == pattern[$0] }
    }

    private func find(_ text: String, from: Int? = nil) -> Int? {
        let pattern = Array(text.unicodeScalars)
        var position = from ?? index
        while position + pattern.count <= scalars.count {
            if (0..<pattern.count).allSatisfy({ scalars[position + $0] == pattern[$0] }) { return position }
            position += 1
        }
        return nil
    }

    /// The index after `</name ...>`, matched without regard to case.
    private func findEndTag(_ name: String) -> Int? {
        let pattern = Array(("</" + name).unicodeScalars)
        var position = index
        while position + pattern.count <= scalars.count {
            if (0..<pattern.count).allSatisfy({ Character(scalars[position + $0]).lowercased() == String(pattern[$0]) }) {
                var end = position + pattern.count
                while end < scalars.count, scalars[end] != ">" { end += 1 }
                return min(end + 1, scalars.count)
            }
            position += 1
        }
        return nil
    }
}
