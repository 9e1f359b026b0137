import ITAPlanCore

/// A row of the indicator table: "๑.การปฏิบัติหน้าที่ | ๘๘.๗๖ คะแนน | analysis…".
struct IndicatorRow: Equatable {
    var number: Int
    var name: String
    var score: Double
    /// The analysis cell, when the row carries one.
    var analysis: String?

    init?(_ filled: [String]) {
        guard let first = filled.first else { return nil }
        if filled.count >= 3, let number = Self.bareNumber(first), let score = ThaiNumber.score(filled[2]) {
            // The number in a column of its own: "๑ | การปฏิบัติหน้าที่ | ๘๘.๗๖".
            self.number = number
            name = filled[1]
            self.score = score
            let analysis = filled.dropFirst(3).joined(separator: " ")
            self.analysis = analysis.isEmpty ? nil : analysis
            return
        }
        guard let (number, rest) = ThaiNumber.numbered(first), !rest.isEmpty else { return nil }
        self.number = number
        if filled.count >= 2, let score = ThaiNumber.score(filled[1]) {
            name = rest
            self.score = score
            let analysis = filled.dropFirst(2).joined(separator: " ")
            self.analysis = analysis.isEmpty ? nil : analysis
        } else if let (name, score) = Self.trailingScore(rest) {
            // The score in the name's cell: a tab lost to spaces.
            self.name = name
            self.score = score
            let analysis = filled.dropFirst().joined(separator: " ")
            self.analysis = analysis.isEmpty ? nil : analysis
        } else {
            return nil
        }
    }

    /// "๑" or "๑." alone.
    private static func bareNumber(_ text: String) -> Int? {
        var text = text
        if text.hasSuffix(".") { text.removeLast() }
        guard text.count <= 2, let value = ThaiNumber.decimal(text), !text.contains(".") else { return nil }
        return Int(value)
    }

    /// "การปฏิบัติหน้าที่ ๘๘.๗๖ คะแนน" → ("การปฏิบัติหน้าที่", 88.76).
    private static func trailingScore(_ text: String) -> (String, Double)? {
        var words = text.split(separator: " ").map(String.init)
        if words.last == "คะแนน" { words.removeLast() }
        guard words.count >= 2, let last = words.last, let score = ThaiNumber.score(last) else { return nil }
        return (words.dropLast().joined(separator: " "), score)
    }
}
