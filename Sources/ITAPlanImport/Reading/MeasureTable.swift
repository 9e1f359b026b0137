/// The measures table as it is read: one draft per measure row, rows that
/// continue over a page break merged into the draft above, cell by cell.
struct MeasureTable {
    struct Draft {
        var line: Int
        var cells: [MeasureColumn: String]

        subscript(column: MeasureColumn) -> String { cells[column] ?? "" }
    }

    /// From the latest header; each page's header may order columns its own way.
    var columns = MeasureColumns.standard
    private(set) var drafts: [Draft] = []

    var isEmpty: Bool { drafts.isEmpty }

    /// Takes a row; returns what it could not place: a row that starts no
    /// measure and continues none, text under a column itaplan does not
    /// know, cells beyond the last column.
    mutating func add(_ row: TableRow) -> [String] {
        let (positional, surplus) = fit(row.cells)
        var cells: [MeasureColumn: String] = [:]
        var mergedColumns: Set<MeasureColumn> = []
        var unplaced: [String] = []
        // Merged cells keep their positions only when the row has as many cells as columns.
        let merged = positional.count == row.cells.count ? row.merged : []
        for (index, text) in positional.enumerated() where !text.isEmpty {
            if let column = columns.order[index] {
                cells[column] = text
                if merged.contains(index) { mergedColumns.insert(column) }
            } else if !merged.contains(index) {
                unplaced.append(text)
            }
        }
        unplaced += surplus
        guard !cells.isEmpty else { return unplaced }
        let draft = Draft(line: row.line, cells: cells)
        if continues(draft) {
            guard let last = drafts.indices.last else { return [row.noteText] }
            // A cell merged down from the row above is already in the measure.
            for (column, text) in cells where !mergedColumns.contains(column) {
                // Appended in place: a cell continued over many rows stays linear.
                if drafts[last].cells[column, default: ""].isEmpty {
                    drafts[last].cells[column] = text
                } else {
                    drafts[last].cells[column, default: ""] += " " + text
                }
            }
            return unplaced
        }
        guard Self.number(of: draft) != nil || cells.count > 1 else { return [row.noteText] }
        drafts.append(draft)
        return unplaced
    }

    /// A row whose first cell (the measure's number and title) is empty
    /// continues the measure above: a page break split it.
    private func continues(_ draft: Draft) -> Bool {
        guard draft[.number].isEmpty else { return false }
        let lead = columns.order.contains(.title) ? .title : columns.order.first ?? nil
        return lead.map { draft[$0].isEmpty } ?? true
    }

    /// The measure's number: before its title ("๓.มาตรการ…"), else in a
    /// number column ("๓" or "๓."); and the title without it.
    private static func number(of draft: Draft) -> (number: Int, title: String)? {
        if let numbered = ThaiNumber.numbered(draft[.title]) { return (numbered.number, numbered.rest) }
        var written = draft[.number]
        if written.hasSuffix(".") { written.removeLast() }
        guard !written.contains("."), let value = ThaiNumber.decimal(written), value >= 1, value < 1000 else {
            return nil
        }
        return (Int(value), draft[.title])
    }

    /// The row's cells, one per column. Extra tabs make extra empty cells:
    /// trailing ones go first; then leading ones, down to the one empty cell
    /// that marks a continuation (or none, when the first filled cell is the
    /// next measure's number); then empty cells inside. Filled cells past the
    /// last column are returned as surplus rather than merged into it.
    private func fit(_ raw: [String]) -> (cells: [String], surplus: [String]) {
        var cells = raw
        let count = columns.count
        while cells.count > count, cells.last?.isEmpty == true { cells.removeLast() }
        if cells.count > count, let firstFilled = cells.firstIndex(where: { !$0.isEmpty }), firstFilled > 0 {
            let keep = startsNextMeasure(cells[firstFilled]) ? 0 : 1
            let removable = min(firstFilled - keep, cells.count - count)
            if removable > 0 { cells.removeFirst(removable) }
        }
        while cells.count > count,
              let empty = cells.indices.dropFirst().last(where: { cells[$0].isEmpty }) {
            cells.remove(at: empty)
        }
        var surplus: [String] = []
        if cells.count > count {
            surplus = Array(cells[count...])
            cells.removeSubrange(count...)
        }
        while cells.count < count { cells.append("") }
        return (cells, surplus)
    }

    private func startsNextMeasure(_ cell: String) -> Bool {
        guard let number = ThaiNumber.numbered(cell)?.number else { return false }
        let previous = drafts.last.flatMap { Self.number(of: $0)?.number } ?? 0
        return number == previous + 1
    }

    /// The measures, in table order, and what is worth a warning about them.
    func measures(fiscalYear: Int?) -> (measures: [ImportedMeasure], warnings: [ImportWarning]) {
        var measures: [ImportedMeasure] = []
        var warnings: [ImportWarning] = []
        var lastNumber = 0
        for draft in drafts {
            let id: String
            let title: String
            if let (number, rest) = Self.number(of: draft) {
                id = String(number)
                title = rest
                lastNumber = number
            } else {
                lastNumber += 1
                id = String(lastNumber)
                title = draft[.title]
                warnings.append(ImportWarning(line: draft.line, .measureWithoutNumber(assignedID: id)))
            }
            var stepTexts: [String] = []
            if let items = NumberedItems.split(draft[.steps]) {
                stepTexts = items
            } else if !draft[.steps].isEmpty {
                stepTexts = [draft[.steps]]
                warnings.append(ImportWarning(line: draft.line, .stepsNotNumbered(measure: id)))
            } else {
                warnings.append(ImportWarning(line: draft.line, .measureWithoutSteps(measure: id)))
            }
            var measure = ImportedMeasure(
                id: id, title: title,
                responsible: DashedItems.units(draft[.responsible]),
                timeframe: draft[.timeframe].isEmpty ? nil : draft[.timeframe],
                steps: stepTexts.enumerated().map { ImportedStep(id: "\(id).\($0.offset + 1)", text: $0.element) },
                results: DashedItems.textOrList(draft[.results]),
                recommendations: DashedItems.textOrList(draft[.recommendations]),
                line: draft.line)
            if let fiscalYear, let timeframe = measure.timeframe,
               let reason = InterimScheduleReason(timeframe: timeframe, fiscalYear: fiscalYear) {
                measure.interimSchedule = reason
                warnings.append(ImportWarning(line: draft.line, .interimSchedule(measure: id, reason: reason)))
            }
            measures.append(measure)
        }
        return (measures, warnings)
    }
}
