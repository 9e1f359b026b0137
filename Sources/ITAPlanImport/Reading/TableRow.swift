/// A source line as table cells: split at tabs, each cell cleaned. A line
/// with no tab is a row of one cell. Word files, web pages and PDFs give
/// their rows directly.
struct TableRow: Sendable {
    /// The row's number: its line in a text file, else its index in the
    /// document's rows (`SourcePlaces` says where that is).
    let line: Int
    /// Every cell, empty ones included: their positions are the columns.
    let cells: [String]
    /// Cells that repeat a cell merged down from the row above (Word's
    /// vMerge, HTML's rowspan): they belong to this row as a new measure,
    /// but add nothing when the row continues the one above.
    let merged: Set<Int>

    init(_ source: SourceLine) {
        line = source.number
        cells = source.text.split(separator: "\t", omittingEmptySubsequences: false).map { CellText.clean(String($0)) }
        merged = []
    }

    init(line: Int, cells: [String], merged: Set<Int> = []) {
        self.line = line
        self.cells = cells
        self.merged = merged
    }

    /// The non-empty cells, in order.
    var filled: [String] { cells.filter { !$0.isEmpty } }

    /// The row as one text for a note, cells apart.
    var noteText: String { filled.joined(separator: " | ") }
}
