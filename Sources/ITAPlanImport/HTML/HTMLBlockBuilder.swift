/// Builds paragraphs and tables from HTML tokens as a browser lays them out:
/// a block element or `<br>` starts a new line; a table cell collects its
/// lines; `rowspan` becomes cells that continue the one above, `colspan` a
/// span; list items get the number or bullet a browser shows. A table
/// inside a cell is read as that cell's text.
struct HTMLBlockBuilder {
    private struct RawCell {
        var lines: [String] = [""]
        var colspan = 1
        var rowspan = 1
    }

    private struct Table {
        var rows: [[DocumentBlocks.Cell]] = []
        var row: [RawCell]?
        var cell: RawCell?
        /// Grid column → (rows still to cover, span) of a cell spanning rows.
        var pending: [Int: (remaining: Int, span: Int)] = [:]
    }

    private(set) var blocks = DocumentBlocks()
    private var tables: [Table] = []
    /// Outside tables: the paragraph being written.
    private var paragraph = ""
    /// Open lists: nil for a bulleted list, else the next number.
    private var lists: [Int?] = []

    static let blockTags: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article", "header",
        "footer", "blockquote", "pre", "dt", "dd", "dl", "hr", "nav", "main", "aside", "figure", "figcaption",
        "address", "caption", "body",
    ]

    mutating func text(_ text: String) {
        var flat = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            flat.append(scalar == "\n" || scalar == "\r" || scalar == "\t" ? " " : scalar)
        }
        append(String(flat))
    }

    private mutating func append(_ text: String) {
        if tables.isEmpty {
            paragraph += text
        } else if tables[tables.count - 1].cell != nil {
            let last = tables[tables.count - 1].cell!.lines.count - 1
            tables[tables.count - 1].cell!.lines[last] += text
        }
        // Text between cells (whitespace, stray words) has no cell: browsers move it before the table.
    }

    private mutating func lineBreak() {
        if tables.isEmpty {
            finishParagraph()
        } else if tables[tables.count - 1].cell != nil {
            tables[tables.count - 1].cell!.lines.append("")
        }
    }

    mutating func start(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "br":
            lineBreak()
        case "table":
            if tables.isEmpty { finishParagraph() }
            tables.append(Table())
        case "tr":
            guard !tables.isEmpty else { return }
            finishRow()
            tables[tables.count - 1].row = []
        case "td", "th":
            guard !tables.isEmpty else { return }
            finishCell()
            if tables[tables.count - 1].row == nil { tables[tables.count - 1].row = [] }
            var cell = RawCell()
            cell.colspan = Self.count(attributes["colspan"], limit: 64)
            cell.rowspan = Self.count(attributes["rowspan"], limit: 1_000)
            tables[tables.count - 1].cell = cell
        case "ol":
            lineBreak()
            lists.append(Self.count(attributes["start"], limit: 9_999))
        case "ul":
            lineBreak()
            lists.append(nil)
        case "li":
            lineBreak()
            if let last = lists.indices.last, let number = lists[last] {
                append("\(number). ")
                lists[last] = number + 1
            } else {
                append("- ")
            }
        default:
            if Self.blockTags.contains(name) { lineBreak() }
        }
    }

    mutating func end(_ name: String) {
        switch name {
        case "td", "th":
            finishCell()
        case "tr":
            finishRow()
        case "table":
            guard var table = tables.popLast() else { return }
            finishRow(&table)
            if tables.isEmpty {
                blocks.blocks.append(.table(table.rows))
            } else if tables[tables.count - 1].cell != nil {
                for row in table.rows {
                    tables[tables.count - 1].cell!.lines.append(row.map { $0.lines.joined(separator: " ") }.joined(separator: " "))
                }
                tables[tables.count - 1].cell!.lines.append("")
            }
        case "ol", "ul":
            if !lists.isEmpty { lists.removeLast() }
            lineBreak()
        default:
            if Self.blockTags.contains(name) { lineBreak() }
        }
    }

    mutating func finishParagraph() {
        let text = CellText.normalize(paragraph)
        paragraph = ""
        if !text.isEmpty { blocks.blocks.append(.paragraph([text])) }
    }

    private mutating func finishCell() {
        guard !tables.isEmpty, let cell = tables[tables.count - 1].cell else { return }
        tables[tables.count - 1].cell = nil
        if tables[tables.count - 1].row == nil { tables[tables.count - 1].row = [] }
        tables[tables.count - 1].row!.append(cell)
    }

    private mutating func finishRow() {
        guard !tables.isEmpty else { return }
        finishRow(&tables[tables.count - 1])
    }

    /// The row's cells on the grid, with a continuing cell wherever a cell above spans down.
    private func finishRowCells(_ table: inout Table, _ raw: [RawCell]) -> [DocumentBlocks.Cell] {
        var cells: [DocumentBlocks.Cell] = []
        var column = 0
        func coverSpansFromAbove() {
            while let spanning = table.pending[column], spanning.remaining > 0 {
                cells.append(DocumentBlocks.Cell(lines: [], span: spanning.span, continuesAbove: true))
                table.pending[column] = spanning.remaining > 1 ? (spanning.remaining - 1, spanning.span) : nil
                column += spanning.span
            }
        }
        for cell in raw {
            coverSpansFromAbove()
            cells.append(DocumentBlocks.Cell(lines: cell.lines.filter { !$0.isEmpty }, span: cell.colspan))
            if cell.rowspan > 1 { table.pending[column] = (cell.rowspan - 1, cell.colspan) }
            column += cell.colspan
        }
        coverSpansFromAbove()
        return cells
    }

    private func finishRow(_ table: inout Table) {
        if let cell = table.cell {
            table.cell = nil
            if table.row == nil { table.row = [] }
            table.row!.append(cell)
        }
        guard let raw = table.row else { return }
        table.row = nil
        let cells = finishRowCells(&table, raw)
        if !cells.isEmpty { table.rows.append(cells) }
    }

    private static func count(_ value: String?, limit: Int) -> Int {
        guard let value, let number = Int(value.trimmingPrefix(while: { $0 == " " })) else { return 1 }
        return min(max(number, 1), limit)
    }
}
