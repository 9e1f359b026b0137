/// A document as Word and web pages hold it: paragraphs and tables, in
/// order. Both readers give this; `rows()` turns it into the rows the
/// document reader reads, with the place of each.
struct DocumentBlocks: Sendable {
    struct Cell: Sendable {
        /// The cell's paragraphs and line breaks, each one line.
        var lines: [String]
        /// How many grid columns it spans (gridSpan, colspan).
        var span = 1
        /// Whether it continues a cell merged down from the row above
        /// (vMerge="continue", or under a rowspan): it holds no text of its own.
        var continuesAbove = false
    }

    enum Block: Sendable {
        /// A paragraph's lines (split at line breaks); tabs separate cells.
        case paragraph([String])
        /// Rows of cells; `leading` empty grid columns before a row's first cell (gridBefore).
        case table([[Cell]])
    }

    var blocks: [Block] = []

    /// No measures document has a table this wide; a wider row (a hostile
    /// page of colspans) keeps its text in its last column.
    static let maxColumns = 256

    /// The rows: a paragraph line is a row (cells split at tabs), a table row
    /// is a row of its grid columns. A spanned cell's text sits in its first
    /// column, the rest empty; a cell merged down repeats the text above it,
    /// marked as merged, except in the first column, where an empty cell
    /// says the row continues the one above (as after a page break).
    func rows() -> (rows: [TableRow], places: SourcePlaces) {
        var rows: [TableRow] = []
        var places: [Int: SourcePlace] = [:]
        var paragraphNumber = 0
        var tableNumber = 0
        for block in blocks {
            switch block {
            case .paragraph(let lines):
                paragraphNumber += 1
                for line in lines {
                    let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { CellText.normalize(String($0)) }
                    rows.append(TableRow(line: rows.count + 1, cells: cells))
                    places[rows.count] = .paragraph(paragraphNumber)
                }
            case .table(let tableRows):
                tableNumber += 1
                var above: [Int: String] = [:]
                for (rowIndex, cells) in tableRows.enumerated() {
                    var grid: [String] = []
                    var merged: Set<Int> = []
                    for cell in cells {
                        let column = grid.count
                        var text = CellText.normalize(cell.lines.joined(separator: " "))
                        if cell.continuesAbove {
                            text = column == 0 ? "" : above[column] ?? ""
                            if !text.isEmpty { merged.insert(column) }
                        } else {
                            above[column] = text
                        }
                        guard grid.count < Self.maxColumns else {
                            // A row wider than any table: its text goes into the last column, not away.
                            if !text.isEmpty { grid[grid.count - 1] += grid[grid.count - 1].isEmpty ? text : " " + text }
                            continue
                        }
                        grid.append(text)
                        for _ in 1..<max(1, min(cell.span, 64)) where grid.count < Self.maxColumns { grid.append("") }
                    }
                    rows.append(TableRow(line: rows.count + 1, cells: grid, merged: merged))
                    places[rows.count] = .tableRow(table: tableNumber, row: rowIndex + 1)
                }
            }
        }
        return (rows, SourcePlaces(places))
    }
}
