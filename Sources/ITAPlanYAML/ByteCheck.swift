/// What a file's bytes say before any YAML is parsed: whether it is text at
/// all. libyaml reports bad bytes only as an offset; this check names the
/// byte and its line and column, and tells a binary file from a text one.
public enum ByteCheck: Equatable, Sendable {
    case text
    /// A NUL byte: the file is binary (an image, a Word file, a zip…).
    case binary(offset: Int)
    /// A byte sequence that is not UTF-8.
    case invalidUTF8(offset: Int, byte: UInt8)
    /// A UTF-16 or UTF-32 byte order mark: the text is in another encoding.
    case otherEncoding(name: String)

    /// The name `check` gives Thai text saved by Thai Windows ("ANSI").
    public static let thaiWindows = "TIS-620 / Windows-874"

    public static func check(_ bytes: [UInt8]) -> ByteCheck {
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return .otherEncoding(name: "UTF-32LE") }
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return .otherEncoding(name: "UTF-32BE") }
        if bytes.starts(with: [0xFF, 0xFE]) { return .otherEncoding(name: "UTF-16LE") }
        if bytes.starts(with: [0xFE, 0xFF]) { return .otherEncoding(name: "UTF-16BE") }
        if let name = utf16WithoutMark(bytes) { return .otherEncoding(name: name) }
        let found = bytes.withUnsafeBufferPointer(scan)
        // A NUL anywhere makes the file binary, even inside a broken letter's
        // bytes or after the first bad one: "not valid UTF-8 (byte 0x0)" sent
        // people re-saving an image as UTF-8. Only looked for on this path.
        if case .invalidUTF8 = found, let nul = bytes.firstIndex(of: 0) { return .binary(offset: nul) }
        if case .invalidUTF8 = found, looksLikeThaiWindows(bytes) {
            return .otherEncoding(name: thaiWindows)
        }
        return found
    }

    /// UTF-16 saved without a byte order mark (Notepad's "Unicode"): in a
    /// plan, every other byte is the high half of ASCII (0x00) or Thai
    /// (0x0E) text. Judged on the first bytes, so a binary file with a
    /// stray NUL stays binary.
    private static func utf16WithoutMark(_ bytes: [UInt8]) -> String? {
        let sample = bytes.prefix(4096)
        guard sample.count >= 4 else { return nil }
        var highLE = 0, highBE = 0, nulLE = 0, nulBE = 0, pairs = 0
        var index = sample.startIndex
        while index + 1 < sample.endIndex {
            let (even, odd) = (sample[index], sample[index + 1])
            if odd == 0x00 || odd == 0x0E { highLE += 1 }
            if even == 0x00 || even == 0x0E { highBE += 1 }
            if odd == 0 { nulLE += 1 }
            if even == 0 { nulBE += 1 }
            pairs += 1
            index += 2
            // Neither half is all high bytes: not UTF-16, whatever follows
            // (a UTF-8 plan is told on its first two bytes).
            if highLE < pairs && highBE < pairs { return nil }
        }
        if highLE == pairs, nulLE > 0, nulBE == 0 { return "UTF-16LE" }
        if highBE == pairs, nulBE > 0, nulLE == 0 { return "UTF-16BE" }
        return nil
    }

    /// Thai text in TIS-620 / Windows-874 (what Thai Windows saves as
    /// "ANSI"): every byte past ASCII is a Thai letter, or one of the few
    /// punctuation marks Windows-874 adds, and there are Thai consonants
    /// (a lone Latin-1 é is not Thai).
    private static func looksLikeThaiWindows(_ bytes: [UInt8]) -> Bool {
        var thai = 0
        var consonants = 0
        for byte in bytes where byte >= 0x80 {
            switch byte {
            case 0xA1...0xCE: thai += 1; consonants += 1
            case 0xCF...0xDA, 0xDF...0xFB: thai += 1
            case 0x80, 0x85, 0x91...0x97, 0xA0: continue
            default: return false
            }
        }
        return thai >= 3 && consonants > 0
    }

    private static func scan(_ buffer: UnsafeBufferPointer<UInt8>) -> ByteCheck {
        var index = 0
        let count = buffer.count
        while index < count {
            let lead = buffer[index]
            if lead < 0x80 {
                if lead == 0 { return .binary(offset: index) }
                index += 1
                continue
            }
            let length: Int
            let minimum: UInt32
            switch lead {
            case 0xC2...0xDF: length = 2; minimum = 0x80
            case 0xE0...0xEF: length = 3; minimum = 0x800
            case 0xF0...0xF4: length = 4; minimum = 0x10000
            default: return .invalidUTF8(offset: index, byte: lead)
            }
            guard index + length <= count else { return .invalidUTF8(offset: index, byte: lead) }
            var scalar = UInt32(lead) & (0xFF >> UInt32(length + 1))
            for offset in 1..<length {
                let byte = buffer[index + offset]
                guard byte & 0xC0 == 0x80 else { return .invalidUTF8(offset: index + offset, byte: byte) }
                scalar = scalar << 6 | UInt32(byte & 0x3F)
            }
            // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
            guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else {
                return .invalidUTF8(offset: index, byte: lead)
            }
            index += length
        }
        return .text
    }
}
