#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns libyaml's positions into the lines GitHub, git and editors show.
///
/// libyaml follows YAML 1.1 and also breaks lines at NEL (U+0085), LINE
/// SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029). GitHub's file view,
/// its annotations and `git diff` break only at LF, CR and CRLF (as YAML 1.2
/// does), so a plan holding a U+2028 on line 1 would otherwise be reported
/// lines further down than GitHub shows it. This map is built only for a file
/// that holds one of those three characters; `SourceText` splits lines the
/// same way, so snippets agree with the reported line.
struct LineMap {
    /// For each libyaml line (0-based): the real line (0-based) it lies on,
    /// and how many characters of that real line come before it.
    private var lines: [(line: Int, column: Int)] = [(0, 0)]

    /// Nil when the text holds no NEL, U+2028 or U+2029: libyaml's lines are then the real ones.
    init?(_ source: SourceText) {
        let bytes = source.bytes
        // Almost every plan has none of the three: find that out at memchr
        // speed (Thai letters lead with 0xE0, never 0xC2 or 0xE2 0x80 0xA8).
        guard Self.mayHoldYAML11Break(bytes) else { return nil }
        var index = source.contentStart
        var found = false
        var line = 0
        var column = 0
        while index < bytes.endIndex {
            let byte = bytes[index]
            let real = SourceText.breakLength(in: bytes, at: index)
            if real > 0 {
                line += 1
                column = 0
                lines.append((line, 0))
                index += real
                continue
            }
            let extra = Self.yaml11BreakLength(in: bytes, at: index)
            if extra > 0 {
                found = true
                column += 1
                lines.append((line, column))
                index += extra
                continue
            }
            if byte & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        guard found else { return nil }
    }

    /// The real 1-based location of libyaml's 0-based line and column.
    func location(line: Int, column: Int) -> SourceLocation {
        guard line >= 0, line < lines.count else { return SourceLocation(line: line + 1, column: column + 1) }
        let start = lines[line]
        return SourceLocation(line: start.line + 1, column: start.column + column + 1)
    }

    /// False when no byte could start a NEL, U+2028 or U+2029.
    static func mayHoldYAML11Break(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress, buffer.count > 0 else { return false }
            for lead: Int32 in [0xC2, 0xE2] {
                var start = base
                var remaining = buffer.count
                while remaining > 0, let found = memchr(start, lead, remaining) {
                    let offset = base.distance(to: UnsafeRawPointer(found))
                    if yaml11BreakLength(in: bytes, at: offset) > 0 { return true }
                    start = UnsafeRawPointer(found) + 1
                    remaining = buffer.count - offset - 1
                }
            }
            return false
        }
    }

    /// Byte length of a NEL, U+2028 or U+2029 at `index` (0 when none).
    static func yaml11BreakLength(in bytes: [UInt8], at index: Int) -> Int {
        switch bytes[index] {
        case 0xC2: return index + 1 < bytes.endIndex && bytes[index + 1] == 0x85 ? 2 : 0
        case 0xE2:
            guard index + 2 < bytes.endIndex, bytes[index + 1] == 0x80 else { return 0 }
            return bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 ? 3 : 0
        default: return 0
        }
    }
}
