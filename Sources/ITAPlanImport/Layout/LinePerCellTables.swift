import ITAPlanCore

/// Tables whose cells arrive one per line, as copying a table out of a web
/// page or LibreOffice's text export gives them: no tabs, each cell (and
/// each paragraph or list item inside a cell) on a line of its own, empty
/// cells often gone. This puts such lines back into rows of cells, so the
/// document reader sees the same rows a tab-separated copy gives. Rows that
/// already have several cells pass through unchanged.
///
/// - The indicator table: "๑.การปฏิบัติหน้าที่" then "๘๘.๗๖ คะแนน" becomes one
///   row; the lines of analysis after a score go beside it.
/// - The measures table: a header laid one label per line becomes one
///   header row; then each measure's lines (from its numbered title to the
///   next measure's) are shared out over the columns by what they hold:
///   numbered steps, units, the timeframe phrase, then results and
///   recommendations.
struct LinePerCellTables {
    /// The rows, and a warning for each measure whose lines had to be shared out by guess.
    static func assemble(_ rows: [TableRow]) -> (rows: [TableRow], warnings: [ImportWarning]) {
        var assembler = LinePerCellTables(rows: rows)
        assembler.run()
        return (assembler.output, assembler.warnings)
    }

    private let rows: [TableRow]
    private var index = 0
    private var output: [TableRow] = []
    private var warnings: [ImportWarning] = []

    private init(rows: [TableRow]) {
        self.rows = rows
    }

    /// The one cell of a row, when it has exactly one filled cell.
    private func single(_ position: Int) -> String? {
        guard position < rows.count else { return nil }
        let filled = rows[position].filled
        return filled.count == 1 && rows[position].cells.count == 1 ? filled[0] : nil
    }

    /// The next row with text at or after `position`.
    private func nextFilled(_ position: Int) -> Int? {
        var next = position
        while next < rows.count, rows[next].filled.isEmpty { next += 1 }
        return next < rows.count ? next : nil
    }

    /// A header has a label per column; no table has more than this many.
    static let maxHeaderLabels = 16

    private mutating func run() {
        while index < rows.count {
            // Blank lines first, so that looking ahead from each of a million blank lines is not quadratic.
            if rows[index].filled.isEmpty {
                output.append(rows[index])
                index += 1
                continue
            }
            if assembleIndicatorHeader() || assembleIndicatorRow() || assembleMeasuresTable() { continue }
            output.append(rows[index])
            index += 1
        }
    }

    // MARK: - The indicator table

    /// "ตัวชี้วัดของการประเมิน ITA" then "ประเด็นที่ต้องแก้ไข/ปรับปรุง".
    private mutating func assembleIndicatorHeader() -> Bool {
        guard let first = single(index), DocumentHeadings.isIndicatorTableHeader([first]),
              let next = nextFilled(index + 1), let second = single(next),
              DocumentHeadings.isIndicatorIssuesLabel(second) else { return false }
        output.append(TableRow(line: rows[index].line, cells: [first, second]))
        index = next + 1
        return true
    }

    /// A numbered name, then its score on the next line, then perhaps analysis lines.
    private mutating func assembleIndicatorRow() -> Bool {
        guard let name = single(index), let numbered = ThaiNumber.numbered(name), !numbered.rest.isEmpty,
              ThaiNumber.score(numbered.rest) == nil, IndicatorRow([name]) == nil,
              let scoreAt = nextFilled(index + 1), let score = single(scoreAt), ThaiNumber.score(score) != nil
        else { return false }
        var cells = [name, score]
        var next = scoreAt + 1
        // "97.68" then "คะแนน" on a line of its own.
        if let unitAt = nextFilled(next), single(unitAt)?.withoutWhitespace == "คะแนน" {
            cells[1] = score + " คะแนน"
            next = unitAt + 1
        }
        // The analysis beside the first indicator of a group: every line up
        // to the next indicator, heading or table.
        while let at = nextFilled(next), let text = single(at), isAnalysisLine(text, at: at) {
            cells.append(text)
            next = at + 1
        }
        output.append(TableRow(line: rows[index].line, cells: cells))
        index = next
        return true
    }

    private func isAnalysisLine(_ text: String, at position: Int) -> Bool {
        if ThaiNumber.numbered(text) != nil || ThaiNumber.score(text) != nil { return false }
        if ToolHeading(text) != nil || DocumentHeadings.isMeasuresHeading(text) || DocumentHeadings.isAnalysisIntro(text) {
            return false
        }
        if FiscalYearPhrase.isLoneYear(text) || MeasureColumn(label: text) != nil { return false }
        if DocumentHeadings.isIndicatorTableHeader([text]) || PreambleHeading(text) != nil { return false }
        return true
    }

    // MARK: - The measures table

