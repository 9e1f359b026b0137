/// Thai web pages saved by older sites and by Windows are often in
/// Windows-874 (TIS-620 plus a few punctuation marks), declared in the
/// page's `<meta charset>`. Foundation on Linux has no such encoding, and the
/// mapping is one offset: TIS-620 0xA1…0xFB are U+0E01…U+0E5B.
enum ThaiLegacyEncoding {
    static let names = ["windows-874", "x-windows-874", "tis-620", "tis620", "iso-8859-11", "cp874"]

    /// Whether the page's head declares one of those encodings.
    static func isDeclared(in bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(4096).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
        guard let charset = head.range(of: "charset") else { return false }
        let after = head[charset.upperBound...].drop { $0 == "=" || $0 == " " || $0 == "\"" || $0 == "'" }
        return names.contains { after.hasPrefix($0) }
    }

    static let windowsExtras: [UInt8: Unicode.Scalar] = [
        0x80: "\u{20AC}", 0x85: "\u{2026}", 0x91: "\u{2018}", 0x92: "\u{2019}", 0x93: "\u{201C}",
        0x94: "\u{201D}", 0x95: "\u{2022}", 0x96: "\u{2013}", 0x97: "\u{2014}", 0xA0: "\u{A0}",
    ]

    /// The text, or nil at the first byte the encoding does not define (or a NUL).
    static func decode(_ bytes: [UInt8]) -> String? {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            switch byte {
            case 0x00: return nil
            case 0x01...0x7F: scalars.append(Unicode.Scalar(byte))
            case 0xA1...0xDA, 0xDF...0xFB: scalars.append(Unicode.Scalar(UInt32(byte) - 0xA1 + 0x0E01)!)
            default:
                guard let extra = windowsExtras[byte] else { return nil }
                scalars.append(extra)
            }
        }
        return String(scalars)
    }
}
