import ITAPlanYAML

/// Where a new progress record goes in a plan file and what text it is,
/// computed from the located YAML nodes so that the edit is one insertion:
/// no byte of the file moves or changes. The new text follows the file's
/// own layout — its line ends, its indentation, block or flow lists, quoted
/// or plain keys — as the step's existing records (or the file's other
/// steps) show it.
struct ProgressPlacement {
    let source: SourceText
    let root: YAMLNode
    private let lines: LineStarts
    /// How the file lays out a progress list, found once for every step that lacks one.
    private let example: (key: YAMLNode, list: YAMLNode, item: YAMLNode)?
    /// The file's line end: that of its first line (LF when it has one line).
    private let lineBreak: [UInt8]
    private var bytes: [UInt8] { source.bytes }

    init(source: SourceText, root: YAMLNode) {
        self.source = source
        self.root = root
        lines = LineStarts(source)
        example = StepLocator.progressExample(in: root)
        lineBreak = Self.firstLineBreak(in: source)
    }

    /// The column of the `-` before a block list's item. The list's own
    /// location is where its anchor or tag is (`progress: &shared`), not
    /// its dashes; new items placed there were indented wrongly and refused.
    private func dashColumn(of item: YAMLNode) -> Int? {
        var index = byteOffset(item.location) - 1
        var column = item.location.column - 1
        while index >= 0, bytes[index] == UInt8(ascii: " ") {
            index -= 1
            column -= 1
        }
        guard index >= 0, bytes[index] == UInt8(ascii: "-"), column >= 1 else { return nil }
        return column
    }

    private func byteOffset(_ location: SourceLocation) -> Int {
        lines.offset(of: location)
    }

    /// Why a record cannot be added as a pure insertion.
    typealias Failure = PlacementProblem

    /// Records added to one step, in order, as one insertion; `pieces`
    /// holds each record's byte range inside `insertion.bytes`.
    struct Placed {
        let insertion: Insertion
        let pieces: [Range<Int>]

        init(offset: Int, prefix: String = "", pieces: [[UInt8]], suffix: String = "") {
            var bytes = Array(prefix.utf8)
            var ranges: [Range<Int>] = []
            for piece in pieces {
                ranges.append(bytes.count..<(bytes.count + piece.count))
                bytes += piece
            }
            bytes += Array(suffix.utf8)
            insertion = Insertion(offset: offset, bytes: bytes)
            self.pieces = ranges
        }
    }

    func insertion(of records: [RecordFields], into step: LocatedStep) -> Result<Placed, Failure> {
        guard step.node.mapping != nil else { return .failure(.stepNotMapping) }
        guard let progress = step.progress else { return addProgressKey(records, to: step) }
        let list = progress.value
        guard let items = list.sequence else {
            return .failure(.progressNotList)
        }
        if list.isFlow { return appendToFlowList(records, list: list, items: items) }
        guard let last = items.last else { return .failure(.emptyRecord) }
        guard let lastEnd = contentEnd(of: last) else { return .failure(.emptyRecord) }
        let dashColumn = items.first.flatMap(self.dashColumn) ?? list.location.column
        let itemColumn = last.isFlow || last.mapping == nil ? dashColumn + 2 : last.location.column
        let offset = skipComments(from: afterLine(lastContent(before: byteOffset(lastEnd))),
                                  minColumn: dashColumn)
        let pieces = records.map { fields in
            joined(itemLines(fields, dashColumn: dashColumn, itemColumn: itemColumn, flow: last.isFlow,
                             keyStyle: keyStyle(of: last) ?? keyStyle(of: step.node), braceSpace: braceSpace(last)),
                   at: offset)
        }
        return .success(Placed(offset: offset, pieces: pieces))
    }

    // MARK: - The three layouts

