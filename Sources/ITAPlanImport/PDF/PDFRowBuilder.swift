/// Reads the lines of a PDF, region by region, into rows.
struct PDFRowBuilder {
    var rows: [TableRow] = []
    var places: [Int: SourcePlace] = [:]

    private enum Region { case text, indicators, measures(edges: [Int], count: Int) }

    mutating func read(_ lines: [PDFLayoutText.Line]) {
        var region = Region.text
        var index = 0
        // The open row: cells, and the line it started on.
        var open: (cells: [String], line: PDFLayoutText.Line)?
        var lastNumber = 0
        var groupAnalysis: (row: Int, text: String)?
        /// The measures table's edges as this page's character grid has them.
        var fitted: (page: Int, edges: [Int])?

        func flush() {
            if let row = open { emit(row.cells, row.line) }
            open = nil
        }
        func flushAnalysis() {
            if let analysis = groupAnalysis, analysis.row < rows.count {
                var cells = rows[analysis.row].cells
                while cells.count < 3 { cells.append("") }
                cells[2] = analysis.text
                rows[analysis.row] = TableRow(line: rows[analysis.row].line, cells: cells)
            }
            groupAnalysis = nil
        }

        while index < lines.count {
            let line = lines[index]
            let segments = PDFLayoutText.segments(line.text)
            let whole = segments.map(\.text).joined(separator: " ")
            index += 1
            // Headings end any table and read as lines of their own.
            if segments.count == 1, segments[0].start <= 2, isHeading(whole) {
                flush()
                flushAnalysis()
                region = ToolHeading(whole) != nil ? .indicators : .text
                if DocumentHeadings.isIndicatorTableHeader([whole]) { region = .indicators }
                emit([whole], line)
                continue
            }
            if let header = measuresHeader(lines, at: index - 1) {
                flush()
                flushAnalysis()
                region = .measures(edges: header.edges, count: header.labels.count)
                fitted = (line.page, header.edges)
                emit(header.labels, line)
                index = header.next
                lastNumber = 0
                continue
            }
            if case .text = region, let header = indicatorHeader(lines, at: index - 1) {
                region = .indicators
                emit(header.labels, line)
                index = header.next
                continue
            }
            switch region {
            case .text:
                emit(segments.count == 1 ? [whole] : segments.map(\.text), line)
            case .indicators:
                var name = "", score = "", analysis = ""
                for segment in segments {
                    let (head, trailing) = Self.splitTrailingScore(segment.text)
                    if segment.start <= 2 {
                        name = head
                        if let trailing { score = trailing }
                    } else if Self.isScorePart(segment.text) {
                        score = PDFLayoutText.join(score, segment.text)
                    } else {
                        analysis = analysis.isEmpty ? segment.text : PDFLayoutText.join(analysis, segment.text)
                    }
                }
                // "๗" on one line and ".ประสิทธิภาพ…" on the next: the number wrapped away from its name.
                if let row = open, ThaiNumber.decimal(row.cells[0]) != nil, name.hasPrefix(".") {
                    open?.cells[0] = row.cells[0] + name
                    open?.cells[1] = row.cells[1].isEmpty ? score : PDFLayoutText.join(row.cells[1], score)
                } else if ThaiNumber.decimal(name) != nil, !name.contains("."), name.count <= 2 {
                    flush()
                    open = ([name, score], line)
                    if groupAnalysis == nil { groupAnalysis = (rows.count, "") }
                } else if let number = ThaiNumber.numbered(name)?.number, number > 0 {
                    flush()
                    open = ([name, score], line)
                    if groupAnalysis == nil { groupAnalysis = (rows.count, "") }
                } else if var row = open {
                    row.cells[0] = PDFLayoutText.join(row.cells[0], name)
                    row.cells[1] = row.cells[1].isEmpty ? score : PDFLayoutText.join(row.cells[1], score)
                    open = row
                } else if !name.isEmpty {
                    emit([name], line)
                }
                if !analysis.isEmpty {
                    // Analysis before any indicator of the group goes with the next row written.
                    if groupAnalysis == nil { groupAnalysis = (rows.count, "") }
                    PDFLayoutText.append(analysis, to: &groupAnalysis!.text)
                }
            case .measures(let headerEdges, let count):
                if fitted?.page != line.page {
                    let page = lines[(index - 1)...].prefix { $0.page == line.page }
                    fitted = (line.page, Self.fit(headerEdges, to: page))
                }
                var cells = PDFLayoutText.cells(line.text, edges: fitted?.edges ?? headerEdges)
                // A full title cell leaves one space before the first step: "๕.นโยบาย… ๑.จัดอบรม…".
                if count > 1, ThaiNumber.numbered(cells[0]) != nil, let split = Self.firstStep(in: cells[0]) {
                    cells[1] = cells[1].isEmpty ? split.step : PDFLayoutText.join(split.step, cells[1])
                    cells[0] = split.title
                }
                if let number = ThaiNumber.numbered(cells[0])?.number, number == lastNumber + 1 || lastNumber == 0 {
                    flush()
                    lastNumber = number
                    open = (cells, line)
                } else if var row = open {
                    open = nil  // one owner of the cells while they grow
                    for column in 0..<count { PDFLayoutText.append(cells[column], to: &row.cells[column]) }
                    open = row
                } else {
                    emit(cells.filter { !$0.isEmpty }, line)
                }
            }
        }
        flush()
        flushAnalysis()
    }

