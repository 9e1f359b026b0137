/// A source line as table cells: split at tabs, each cell cleaned. A line
/// with no tab is a row of one cell.
struct TableRow: Sendable {
    let line: Int
    /// Every cell, empty ones included: their positions are the columns.
    let cells: [String]

    init(_ source: SourceLine) {
        line = source.number
        cells = source.text.split(separator: "\t", omittingEmptySubsequences: false).map { CellText.clean(String($0)) }
    }

    init(line: Int, cells: [String]) {
        self.line = line
        self.cells = cells
    }

    /// The non-empty cells, in order.
    var filled: [String] { cells.filter { !$0.isEmpty } }

    /// The row as one text for a note, cells apart.
    var noteText: String { filled.joined(separator: " | ") }
}