    /// `progress: []` or `progress: [{…}, {…}]`: flow mappings inside the brackets.
    private func appendToFlowList(_ records: [RecordFields], list: YAMLNode, items: [YAMLNode]) -> Result<Placed, Failure> {
        let last = items.last
        let mappings = records.map {
            flowMapping($0, keyStyle: last.flatMap(keyStyle) ?? .plain, braceSpace: last.map(braceSpace) ?? true)
        }
        guard let last else {
            let close = byteOffset(list.end) - 1
            guard close >= 0, close < bytes.count, bytes[close] == UInt8(ascii: "]") else {
                return .failure(.listEndMoved)
            }
            return .success(Placed(offset: close, pieces: mappings.enumerated().map { Array((($0.offset == 0 ? "" : ", ") + $0.element).utf8) }))
        }
        guard let end = contentEnd(of: last) else { return .failure(.emptyRecord) }
        return .success(Placed(offset: byteOffset(end), pieces: mappings.map { Array((", " + $0).utf8) }))
    }

    /// A step with no `progress:` gets the key after its last key, indented
    /// as its other keys, its list indented as this file indents lists.
    private func addProgressKey(_ records: [RecordFields], to step: LocatedStep) -> Result<Placed, Failure> {
        guard let end = contentEnd(of: step.node) else { return .failure(.emptyStep) }
        let style = keyStyle(of: step.node) ?? .plain
        if step.node.isFlow {
            // Inside the braces: after the last value, not the closing brace.
            guard let last = step.node.mapping?.last else { return .failure(.emptyStep) }
            let valueEnd = contentEnd(of: last.value) ?? last.key.end
            let pieces = records.enumerated().map { index, fields in
                Array(((index == 0 ? "" : ", ") + flowMapping(fields, keyStyle: style, braceSpace: braceSpace(step.node))).utf8)
            }
            return .success(Placed(offset: byteOffset(valueEnd), prefix: ", " + key("progress", style) + ": [",
                                   pieces: pieces, suffix: "]"))
        }
        let keyColumn = step.node.location.column
        let dashOffset: Int
        let itemOffset: Int
        if let example {
            dashOffset = example.list.location.column - example.key.location.column
            itemOffset = example.item.isFlow ? 2 : example.item.location.column - example.list.location.column
        } else if !step.steps.isFlow {
            dashOffset = step.steps.location.column - step.stepsKey.location.column
            itemOffset = keyColumn - step.steps.location.column
        } else {
            dashOffset = 2
            itemOffset = 2
        }
        let dashColumn = keyColumn + max(0, dashOffset)
        let offset = skipComments(from: afterLine(lastContent(before: byteOffset(end))),
                                  minColumn: keyColumn)
        let keyLine = joined([String(repeating: " ", count: keyColumn - 1) + key("progress", style) + ":"], at: offset)
        let pieces = records.map { fields in
            joined(itemLines(fields, dashColumn: dashColumn, itemColumn: dashColumn + max(2, itemOffset),
                             flow: example?.item.isFlow ?? false, keyStyle: style,
                             braceSpace: example.map { braceSpace($0.item) } ?? true), at: offset)
        }
        return .success(Placed(offset: offset, prefix: String(decoding: keyLine, as: UTF8.self), pieces: pieces))
    }

    /// A block list entry: `- key: value` then one `key: value` per line,
    /// or `- { key: value, … }` when the list's entries are flow mappings.
    private func itemLines(_ fields: RecordFields, dashColumn: Int, itemColumn: Int, flow: Bool,
                           keyStyle: YAMLScalar.Style?, braceSpace: Bool) -> [String] {
        let dash = String(repeating: " ", count: dashColumn - 1) + "-"
        let style = keyStyle ?? .plain
        if flow { return [dash + " " + flowMapping(fields, keyStyle: style, braceSpace: braceSpace)] }
        let gap = String(repeating: " ", count: max(1, itemColumn - dashColumn - 1))
        let indent = String(repeating: " ", count: itemColumn - 1)
        return fields.fields.enumerated().map { index, field in
            (index == 0 ? dash + gap : indent) + key(field.key, style) + ": " + field.block
        }
    }

