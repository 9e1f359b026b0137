import ITAPlanCore

/// A table cell or a line as text: tags gone, entities decoded, every run
/// of whitespace (NBSP included) one space, no space at either end.
enum CellText {
    static func clean(_ raw: String) -> String {
        normalize(HTMLText.decodingEntities(HTMLText.strippingTags(raw)))
    }

    /// Text already free of markup (a Word run, a parsed web page): SARA AM
    /// composed, invisibles gone, whitespace collapsed.
    static func normalize(_ text: String) -> String {
        composingSaraAm(withoutInvisibles(text)).collapsingWhitespace
    }

    /// Text copied out of a PDF often writes ำ (SARA AM) as its two parts,
    /// ํ + า (NIKHAHIT, SARA AA). They look the same but compare unequal,
    /// so "ตําบล" would miss "ตำบล"; the one character is what was typed.
    static func composingSaraAm(_ text: String) -> String {
        guard text.unicodeScalars.contains("\u{0E4D}") else { return text }
        var scalars = String.UnicodeScalarView()
        var pendingNikhahit = false
        for scalar in text.unicodeScalars {
            if pendingNikhahit {
                pendingNikhahit = false
                if scalar == "\u{0E32}" {
                    scalars.append("\u{0E33}")
                    continue
                }
                scalars.append("\u{0E4D}")
            }
            if scalar == "\u{0E4D}" {
                pendingNikhahit = true
            } else {
                scalars.append(scalar)
            }
        }
        if pendingNikhahit { scalars.append("\u{0E4D}") }
        return String(scalars)
    }

    /// Zero-width spaces and byte order marks: Word puts them between Thai
    /// words as break hints; they are not part of the text.
    private static func withoutInvisibles(_ text: String) -> String {
        let invisible: Set<Unicode.Scalar> = ["\u{200B}", "\u{FEFF}", "\u{2060}"]
        guard text.unicodeScalars.contains(where: invisible.contains) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !invisible.contains(scalar) { scalars.append(scalar) }
        return String(scalars)
    }
}