    /// A header of one label per line, then the measures' lines.
    private mutating func assembleMeasuresTable() -> Bool {
        var labels: [String] = []
        var next = index
        while labels.count < Self.maxHeaderLabels, let at = nextFilled(next), let text = single(at),
              MeasureColumn(label: text) != nil {
            labels.append(text)
            next = at + 1
        }
        guard labels.count >= 3, let columns = MeasureColumns(header: labels) else { return false }
        output.append(TableRow(line: rows[index].line, cells: labels))
        index = next
        var measure: [(text: String, line: Int)] = []
        var lastNumber = 0
        // The number of the measure's last step line so far; nil once its lines are past the steps.
        var lastStep: Int? = 0
        while let at = nextFilled(index), let text = single(at) {
            if MeasureColumn(label: text) != nil, MeasureColumns(header: headerAhead(from: at)) != nil { break }
            if DocumentHeadings.isMeasuresHeading(text) || ToolHeading(text) != nil { break }
            if let number = ThaiNumber.numbered(text)?.number, number == lastNumber + 1 || (lastNumber == 0 && measure.isEmpty),
               measure.isEmpty || lastStep == nil {
                if !measure.isEmpty { emit(measure, columns: columns) }
                measure = [(text, rows[at].line)]
                lastNumber = number
                lastStep = 0
            } else if measure.isEmpty {
                break
            } else {
                // Steps are numbered from 1 in sequence; the first line that is not the next one ends them.
                if let step = lastStep {
                    let number = ThaiNumber.numbered(text)?.number
                    lastStep = number == step + 1 ? number : nil
                }
                measure.append((text, rows[at].line))
            }
            index = at + 1
        }
        if !measure.isEmpty { emit(measure, columns: columns) }
        return true
    }

    /// The labels of a header laid one per line from `position`.
    private func headerAhead(from position: Int) -> [String] {
        var labels: [String] = []
        var next = position
        while labels.count < Self.maxHeaderLabels, let at = nextFilled(next), let text = single(at),
              MeasureColumn(label: text) != nil {
            labels.append(text)
            next = at + 1
        }
        return labels
    }

    /// One measure's lines shared out over the columns, as one row.
    private mutating func emit(_ lines: [(text: String, line: Int)], columns: MeasureColumns) {
        var cells = Array(repeating: "", count: columns.count)
        func put(_ column: MeasureColumn, _ texts: [String]) -> Bool {
            guard let position = columns.order.firstIndex(of: column), !texts.isEmpty else { return false }
            cells[position] = texts.joined(separator: " ")
            return true
        }
        var texts = lines.map(\.text)
        var rest: [MeasureColumn] = columns.order.compactMap { $0 }
        var guessed = false
        if rest.first == .number, let first = texts.first, ThaiNumber.decimal(first.replacingAll(".", with: "")) != nil {
            _ = put(.number, [texts.removeFirst()])
        }
        rest.removeAll { $0 == .number }
        if rest.first == .title, !texts.isEmpty {
            _ = put(.title, [texts.removeFirst()])
            rest.removeFirst()
        }
        if rest.first == .steps, !texts.isEmpty {
            var steps = [texts.removeFirst()]
            if var step = ThaiNumber.numbered(steps[0])?.number, step == 1 {
                var taken = 0
                while taken < texts.count, ThaiNumber.numbered(texts[taken])?.number == step + 1 {
                    steps.append(texts[taken])
                    step += 1
                    taken += 1
                }
                texts.removeFirst(taken)
            }
            _ = put(.steps, steps)
            rest.removeFirst()
        }
        // The timeframe is the one cell a phrase reading finds; units come before it.
        if rest.first == .responsible, let timeframeAt = texts.firstIndex(where: Self.isTimeframe),
           rest.dropFirst().first == .timeframe {
            let units = texts[..<timeframeAt].map { Self.startsItem($0) ? $0 : "- " + $0 }
            _ = put(.responsible, Array(units))
            _ = put(.timeframe, [texts[timeframeAt]])
            texts.removeSubrange(...timeframeAt)
            rest.removeFirst(2)
        }
        // The rest one line per column, any lines over into the last but one
        // (results before recommendations), and said so.
        if texts.count > rest.count, rest.count >= 1 {
            guessed = rest.count < texts.count
            let keepLast = rest.count >= 2 ? 1 : 0
            let overflowColumn = rest.count - 1 - keepLast
            var shares: [[String]] = rest.map { _ in [] }
            for (position, text) in texts.enumerated() {
                let column = position < overflowColumn ? position
                    : position >= texts.count - keepLast ? rest.count - 1 : overflowColumn
                shares[column].append(text)
            }
            for (column, share) in zip(rest, shares) { _ = put(column, share) }
        } else {
            for (column, text) in zip(rest, texts) { _ = put(column, [text]) }
        }
        if guessed, let first = lines.first {
            let id = ThaiNumber.numbered(first.text).map { String($0.number) } ?? "?"
            warnings.append(ImportWarning(line: first.line, .cellsSharedByGuess(measure: id)))
        }
        output.append(TableRow(line: lines[0].line, cells: cells))
    }

    private static func startsItem(_ text: String) -> Bool {
        text.first.map(DashedItems.markers.contains) ?? false
    }

    private static func isTimeframe(_ text: String) -> Bool {
        let reading = TimeframePhrases.read(text, fiscalYear: FiscalYear(2564))
        return reading.unreadable == nil && !reading.schedules.isEmpty
    }
}