    private func flowMapping(_ fields: RecordFields, keyStyle: YAMLScalar.Style, braceSpace: Bool) -> String {
        let inner = fields.fields.map { key($0.key, keyStyle) + ": " + $0.flow }.joined(separator: ", ")
        return braceSpace ? "{ " + inner + " }" : "{" + inner + "}"
    }

    // MARK: - The file's own habits

    private func key(_ name: String, _ style: YAMLScalar.Style) -> String {
        switch style {
        case .doubleQuoted: return "\"" + name + "\""
        case .singleQuoted: return "'" + name + "'"
        default: return name
        }
    }

    /// How the first key of a mapping is written (plain, 'single' or "double").
    private func keyStyle(of node: YAMLNode) -> YAMLScalar.Style? {
        node.mapping?.first?.key.scalar?.style
    }

    /// Whether a flow mapping is written `{ k: v }` rather than `{k: v}`.
    private func braceSpace(_ node: YAMLNode) -> Bool {
        guard node.isFlow else { return true }
        let open = byteOffset(node.location)
        guard open + 1 < bytes.count, bytes[open] == UInt8(ascii: "{") else { return true }
        return bytes[open + 1] == UInt8(ascii: " ")
    }

    private static func firstLineBreak(in source: SourceText) -> [UInt8] {
        let bytes = source.bytes
        var index = source.contentStart
        while index < bytes.count {
            let length = SourceText.breakLength(in: bytes, at: index)
            if length > 0 { return Array(bytes[index..<(index + length)]) }
            index += 1
        }
        return [0x0A]
    }

    /// Lines as bytes, each with the file's line end; at the end of a file
    /// with no final line end, the break goes before them instead, so the
    /// file's last line is left as it was and the file still ends without one.
    private func joined(_ lines: [String], at offset: Int) -> [UInt8] {
        let newline = lineBreak
        let endsOpen = offset == bytes.count && offset > source.contentStart
            && !(bytes[offset - 1] == 0x0A || bytes[offset - 1] == 0x0D)
        var out: [UInt8] = []
        for line in lines {
            if endsOpen { out += newline }
            out += Array(line.utf8)
            if !endsOpen { out += newline }
        }
        return out
    }

    // MARK: - Positions

    /// Where a node's written content ends: a null value written as nothing
    /// (`note:`) ends at its key, since libyaml places the empty scalar at
    /// whatever token comes next.
    private func contentEnd(of node: YAMLNode) -> SourceLocation? {
        if node.isFlow { return node.end }
        switch node.content {
        case .scalar(let scalar):
            return scalar.text.isEmpty && scalar.style == .plain && node.tag == nil ? nil : node.end
        case .sequence(let items):
            return items.last.flatMap(contentEnd)
        case .mapping(let pairs):
            guard let last = pairs.last else { return nil }
            return contentEnd(of: last.value) ?? last.key.end
        }
    }

    /// The offset of the last byte of content before `end`, past any spaces
    /// and line ends a block scalar's end mark takes in.
    private func lastContent(before end: Int) -> Int {
        var index = min(end, bytes.count)
        while index > source.contentStart, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index - 1]) { index -= 1 }
        return max(source.contentStart, index - 1)
    }

    /// The start of the line after the one holding `offset`, or the file's end.
    private func afterLine(_ offset: Int) -> Int {
        var index = offset
        while index < bytes.count {
            let length = SourceText.breakLength(in: bytes, at: index)
            if length > 0 { return index + length }
            index += 1
        }
        return bytes.count
    }

    /// Past the comment lines that follow, indented at least to `minColumn`:
    /// they belong to what came before, so a new record goes after them.
    private func skipComments(from start: Int, minColumn: Int) -> Int {
        var lineStart = start
        while lineStart < bytes.count {
            var index = lineStart
            while index < bytes.count, bytes[index] == 0x20 { index += 1 }
            guard index < bytes.count, bytes[index] == UInt8(ascii: "#"), index - lineStart + 1 >= minColumn else { break }
            lineStart = afterLine(index)
        }
        return lineStart
    }
}
