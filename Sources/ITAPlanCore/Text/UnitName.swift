/// Responsible units compared as people mean them: `งานพัสดุ` finds
/// `งานพัสดุฯ กองคลัง`. Word files wrap and abbreviate names differently,
/// so spacing (zero-width spaces too), Thai punctuation (ฯ ๆ ๏ ๚ ๛) and
/// ASCII punctuation are ignored, Thai digits count as Arabic, and Latin
/// letters ignore case.
public enum UnitName {
    /// The form compared: the name with everything ignored taken out.
    public static func key(_ text: String) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        for scalar in ThaiDigits.toArabic(text).lowercased().unicodeScalars where !ignored(scalar) {
            scalars.append(scalar)
        }
        return scalars
    }

    /// Whether `query` is found within `unit`, both compared by `key`. An
    /// empty query (nothing left after ignoring) matches nothing.
    public static func matches(_ query: String, unit: String) -> Bool {
        matches(key: key(query), unit: unit)
    }

    public static func matches(key query: [Unicode.Scalar], unit: String) -> Bool {
        guard !query.isEmpty else { return false }
        let name = key(unit)
        guard name.count >= query.count else { return false }
        for start in 0...(name.count - query.count) where name[start] == query[0] {
            if name[start..<(start + query.count)].elementsEqual(query) { return true }
        }
        return false
    }

    private static func ignored(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isSpace { return true }
        switch scalar.value {
        case 0x0E2F, 0x0E46, 0x0E4F, 0x0E5A, 0x0E5B: return true  // ฯ ๆ ๏ ๚ ๛
        case 0x200B...0x200D, 0x2060, 0xFEFF: return true  // zero-width spaces and joiners
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return true  // ASCII punctuation
        default: return false
        }
    }
}
