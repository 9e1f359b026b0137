/// The indicator table as it is read: groups under tool headings, each with
/// its indicators and the analysis paragraphs written beside them.
struct IndicatorTable {
    private struct Group {
        var tool: String?
        var numbers: [Int] = []
        var paragraphs: [(text: String, line: Int)] = []
    }

    private var groups: [Group] = []
    private(set) var indicators: [ImportedIndicator] = []

    mutating func startGroup(tool: String?) {
        groups.append(Group(tool: tool))
    }

    mutating func add(_ row: IndicatorRow, line: Int) {
        if groups.isEmpty { groups.append(Group(tool: nil)) }
        let last = groups.count - 1
        indicators.append(ImportedIndicator(number: row.number, tool: groups[last].tool, name: row.name,
                                            score: row.score, line: line))
        groups[last].numbers.append(row.number)
        if let analysis = row.analysis { groups[last].paragraphs.append((analysis, line)) }
    }

    /// Text in the analysis column on a row of its own: the paragraph beside
    /// it, continued over a page break.
    mutating func continueAnalysis(_ text: String, line: Int) {
        if groups.isEmpty { groups.append(Group(tool: nil)) }
        let last = groups.count - 1
        if let previous = groups[last].paragraphs.indices.last {
            groups[last].paragraphs[previous].text += " " + text
        } else {
            groups[last].paragraphs.append((text, line))
        }
    }

    /// Each paragraph tied to every indicator of its group; paragraphs in a
    /// group with no indicators are returned apart.
    func analysis() -> (paragraphs: [ImportedAnalysis], orphans: [ImportedNote]) {
        var paragraphs: [ImportedAnalysis] = []
        var orphans: [ImportedNote] = []
        for group in groups {
            for paragraph in group.paragraphs {
                if group.numbers.isEmpty {
                    orphans.append(ImportedNote(line: paragraph.line, text: paragraph.text))
                } else {
                    paragraphs.append(ImportedAnalysis(indicators: group.numbers, text: paragraph.text,
                                                       line: paragraph.line))
                }
            }
        }
        return (paragraphs, orphans)
    }
}
