import ITAPlanCore

/// A plain-text table whose columns line up by display width, so Thai
/// (whose marks take no column) aligns as well as ASCII. Every cell goes
/// through `SafeText.inline`: a control character in a plan cannot break a
/// row or reach the terminal.
public struct TextTable {
    public enum Alignment { case left, right }

    public struct Column {
        public let title: String
        public let alignment: Alignment
        /// Longer cells are cut to this many columns with "…".
        public let maxWidth: Int?

        public init(_ title: String, _ alignment: Alignment = .left, maxWidth: Int? = nil) {
            self.title = title
            self.alignment = alignment
            self.maxWidth = maxWidth
        }
    }

    /// A cell's text and its tone, applied after padding (colour codes
    /// must not count toward the width).
    public struct Cell {
        public let text: String
        public let tone: Tone

        public init(_ text: String, _ tone: Tone = .plain) {
            self.text = SafeText.inline(text)
            self.tone = tone
        }
    }

    public let columns: [Column]
    public private(set) var rows: [[Cell]] = []

    public init(_ columns: [Column]) {
        self.columns = columns
    }

    public mutating func add(_ cells: [Cell]) {
        rows.append(cells)
    }

    public mutating func add(_ texts: [String]) {
        rows.append(texts.map { Cell($0) })
    }

    public func render(indent: String = "", style: TerminalStyle = .plain, headerTone: Tone = .dim) -> String {
        let cut = rows.map { row in
            row.enumerated().map { index, cell in
                Cell(Self.truncate(cell.text, to: columns[index].maxWidth), cell.tone)
            }
        }
        let widths = columns.indices.map { index in
            max(DisplayWidth.of(columns[index].title), cut.map { DisplayWidth.of($0[index].text) }.max() ?? 0)
        }
        func line(_ cells: [Cell], headerStyle: Bool) -> String {
            let parts = cells.enumerated().map { index, cell -> String in
                let isLast = index == cells.count - 1
                let padded: String
                switch columns[index].alignment {
                case .left: padded = isLast ? cell.text : DisplayWidth.padded(cell.text, to: widths[index])
                case .right: padded = DisplayWidth.leftPadded(cell.text, to: widths[index])
                }
                return style.paint(padded, headerStyle ? headerTone : cell.tone)
            }
            var text = indent + parts.joined(separator: "  ")
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }
        var output = line(columns.map { Cell($0.title) }, headerStyle: true) + "\n"
        for row in cut { output += line(row, headerStyle: false) + "\n" }
        return SafeText.guardingLineStarts(output)
    }

    /// Text cut to `width` display columns, ending in "…" when cut.
    public static func truncate(_ text: String, to width: Int?) -> String {
        guard let width, DisplayWidth.of(text) > width else { return text }
        var result = String.UnicodeScalarView()
        var used = 0
        for scalar in text.unicodeScalars {
            let w = DisplayWidth.of(scalar)
            if used + w > width - 1 { break }
            result.append(scalar)
            used += w
        }
        return String(result) + "…"
    }
}
