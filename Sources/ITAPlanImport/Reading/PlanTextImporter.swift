import ITAPlanYAML

/// Reads the text extracted from a measures document (a Word file saved as
/// text, or copied out of a PDF) into a plan: tab-separated table cells,
/// leftover HTML tags, Thai digits, the table header repeated on each page,
/// rows split across pages. It prints nothing; what it cannot place is kept
/// and reported as warnings.
public struct PlanTextImporter: Sendable {
    public init() {}

    /// Reads a file's bytes, which must be UTF-8 text.
    public func read(bytes: [UInt8]) throws(PlanImportError) -> PlanImportResult {
        try read(Self.decodedText(bytes))
    }

    /// The bytes as text, or why they are not UTF-8 text.
    static func decodedText(_ bytes: [UInt8]) throws(PlanImportError) -> String {
        switch ByteCheck.check(bytes) {
        case .text:
            return String(decoding: bytes, as: UTF8.self)
        case .binary(let offset):
            // Where the NUL is, as validate says it, unless the signature names the kind of file.
            guard let format = Self.binaryFormat(bytes) else {
                let place = SourceText(bytes: bytes).location(ofByteOffset: offset)
                throw .binary(format: nil, line: place.line, column: place.column)
            }
            throw .binary(format: format)
        case .invalidUTF8(let offset, let byte):
            throw .invalidUTF8(line: SourceText(bytes: bytes).location(ofByteOffset: offset).line, byte: byte)
        case .otherEncoding(let name):
            throw .otherEncoding(name)
        }
    }

    public func read(_ text: String) throws(PlanImportError) -> PlanImportResult {
        guard !text.unicodeScalars.contains("\u{0}") else { throw .binary(format: nil) }
        return try Self.read(rows: SourceLines.split(text).map(TableRow.init), places: SourcePlaces())
    }

    /// Reads rows of cells, from a text file or a Word file, web page or
    /// PDF; `places` says where each row is in its source.
    static func read(rows: [TableRow], places: SourcePlaces) throws(PlanImportError) -> PlanImportResult {
        guard rows.contains(where: { !$0.filled.isEmpty }) else { throw .empty }
        let (assembled, layoutWarnings) = LinePerCellTables.assemble(rows)
        var reader = DocumentReader()
        reader.add(layoutWarnings)
        for row in assembled { reader.read(row) }
        var result = try reader.finish()
        result.places = places
        return result
    }

    /// The kind of file a binary's first bytes name, for the error message.
    static func binaryFormat(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return "Word (.docx) / zip" }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return "Word 97–2003 (.doc)" }
        if bytes.starts(with: Array("%PDF-".utf8)) { return "PDF" }
        return nil
    }
}
