/// The bytes of one source file, with what diagnostics need from them:
/// a line's text for a snippet, and the location of a byte offset.
///
/// Lines break at LF, CR and CRLF, as GitHub, git and editors break them
/// (and YAML 1.2); NEL, U+2028 and U+2029, which libyaml also breaks at, are
/// characters within a line. `LineMap` moves libyaml's positions to these
/// lines, so a location reported by the parser and a snippet taken here agree.
public struct SourceText: Sendable {
    public let bytes: [UInt8]
    /// Where the text starts: after a UTF-8 byte order mark, which libyaml
    /// skips without counting a column.
    public let contentStart: Int

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        self.contentStart = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    public init(_ string: String) {
        self.init(bytes: Array(string.utf8))
    }

    /// Whether the file starts with a UTF-8 byte order mark.
    public var hasByteOrderMark: Bool { contentStart > 0 }

    /// The text of a 1-based line without its line break, or nil past the end.
    /// Long lines are cut so a one-line 50 MB file cannot flood a terminal.
    /// Scans from the top: for many lines of one file, use `lineIndex()`.
    public func line(_ number: Int, maxScalars: Int = 400) -> String? {
        guard number >= 1 else { return nil }
        var start = contentStart
        var current = 1
        while current < number {
            guard let next = Self.nextLineStart(in: bytes, from: start) else { return nil }
            start = next
            current += 1
        }
        return line(startingAt: start, maxScalars: maxScalars)
    }

    /// Where every line starts, found in one pass: what a reporter showing
    /// thousands of findings of one file needs, so that each snippet costs
    /// its own line and not a scan of the file.
    public func lineIndex() -> LineIndex {
        var starts = [contentStart]
        var index = contentStart
        while let next = Self.nextLineStart(in: bytes, from: index) {
            starts.append(next)
            index = next
        }
        return LineIndex(starts: starts)
    }

    /// The text of a 1-based line, looked up in `index` (made from this text).
    public func line(_ number: Int, in index: LineIndex, maxScalars: Int = 400) -> String? {
        guard number >= 1, number <= index.starts.count else { return nil }
        return line(startingAt: index.starts[number - 1], maxScalars: maxScalars)
    }

    private func line(startingAt start: Int, maxScalars: Int) -> String {
        var end = start
        while end < bytes.endIndex, Self.breakLength(in: bytes, at: end) == 0 { end += 1 }
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        guard text.unicodeScalars.count > maxScalars else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.prefix(maxScalars))) + "…"
    }

    /// The location of the character that starts at or contains `offset`.
    public func location(ofByteOffset offset: Int) -> SourceLocation {
        var line = 1
        var column = 1
        var index = contentStart
        let limit = min(offset, bytes.endIndex)
        while index < limit {
            let breakLength = Self.breakLength(in: bytes, at: index)
            if breakLength > 0 {
                line += 1
                column = 1
                index += breakLength
            } else {
                // Count a scalar once, at its lead byte; continuation bytes add nothing.
                if bytes[index] & 0xC0 != 0x80 { column += 1 }
                index += 1
            }
        }
        // `column` was advanced past every scalar before `offset`; a location is 1-based.
        return SourceLocation(line: line, column: column)
    }

    /// The byte offset of a location: the inverse of `location(ofByteOffset:)`.
    /// A column past the end of its line gives the line's end; a line past
    /// the end of the file gives the file's end.
    public func byteOffset(of location: SourceLocation) -> Int {
        var index = contentStart
        var line = 1
        while line < location.line {
            guard let next = Self.nextLineStart(in: bytes, from: index) else { return bytes.endIndex }
            index = next
            line += 1
        }
        var column = 1
        while index < bytes.endIndex, column < location.column, Self.breakLength(in: bytes, at: index) == 0 {
            index += 1
            // Step over the continuation bytes of the scalar just passed.
            while index < bytes.endIndex, bytes[index] & 0xC0 == 0x80 { index += 1 }
            column += 1
        }
        return index
    }

    /// Byte length of the line break at `index` (0 when there is none).
    public static func breakLength(in bytes: [UInt8], at index: Int) -> Int {
        switch bytes[index] {
        case 0x0A: return 1
        case 0x0D: return index + 1 < bytes.endIndex && bytes[index + 1] == 0x0A ? 2 : 1
        default: return 0
        }
    }

    /// The byte offsets where the lines of a `SourceText` start.
    public struct LineIndex: Sendable {
        public let starts: [Int]
    }

    public static func nextLineStart(in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index < bytes.endIndex {
            let length = breakLength(in: bytes, at: index)
            if length > 0 { return index + length }
            index += 1
        }
        return nil
    }
}
