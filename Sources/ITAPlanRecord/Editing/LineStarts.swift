import ITAPlanYAML

/// Locations to byte offsets and back over `SourceText`'s line index, for
/// the many positions one edit or one batch needs without walking the file
/// for each.
struct LineStarts {
    private let starts: [Int]
    private let text: SourceText

    init(_ text: SourceText) {
        starts = text.lineIndex().starts
        self.text = text
    }

    /// The 1-based line holding `offset`, by binary search.
    func line(ofByteOffset offset: Int) -> Int {
        var low = 0
        var high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= offset { low = middle + 1 } else { high = middle }
        }
        return max(1, low)
    }

    func offset(of location: SourceLocation) -> Int {
        guard location.line >= 1, location.line <= starts.count else { return text.bytes.count }
        var index = starts[location.line - 1]
        var column = 1
        let bytes = text.bytes
        while index < bytes.count, column < location.column, SourceText.breakLength(in: bytes, at: index) == 0 {
            index += 1
            while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
            column += 1
        }
        return index
    }
}
