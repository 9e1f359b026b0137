import ITAPlanCore

/// Numbers as Thai documents write them, in Thai or Arabic digits.
enum ThaiNumber {
    /// The value of a Thai or Arabic digit.
    static func digit(_ character: Character) -> Int? {
        guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first else { return nil }
        switch scalar.value {
        case 0x30...0x39: return Int(scalar.value - 0x30)
        case 0x0E50...0x0E59: return Int(scalar.value - 0x0E50)
        default: return nil
        }
    }

    /// A list number at `start`: one to three digits and `.` (or `)`), not
    /// followed by a digit, so "๘๕.๐๐" is a decimal and not item 85. Returns
    /// the number, the delimiter, and the index after the delimiter.
    static func listMarker(in characters: [Character], at start: Int) -> (number: Int, delimiter: Character, end: Int)? {
        var index = start
        var number = 0
        while index < characters.count, index - start < 3, let value = digit(characters[index]) {
            number = number * 10 + value
            index += 1
        }
        guard index > start, index < characters.count, characters[index] == "." || characters[index] == ")" else {
            return nil
        }
        let delimiter = characters[index]
        index += 1
        if index < characters.count, digit(characters[index]) != nil { return nil }
        return (number, delimiter, index)
    }

    /// "๑.การปฏิบัติหน้าที่" → (1, "การปฏิบัติหน้าที่"); nil without a leading list number.
    static func numbered(_ text: String) -> (number: Int, rest: String)? {
        let characters = Array(text)
        guard let marker = listMarker(in: characters, at: 0) else { return nil }
        return (marker.number, String(characters[marker.end...]).trimmed)
    }

    /// The whole text as a decimal ("๖๙.๕๘", "83.00"), else nil.
    static func decimal(_ text: String) -> Double? {
        let arabic = ThaiDigits.toArabic(text)
        let parts = arabic.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else { return nil }
        return Double(arabic)
    }

    /// A score cell: "๘๘.๗๖ คะแนน", "88.76", "๘๘.๗๖คะแนน".
    static func score(_ text: String) -> Double? {
        var compact = text.withoutWhitespace
        if compact.hasSuffix("คะแนน") { compact.removeLast("คะแนน".count) }
        guard let value = decimal(compact), (0...100).contains(value) else { return nil }
        return value
    }

    /// The first run of digits (with a decimal part) at the start of `text`, and its length in characters.
    static func leadingDecimal(_ text: Substring) -> (value: Double, length: Int)? {
        let characters = Array(text)
        var index = 0
        var literal = ""
        while index < characters.count, let value = digit(characters[index]) {
            literal += String(value)
            index += 1
        }
        guard !literal.isEmpty else { return nil }
        if index + 1 < characters.count, characters[index] == ".", digit(characters[index + 1]) != nil {
            literal += "."
            index += 1
            while index < characters.count, let value = digit(characters[index]) {
                literal += String(value)
                index += 1
            }
        }
        return Double(literal).map { ($0, index) }
    }
}

extension ThaiNumber {
    /// Whether the text starts with a list number ("๒.", "2)").
    static func startsListItem(_ text: String) -> Bool {
        listMarker(in: Array(text.prefix(5)), at: 0) != nil
    }
}