    private mutating func emit(_ cells: [String], _ line: PDFLayoutText.Line) {
        let cleaned = cells.map(CellText.normalize)
        guard cleaned.contains(where: { !$0.isEmpty }) else { return }
        rows.append(TableRow(line: rows.count + 1, cells: cleaned))
        places[rows.count] = .pageLine(page: line.page, line: line.number)
    }

    private func isHeading(_ text: String) -> Bool {
        ToolHeading(text) != nil || DocumentHeadings.isMeasuresHeading(text) || DocumentHeadings.isAnalysisIntro(text)
            || FiscalYearPhrase.isLoneYear(text) || AssessmentSentence(text) != nil
    }

    /// The title and the first step ("๑." or "1." after a space) of a cell holding both.
    private static func firstStep(in cell: String) -> (title: String, step: String)? {
        let characters = Array(cell)
        for index in characters.indices.dropFirst() where characters[index - 1] == " " {
            if let marker = ThaiNumber.listMarker(in: characters, at: index), marker.number == 1 {
                return (String(characters[..<(index - 1)]), String(characters[index...]))
            }
        }
        return nil
    }

    /// "๘๘.๗๖", "คะแนน", "๘๘.๗๖ คะแนน".
    private static func isScorePart(_ text: String) -> Bool {
        let compact = text.withoutWhitespace
        return compact == "คะแนน" || ThaiNumber.score(compact) != nil
    }

    /// "๑.การปฏิบัติ ๘๘.๗๖" → ("๑.การปฏิบัติ", "๘๘.๗๖"); "ปัญหาทุจริต คะแนน" → (…, "คะแนน").
    private static func splitTrailingScore(_ text: String) -> (String, String?) {
        guard let space = text.lastIndex(of: " ") else { return (text, nil) }
        let tail = String(text[text.index(after: space)...])
        return isScorePart(tail) ? (String(text[..<space]), tail) : (text, nil)
    }

    /// The measures table's header: up to three lines whose segments name
    /// known columns (labels wrapped over lines are stacked by position).
    private func measuresHeader(_ lines: [PDFLayoutText.Line], at start: Int) -> (labels: [String], edges: [Int], next: Int)? {
        var stacked: [(start: Int, end: Int, text: String)] = []
        var best: (labels: [String], edges: [Int], next: Int)?
        for offset in 0..<4 where start + offset < lines.count {
            let line = lines[start + offset]
            let segments = PDFLayoutText.segments(line.text)
            // The first row of the table is not part of its header, nor is a line with more runs than any header has labels.
            if offset > 0, let first = segments.first, ThaiNumber.startsListItem(first.text) { break }
            guard segments.count <= 2 * LinePerCellTables.maxHeaderLabels else { break }
            for segment in segments {
                let end = segment.start + segment.text.unicodeScalars.count
                if let match = stacked.firstIndex(where: { segment.start < $0.end + 2 && end > $0.start - 2 }) {
                    stacked[match].text = PDFLayoutText.join(stacked[match].text, segment.text)
                    stacked[match].start = min(stacked[match].start, segment.start)
                    stacked[match].end = max(stacked[match].end, end)
                } else {
                    stacked.append((segment.start, end, segment.text))
                }
            }
            let ordered = stacked.sorted { $0.start < $1.start }
            let labels = ordered.map(\.text)
            if let columns = MeasureColumns(header: labels), columns.order.filter({ $0 != nil }).count >= 4 {
                best = (labels, Self.edges(labels: ordered.map { ($0.start, $0.end) }, body: lines[(start + offset + 1)...]),
                        start + offset + 1)
            }
        }
        return best
    }

