import ITAPlanYAML

/// Typed values from untyped scalars, with a located finding for anything
/// that is not of the kind the key wants. Thai digits count as digits.
extension FindingSink {
    func text(_ node: YAMLNode, key: String) -> Located<String>? {
        guard let scalar = node.scalar else {
            add(.type, at: node.location, .wrongType(key: key, expected: .text, found: FoundValue(node)))
            return nil
        }
        let text = scalar.text.trimmed
        guard !text.isEmpty else {
            add(.emptyValue, at: node.location, .emptyValue(key: key))
            return nil
        }
        return Located(text, at: node.location)
    }

    /// A text or a list of texts; empty entries are reported and skipped.
    func texts(_ node: YAMLNode, key: String) -> [Located<String>] {
        guard let items = node.sequence else { return text(node, key: key).map { [$0] } ?? [] }
        return items.compactMap { text($0, key: key) }
    }

    func list(_ node: YAMLNode, key: String) -> [YAMLNode]? {
        guard let items = node.sequence else {
            add(.type, at: node.location, .wrongType(key: key, expected: .list, found: FoundValue(node)))
            return nil
        }
        return items
    }

    func wholeNumber(_ node: YAMLNode, key: String, range: ClosedRange<Int>) -> Located<Int>? {
        guard let text = numericText(node), Self.isInteger(text) else {
            add(.type, at: node.location, .wrongType(key: key, expected: .wholeNumber, found: FoundValue(node)))
            return nil
        }
        // Too many digits for an Int is out of range, not "not a number".
        guard let value = Int(text), range.contains(value) else {
            add(.invalidValue, at: node.location, .outOfRange(
                key: key, value: Self.shortened(text), lowest: "\(range.lowerBound)", highest: "\(range.upperBound)"))
            return nil
        }
        return Located(value, at: node.location)
    }

    /// A decimal number such as 88.76 or ๘๘.๗๖; ranges are the rules' business.
    func number(_ node: YAMLNode, key: String) -> Located<Double>? {
        let text = numericText(node)
        // `84,30`: one comma where the point should be. Looked at only when
        // there is a comma, which a number nearly never has.
        if let text, text.utf8.contains(UInt8(ascii: ",")), Self.isDecimal(text.replacingAll(",", with: ".")),
           text.filter({ $0 == "," }).count == 1 {
            add(.type, at: node.location, .decimalComma(key: key, written: text))
            return nil
        }
        guard let text, Self.isDecimal(text), let value = Double(text) else {
            add(.type, at: node.location, .wrongType(key: key, expected: .number, found: FoundValue(node)))
            return nil
        }
        return Located(value, at: node.location)
    }

    /// A Buddhist Era year; a Christian-era one is named as such, not converted.
    func year(_ node: YAMLNode, key: String) -> Located<Int>? {
        guard let text = numericText(node), Self.isInteger(text) else {
            add(.type, at: node.location, .wrongType(key: key, expected: .year, found: FoundValue(node)))
            return nil
        }
        guard let value = Int(text) else {
            add(.invalidValue, at: node.location, .outOfRange(
                key: key, value: Self.shortened(text), lowest: "2400", highest: "2900"))
            return nil
        }
        if (1900..<2400).contains(value) {
            add(.buddhistEra, at: node.location, .christianEraYear(key: key, value: value))
            return nil
        }
        guard (2400...2900).contains(value) else {
            add(.invalidValue, at: node.location, .outOfRange(
                key: key, value: text, lowest: "2400", highest: "2900"))
            return nil
        }
        return Located(value, at: node.location)
    }

    /// An id, kept as text: `1.10` stays "1.10"; Thai digits become Arabic
    /// so that `๑.๒` and `1.2` are the same id.
    func id(_ node: YAMLNode, key: String) -> Located<String>? {
        guard let scalar = node.scalar else {
            add(.type, at: node.location, .wrongType(key: key, expected: .id, found: FoundValue(node)))
            return nil
        }
        let id = ThaiDigits.toArabic(scalar.text).trimmed
        guard !id.isEmpty else {
            add(.emptyValue, at: node.location, .emptyValue(key: key))
            return nil
        }
        return Located(id, at: node.location)
    }

    /// One of `allowed`, compared exactly; a near miss gets a suggestion.
    func choice(_ node: YAMLNode, key: String, allowed: [String]) -> Located<String>? {
        guard let value = text(node, key: key) else { return nil }
        guard allowed.contains(value.value) else {
            add(.invalidValue, at: node.location, .invalidValue(
                key: key, value: value.value, allowed: allowed,
                suggestion: Suggestion.closest(to: value.value, among: allowed)))
            return nil
        }
        return value
    }

