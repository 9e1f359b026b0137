/// The text `pdftotext -layout` gives, read back into rows of cells. Pages
/// are split at form feeds; a table's cells are the runs of text its
/// columns hold, found by position: the columns of the measures table from
/// its header's labels, the indicator table's by what the text is (a
/// numbered name, a score, the analysis beside them). A cell wrapped over
/// several lines is joined back (without a space between Thai letters, as
/// Thai writes words), a row starts where the first column starts a new
/// number. Marks that extraction moved to a line of their own go back to
/// the line above. What cannot be placed reaches the document reader as a
/// line of its own, which keeps it as a note with its page and line.
enum PDFLayoutText {
    struct Line {
        var page: Int
        var number: Int
        var text: [Unicode.Scalar]
    }

    struct Segment {
        var start: Int
        var text: String
        var raw: ArraySlice<Unicode.Scalar> = []
    }

    /// A line's text by column, the columns' left edges given: runs two or
    /// more spaces apart, and a run that crosses into the next column split
    /// at its last space before that column's edge (extraction keeps one
    /// space between neighbouring cells when a cell is full, and Thai
    /// marks, which count as characters here, push a long line right).
    static func cells(_ line: [Unicode.Scalar], edges: [Int]) -> [String] {
        var cells = Array(repeating: "", count: edges.count)
        // A stack, last piece first: taking and putting back pieces stays linear however many there are.
        var pieces: [(start: Int, raw: ArraySlice<Unicode.Scalar>, column: Int?)] = segments(line).reversed().map { ($0.start, $0.raw, nil) }
        while let (start, raw, forced) = pieces.popLast() {
            // The part split off a run that crossed an edge is in the next column, wherever the run pushed it.
            let column = forced ?? edges.lastIndex { $0 <= start + 2 } ?? 0
            var text = raw
            // A cell's text ends before the next column's edge; a run that reaches it holds the next cell too.
            if column + 1 < edges.count, start + raw.count >= edges[column + 1] {
                let limit = edges[column + 1] + 1 - start
                if let space = raw.indices.last(where: { raw[$0] == " " && $0 - raw.startIndex <= limit }), space > raw.startIndex {
                    text = raw[raw.startIndex..<space]
                    pieces.append((start + (space - raw.startIndex) + 1, raw[(space + 1)...], column + 1))
                }
            }
            let repaired = ThaiExtractionRepair.repair(String(String.UnicodeScalarView(text)))
            append(repaired, to: &cells[column])
        }
        return cells
    }

    static func rows(_ text: String) -> (rows: [TableRow], places: SourcePlaces) {
        var lines: [Line] = []
        for (pageIndex, page) in text.split(separator: "\u{0C}", omittingEmptySubsequences: false).enumerated() {
            var pageLines: [Line] = []
            for source in SourceLines.split(String(page)) {
                var scalars = Array(source.text.unicodeScalars).map { $0 == "\t" ? " " : $0 }
                // Marks alone at the start of a line belong to the line above, at their position.
                var from = 0  // scanned on from the last run moved, so a line of many runs stays linear
                while let first = scalars[from...].firstIndex(where: { $0 != " " }), ThaiExtractionRepair.isMark(scalars[first]),
                      var above = pageLines.popLast() {
                    var end = first
                    while end < scalars.count, ThaiExtractionRepair.isMark(scalars[end]) { end += 1 }
                    let at = min(first, above.text.count)
                    above.text.insert(contentsOf: scalars[first..<end], at: at)
                    pageLines.append(above)
                    for index in first..<end { scalars[index] = " " }
                    from = end
                }
                if scalars.contains(where: { $0 != " " }) {
                    pageLines.append(Line(page: pageIndex + 1, number: source.number, text: scalars))
                }
            }
            lines += pageLines
        }
        var builder = PDFRowBuilder()
        builder.read(lines)
        return (builder.rows, SourcePlaces(builder.places))
    }

    /// Runs of text two or more spaces apart, each with its start column.
    static func segments(_ line: [Unicode.Scalar]) -> [Segment] {
        var segments: [Segment] = []
        var index = 0
        while index < line.count {
            while index < line.count, line[index] == " " { index += 1 }
            guard index < line.count else { break }
            let start = index
            var end = index
            while end < line.count {
                if line[end] == " ", end + 1 >= line.count || line[end + 1] == " " { break }
                end += 1
            }
            let text = ThaiExtractionRepair.repair(String(String.UnicodeScalarView(line[start..<end])))
            segments.append(Segment(start: start, text: text, raw: line[start..<end]))
            index = end
        }
        return segments
    }

    /// Appends a wrapped line to a cell in place (a cell of many lines stays linear).
    static func append(_ tail: String, to head: inout String) {
        guard !tail.isEmpty else { return }
        guard let last = head.unicodeScalars.last else {
            head = tail
            return
        }
        if needsSpace(after: last, before: tail) { head += " " }
        head += tail
    }

    /// Joins a cell's wrapped lines: Thai to Thai without a space.
    static func join(_ head: String, _ tail: String) -> String {
        var joined = head
        append(tail, to: &joined)
        return joined
    }

    /// Thai words are not spaced, so a wrap between two Thai letters was
    /// inside a word; Thai digits are words of their own ("ปีงบประมาณ ๒๕๖๔"),
    /// and a new list item starts after a space.
    static func needsSpace(after last: Unicode.Scalar, before tail: String) -> Bool {
        guard let first = tail.unicodeScalars.first else { return false }
        let letter = { (scalar: Unicode.Scalar) in
            (0x0E01...0x0E5B).contains(scalar.value) && !(0x0E50...0x0E59).contains(scalar.value)
        }
        return !(letter(last) && letter(first)) || ThaiNumber.startsListItem(tail)
    }
}
