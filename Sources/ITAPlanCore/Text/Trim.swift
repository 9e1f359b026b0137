extension Unicode.Scalar {
    /// Whitespace, answered without Unicode property tables for ASCII and
    /// Thai, which is nearly every character a plan holds.
    @inlinable
    public var isSpace: Bool {
        switch value {
        case 0x20, 0x09...0x0D: return true
        case 0..<0x80, 0x0E00...0x0E7F: return false
        default: return properties.isWhitespace
        }
    }
}

extension String {
    /// The text without leading and trailing whitespace and line breaks.
    public var trimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return self }
        // Most texts need no trimming: keep them as they are, without a copy.
        if !first.isSpace && !last.isSpace { return self }
        guard let start = scalars.firstIndex(where: { !$0.isSpace }),
              let end = scalars.lastIndex(where: { !$0.isSpace }) else { return "" }
        return String(scalars[start...end])
    }

    /// The text with all whitespace removed: how Thai names and phrases are
    /// compared, since Thai puts no spaces between words and Word files add
    /// them where lines wrapped.
    public var withoutWhitespace: String {
        var scalars = String.UnicodeScalarView()
        for scalar in unicodeScalars where !scalar.isSpace { scalars.append(scalar) }
        return String(scalars)
    }

    /// The text with every run of whitespace made one space: the form used to
    /// compare names that a Word file wrapped at different places.
    public var collapsingWhitespace: String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in unicodeScalars {
            if scalar.isSpace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }
}