    /// The columns' left edges. Labels are centred in their columns, so a
    /// column's cells start somewhere after the label before it ends and
    /// before its own label's centre: the edge is the leftmost start of the
    /// page's text in that range (the midpoint between the labels when
    /// there is none).
    static func edges(labels: [(start: Int, end: Int)], body: ArraySlice<PDFLayoutText.Line>) -> [Int] {
        var starts: [Int: Int] = [:]
        // pdftotext sets each page's character grid apart: only this page's lines tell.
        for line in body.prefix(400) where line.page == body.first?.page {
            for segment in PDFLayoutText.segments(line.text) { starts[segment.start, default: 0] += 1 }
        }
        var edges = [0]
        for index in labels.indices.dropFirst() {
            let low = labels[index - 1].end, centre = (labels[index].start + labels[index].end) / 2
            let seen = starts.filter { $0.key > low && $0.key <= centre }.keys
            edges.append(seen.min().map { $0 - 1 } ?? (low + labels[index].start) / 2)
        }
        return edges
    }

    /// The header page's edges on another page. pdftotext -layout turns x
    /// positions into character columns by each page's own character
    /// width, so the same table's columns sit at other columns on another
    /// page, by one factor. The factor chosen puts the page's runs of text
    /// closest to the right of an edge (cells are left-aligned).
    static func fit(_ edges: [Int], to page: ArraySlice<PDFLayoutText.Line>) -> [Int] {
        let starts = page.prefix(400).flatMap { PDFLayoutText.segments($0.text).map(\.start) }.filter { $0 > 2 }
        guard !starts.isEmpty, edges.count > 1 else { return edges }
        var best = (cost: Int.max, edges: edges)
        for step in 0...60 {
            let factor = 0.85 + Double(step) * 0.005
            let scaled = edges.map { Int((Double($0) * factor).rounded()) }
            var cost = 0
            for start in starts {
                let edge = scaled.last { $0 <= start + 2 } ?? 0
                cost += start - edge
            }
            if cost < best.cost || (cost == best.cost && abs(factor - 1) < 0.0025) { best = (cost, scaled) }
        }
        return best.edges
    }

    /// "ตัวชี้วัดของการประเมิน ITA" and "ประเด็นที่ต้องแก้ไข/ปรับปรุง", perhaps wrapped over lines.
    private func indicatorHeader(_ lines: [PDFLayoutText.Line], at start: Int) -> (labels: [String], next: Int)? {
        let first = PDFLayoutText.segments(lines[start].text)
        guard let lead = first.first, lead.start <= 8, lead.text.withoutWhitespace.unicodeScalars.starts(with: "ตัวชี้ว".unicodeScalars) else { return nil }
        var name = lead.text
        var issues = first.dropFirst().map(\.text).joined(separator: " ")
        var next = start + 1
        while next < lines.count, next < start + 4 {
            let segments = PDFLayoutText.segments(lines[next].text)
            guard let head = segments.first, ToolHeading(segments.map(\.text).joined(separator: " ")) == nil else { break }
            if head.start > 20 {
                issues = PDFLayoutText.join(issues, segments.map(\.text).joined(separator: " "))
            } else {
                name = PDFLayoutText.join(name, head.text)
                issues = PDFLayoutText.join(issues, segments.dropFirst().map(\.text).joined(separator: " "))
            }
            next += 1
        }
        return ([name.trimmed, issues.trimmed], next)
    }
}
