import Foundation
import ITAPlanCore

/// `report --format docx`: the official document as a Word file that
/// officers go on editing — the same content as the print layout, in real
/// Word tables (header rows repeated on every page, rows kept whole), the
/// Thai font named, A4, the analysis portrait and the six-column measures
/// table landscape, with the margins of the print layout.
public struct DocxDocument {
    let context: ReportContext

    public init(_ context: ReportContext) {
        self.context = context
    }

    /// The .docx file's bytes.
    public func data() throws -> Data {
        try DocxPackage.data(document: document())
    }

    // Margins of the official correspondence rules (docs/reports.md), in twips: 1 cm = 567.
    static let margins = WordML.Margins(top: 1418, right: 1134, bottom: 1134, left: 1701)
    static let portraitWidth = 11906 - 1701 - 1134
    static let landscapeWidth = 16838 - 1701 - 1134

    func document() -> WordML.Document {
        var blocks: [WordML.Block] = []
        let portrait = WordML.Section.a4(landscape: false, margins: Self.margins)
        let landscape = WordML.Section.a4(landscape: true, margins: Self.margins)
        for (index, plan) in context.plans.enumerated() {
            blocks += analysis(plan)
            blocks.append(.paragraph(sectionEnd(portrait)))
            blocks += measures(plan)
            // The body may end in a table (ECMA-376); an empty paragraph
            // after it would spill onto a blank page when the table fills
            // the last one.
            if index < context.plans.count - 1 { blocks.append(.paragraph(sectionEnd(landscape))) }
        }
        return WordML.Document(body: WordML.Body(blocks: blocks, section: context.plans.isEmpty ? portrait : landscape))
    }

    // MARK: - The analysis: heading, introduction, the indicator table

    private func analysis(_ plan: PlanReport) -> [WordML.Block] {
        let labels = context.labels
        let widths = columns([30, 20, 50], of: Self.portraitWidth)
        var rows = [WordML.Row(properties: .init(header: WordML.Flag()), cells: [
            cell([labels.indicators], width: widths[0] + widths[1], span: 2, header: true),
            cell([labels.issuesToFix], width: widths[2], header: true),
        ])]
        for group in plan.ita.groups {
            rows.append(WordML.Row(properties: .init(), cells: [
                cell([group.heading], width: widths.reduce(0, +), span: 3, bold: true, fill: "FAFAFA", keepNext: true),
            ]))
            for row in group.rows {
                let score = (row.indicator.score.map { "\($0) " } ?? "") + labels.score
                rows.append(WordML.Row(properties: .init(), cells: [
                    cell(["\(row.indicator.number).\(row.indicator.name)"], width: widths[0]),
                    cell([score], width: widths[1]),
                    cell(row.isFirst ? row.analysis : [], width: widths[2], merge: row.isFirst ? "restart" : "continue"),
                ]))
            }
        }
        return [
            .paragraph(heading(plan.title)),
            .paragraph(paragraph(plan.ita.intro)),
            .paragraph(paragraph(labels.analysisHeading, keepNext: true)),
            .table(table(widths, rows)),
        ]
    }

    // MARK: - The measures table

    private func measures(_ plan: PlanReport) -> [WordML.Block] {
        let labels = context.labels
        let widths = columns([17, 24, 14, 15, 17, 13], of: Self.landscapeWidth)
        let titles = [labels.measuresColumn, labels.stepsColumn, labels.responsibleColumn, labels.timeframeColumn,
                      labels.resultsColumn, labels.recommendationsColumn]
        var rows = [WordML.Row(properties: .init(header: WordML.Flag()),
                               cells: zip(titles, widths).map { cell([$0], width: $1, header: true) })]
        for (index, measure) in plan.measures.enumerated() {
            let cells = [
                ["\(measure.id).\(measure.title)"], measure.steps.map { "\($0.number).\($0.text)" },
                measure.responsibleLines.map { "- " + $0 }, measure.timeframeLines,
                measure.results + [measure.progressNote], measure.recommendations,
            ]
            // Rows are kept whole where they surely fit on a page. Word and
            // LibreOffice clip (hide the end of) a kept-whole row taller than
            // a page, so a long row may split. The first row may always split:
            // a section starts a page, and a first row too tall for the space
            // under the heading would leave the heading alone on its page.
            let keepWhole = index > 0 && Self.lines(cells, widths: widths) <= 12
            rows.append(WordML.Row(properties: .init(cantSplit: keepWhole ? WordML.Flag() : nil),
                                   cells: zip(cells, widths).map { cell($0, width: $1) }))
        }
        return [
            .paragraph(heading(plan.measuresTitle)),
            .paragraph(heading(plan.measuresYear)),
            .table(table(widths, rows)),
        ]
    }