    /// The scalar's text with Thai digits made Arabic, or nil for a non-scalar.
    private func numericText(_ node: YAMLNode) -> String? {
        guard let scalar = node.scalar else { return nil }
        return ThaiDigits.toArabic(scalar.text).trimmed
    }

    /// Digits with an optional sign, however many: `-12`, `99999999999999999999`.
    static func isInteger(_ text: String) -> Bool {
        isDecimal(text) && !text.contains(".")
    }

    /// A number as written, cut short for a message (it may have thousands of digits).
    static func shortened(_ text: String) -> String {
        text.unicodeScalars.count > 24 ? String(String.UnicodeScalarView(text.unicodeScalars.prefix(24))) + "…" : text
    }

    static func isDecimal(_ text: String) -> Bool {
        var digitsBefore = 0
        var digitsAfter = 0
        var seenPoint = false
        for (index, scalar) in text.unicodeScalars.enumerated() {
            switch scalar {
            case "0"..."9":
                if seenPoint { digitsAfter += 1 } else { digitsBefore += 1 }
            case ".":
                guard !seenPoint else { return false }
                seenPoint = true
            case "-", "+":
                guard index == 0 else { return false }
            default:
                return false
            }
        }
        return digitsBefore > 0 && (!seenPoint || digitsAfter > 0)
    }
}

// MARK: - Dates, links and yes/no

extension FindingSink {
    func date(_ node: YAMLNode, key: String) -> Located<CivilDate>? {
        guard let scalar = node.scalar else {
            add(.type, at: node.location, .wrongType(key: key, expected: .date, found: FoundValue(node)))
            return nil
        }
        switch DateParsing.parse(scalar.text) {
        case .date(let date):
            return Located(date, at: node.location)
        case .impossible:
            add(.invalidDate, at: node.location, .impossibleDate(key: key, text: scalar.text.trimmed))
        case .unreadable:
            add(.invalidDate, at: node.location, .unreadableDate(key: key, text: scalar.text.trimmed))
        }
        return nil
    }

    /// An http(s) link, or a list of them. A link holding a control
    /// character (NUL, ESC, BEL…) or a bidi override is refused: no browser
    /// opens it as written, and it would reach a CSV or a terminal raw.
    func links(_ node: YAMLNode, key: String) -> [Located<String>] {
        texts(node, key: key).filter { link in
            // Only the head is lower-cased: the scheme is all that is
            // compared, and lower-casing whole links, Thai paths and all,
            // was most of this check. Lower case goes scalar by scalar, so
            // 16 scalars' lower case starts as the whole link's does.
            let lowered = String(link.value.unicodeScalars.prefix(16)).lowercased()
            let isWeb = (lowered.hasPrefix("https://") || lowered.hasPrefix("http://"))
                && !link.value.unicodeScalars.dropFirst(lowered.hasPrefix("https") ? 8 : 7).isEmpty
                && !link.value.unicodeScalars.contains { $0.isSpace || SafeText.isUnsafe($0) }
            if isWeb { return true }
            let spaced = link.value.trimmed
            if lowered.hasPrefix("http"), spaced.unicodeScalars.contains(" "),
               !spaced.unicodeScalars.contains(where: { ($0.isSpace && $0 != " ") || SafeText.isUnsafe($0) }) {
                // The one fault is the space: say so, and give the link as it should be.
                add(.evidenceURL, at: link.location,
                    .evidenceHasSpace(link.value, suggestion: spaced.replacingAll(" ", with: "%20")))
            } else {
                add(.evidenceURL, at: link.location, .evidenceNotHTTP(link.value))
            }
            return false
        }
    }

    /// true/false, yes/no, ใช่/ไม่ — only where the key wants a yes or no.
    func boolean(_ node: YAMLNode, key: String) -> Located<Bool>? {
        let value = node.scalar.map { $0.text.trimmed.lowercased() }
        switch value {
        case "true", "yes", "on", "ใช่", "จริง": return Located(true, at: node.location)
        case "false", "no", "off", "ไม่", "ไม่ใช่", "เท็จ": return Located(false, at: node.location)
        default:
            add(.type, at: node.location, .wrongType(key: key, expected: .boolean, found: FoundValue(node)))
            return nil
        }
    }
}
