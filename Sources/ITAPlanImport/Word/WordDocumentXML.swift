import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads word/document.xml (WordprocessingML) with Foundation's XMLParser
/// into paragraphs and tables: runs' text, tabs, line breaks, list numbers
/// (from numbering.xml), cells spanning columns (gridSpan) and merged down
/// rows (vMerge). Deleted text of tracked changes, field codes and the
/// fallback copy of drawings are left out, as Word shows them. A table in a
/// table cell is read as that cell's text.
enum WordDocumentXML {
    static let maxDepth = 256

    static func read(_ document: Data, numbering: Data?) throws(WordImportError) -> DocumentBlocks {
        try refuseDoctype(document, part: "word/document.xml")
        var lists = WordNumbering()
        if let numbering {
            try refuseDoctype(numbering, part: "word/numbering.xml")
            lists = try WordNumbering.read(numbering)
        }
        let reader = DocumentXMLReader(numbering: lists)
        try parse(document, part: "word/document.xml", delegate: reader)
        return reader.blocks
    }

    /// Word never writes a DTD; internal entities are how an XML file expands a few bytes into gigabytes.
    static func refuseDoctype(_ data: Data, part: String) throws(WordImportError) {
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil || data.range(of: Data("<!doctype".utf8)) != nil {
            throw .doctype(part: part)
        }
    }

    static func parse(_ data: Data, part: String, delegate: some DepthLimitedDelegate) throws(WordImportError) {
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        // swift-corelibs' parse() can return true after an error it reported ("<a><b></a>"), and
        // for a document cut short ("<a>"); an error seen, or elements left open, fail it too.
        let parsed = parser.parse()
        if delegate.tooDeep { throw .tooDeep(part: part, limit: maxDepth) }
        if let error = parser.parserError ?? delegate.failure {
            let code = (error as NSError).code
            throw .badXML(part: part, line: delegate.failureLine ?? parser.lineNumber, reason: .parserError(code: code))
        }
        guard parsed else { throw .badXML(part: part, line: parser.lineNumber, reason: .parseFailed) }
        guard delegate.sawElement, delegate.depth == 0 else {
            throw .badXML(part: part, line: parser.lineNumber, reason: .unclosedElements)
        }
    }
}

/// An XML delegate that stops the parser past `WordDocumentXML.maxDepth`,
/// and keeps what the parser's own result does not always say.
protocol DepthLimitedDelegate: XMLParserDelegate {
    var tooDeep: Bool { get }
    /// Elements open now: 0 when the document ended properly.
    var depth: Int { get }
    var sawElement: Bool { get }
    var failure: Error? { get }
    var failureLine: Int? { get }
}

/// WordprocessingML's namespaces: transitional, as Word and LibreOffice write, and strict.
private func isWordML(_ namespace: String?) -> Bool {
    namespace == "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        || namespace == "http://purl.oclc.org/ooxml/wordprocessingml/main"
}

private final class DocumentXMLReader: NSObject, DepthLimitedDelegate {
    private final class TableBuilder {
        var rows: [[DocumentBlocks.Cell]] = []
        var cell: DocumentBlocks.Cell?
    }

    var blocks = DocumentBlocks()
    var tooDeep = false
    private(set) var depth = 0
    private(set) var sawElement = false
    private(set) var failure: Error?
    private(set) var failureLine: Int?
    private var numbering: WordNumbering
    /// Inside an element whose content Word does not show (deleted text, field codes, fallbacks).
    private var skipDepth = 0
    private var tables: [TableBuilder] = []
    private var paragraphDepth = 0
    private var paragraph = ""
    private var inText = false
    private var inRun = 0
    private var inParagraphProperties = 0
    private var listID: String?
    private var listLevel = 0

    init(numbering: WordNumbering) {
        self.numbering = numbering
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        depth += 1
        sawElement = true
        guard depth <= WordDocumentXML.maxDepth else {
            tooDeep = true
            parser.abortParsing()
            return
        }
        if skipDepth > 0 {
            skipDepth += 1
            return
        }
        if name == "Fallback" && !isWordML(namespaceURI) {
            skipDepth = 1
            return
        }
        guard isWordML(namespaceURI) else { return }
        let value = attributes["val"] ?? attributes.first { $0.key.hasSuffix(":val") }?.value
        switch name {
        case "delText", "instrText", "rPrChange", "pPrChange", "del", "moveFrom":
            skipDepth = 1
        case "p":
            paragraphDepth += 1
            if paragraphDepth == 1 {
                paragraph = ""
                listID = nil
                listLevel = 0
            }
        case "pPr": inParagraphProperties += 1
        case "numId" where inParagraphProperties > 0 && paragraphDepth == 1: listID = value
        case "ilvl" where inParagraphProperties > 0 && paragraphDepth == 1: listLevel = value.flatMap { Int($0) } ?? 0
        case "r": inRun += 1
        case "t": inText = true
        case "tab" where inRun > 0: paragraph += tables.isEmpty ? "\t" : " "
        case "br", "cr": if inRun > 0 { paragraph += "\n" }
        case "noBreakHyphen": paragraph += "-"
        case "tbl": tables.append(TableBuilder())
        case "tr": tables.last?.rows.append([])
        case "gridBefore":
            let count = min(max(value.flatMap { Int($0) } ?? 0, 0), 64)
            if let table = tables.last, !table.rows.isEmpty {
                for _ in 0..<count { table.rows[table.rows.count - 1].append(DocumentBlocks.Cell(lines: [])) }
            }
        case "tc": tables.last?.cell = DocumentBlocks.Cell(lines: [])
        case "gridSpan": tables.last?.cell?.span = min(max(value.flatMap { Int($0) } ?? 1, 1), 64)
        case "vMerge": tables.last?.cell?.continuesAbove = value != "restart"
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        depth -= 1
        if skipDepth > 0 {
            skipDepth -= 1
            return
        }
        guard isWordML(namespaceURI) else { return }
        switch name {
        case "p":
            paragraphDepth -= 1
            if paragraphDepth == 0 {
                finishParagraph()
            } else {
                paragraph += " "  // a paragraph in a text box, inside this one
            }
        case "pPr": inParagraphProperties -= 1
        case "r": inRun -= 1
        case "t": inText = false
        case "tc":
            guard let table = tables.last, let cell = table.cell, !table.rows.isEmpty else { return }
            table.rows[table.rows.count - 1].append(cell)
            table.cell = nil
        case "tbl":
            guard let table = tables.popLast() else { return }
            if let outer = tables.last, outer.cell != nil {
                // A table in a cell: its text, row by row, as the cell's lines.
                for row in table.rows {
                    outer.cell?.lines.append(row.map { $0.lines.joined(separator: " ") }.joined(separator: " "))
                }
            } else {
                blocks.blocks.append(.table(table.rows))
            }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText && skipDepth == 0 { paragraph += string }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if failure == nil {
            failure = parseError
            failureLine = parser.lineNumber
        }
    }

    private func finishParagraph() {
        var text = paragraph
        if let listID, let label = numbering.label(list: listID, level: listLevel) {
            text = label + " " + text
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let table = tables.last {
            if table.cell != nil {
                table.cell?.lines += lines
            }
        } else {
            blocks.blocks.append(.paragraph(lines))
        }
    }
}