    // MARK: - Pieces

    /// A generous estimate of a row's height in lines: a Thai letter of
    /// 16 pt is taken as 8.5 pt wide (wider than most), a twip is 1/20 pt.
    static func lines(_ cells: [[String]], widths: [Int]) -> Int {
        zip(cells, widths).map { lines, width in
            let perLine = max(Double(width - 170) / 20 / 8.5, 1)
            return lines.map { max(Int((Double(DisplayWidth.of($0)) / perLine).rounded(.up)), 1) }.reduce(0, +)
        }.max() ?? 0
    }

    private func columns(_ percents: [Int], of width: Int) -> [Int] {
        var widths = percents.map { width * $0 / 100 }
        widths[widths.count - 1] += width - widths.reduce(0, +)
        return widths
    }

    private func table(_ widths: [Int], _ rows: [WordML.Row]) -> WordML.Table {
        WordML.Table(properties: .init(width: .init(twips: widths.reduce(0, +))),
                     grid: .init(columns: widths.map { .init(twips: $0) }), rows: rows)
    }

    private func cell(_ lines: [String], width: Int, span: Int? = nil, merge: String? = nil,
                      header: Bool = false, bold: Bool = false, fill: String? = nil,
                      keepNext: Bool = false) -> WordML.Cell {
        let paragraphs = (lines.isEmpty ? [""] : lines).map {
            paragraph($0, bold: header || bold, alignment: header ? "center" : nil, keepNext: keepNext)
        }
        return WordML.Cell(
            properties: .init(width: .init(twips: width), span: span.map { .init(String($0)) },
                              verticalMerge: merge.map { .init($0) },
                              shading: (header ? "F0F0F0" : fill).map { .init(fill: $0) }),
            paragraphs: paragraphs)
    }

    private func heading(_ text: String) -> WordML.Paragraph {
        paragraph(text, points: 18, bold: true, alignment: "center", keepNext: true)
    }

    private func paragraph(_ text: String, points: Int = DocxPackage.bodyPoints, bold: Bool = false,
                           alignment: String? = nil, keepNext: Bool = false) -> WordML.Paragraph {
        let properties = WordML.RunProperties.size(points, bold: bold)
        return WordML.Paragraph(
            properties: .init(keepNext: keepNext ? WordML.Flag() : nil, justification: alignment.map { .init($0) },
                              runDefaults: text.isEmpty ? properties : nil),
            runs: text.isEmpty ? [] : [WordML.Run(properties: properties, text: .init(value: DocxDocumentText.xml(SafeText.markup(text))))])
    }

    /// An empty paragraph that ends a section (its page size and orientation).
    private func sectionEnd(_ section: WordML.Section) -> WordML.Paragraph {
        WordML.Paragraph(properties: .init(section: section), runs: [])
    }
}

/// Text as XML 1.0 can carry it. Plan text has been through `SafeText.markup`
/// (controls shown as `\u0001`, as in every other output); this is the last
/// guard, for anything XML 1.0 still forbids (U+FFFE, U+FFFF), which becomes
/// U+FFFD so Word still opens the file. Escaping of `& < >` is XMLCoder's.
public enum DocxDocumentText {
    public static func xml(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            switch scalar.value {
            case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return scalar
            default: return "\u{FFFD}"
            }
        }))
    }
}
