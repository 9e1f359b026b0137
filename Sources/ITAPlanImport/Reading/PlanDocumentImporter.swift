import Foundation
import ITAPlanCore
import ITAPlanYAML

/// An error that stops an import, with its words in both languages.
public protocol ImportFailure: LocalizedFailure {}

extension PlanImportError: ImportFailure {}
extension WordImportError: ImportFailure {}

/// What kind of document a file is, from its first bytes (a file's name
/// can lie; its signature rarely does), else its name.
public enum DocumentKind: Sendable, Equatable {
    case text, word, html, pdf

    public static func of(path: String, bytes: [UInt8]) -> DocumentKind {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) { return .word }
        if bytes.starts(with: Array("%PDF-".utf8)) { return .pdf }
        let lowered = path.lowercased()
        if lowered.hasSuffix(".docx") { return .word }
        if lowered.hasSuffix(".pdf") { return .pdf }
        if lowered.hasSuffix(".html") || lowered.hasSuffix(".htm") || HTMLDocument.looksLikeHTML(bytes) { return .html }
        return .text
    }
}

/// Reads a measures document of any kind the importer knows into a plan.
/// The library never runs programs or reads files here: a PDF arrives as
/// the text `pdftotext -layout` gave (the command runs it).
public struct PlanDocumentImporter: Sendable {
    public init() {}

    /// A Word file's bytes (.docx).
    public func readWord(_ bytes: [UInt8], limits: WordLimits = WordLimits()) throws -> PlanImportResult {
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { throw PlanImportError.binary(format: "Word 97–2003 (.doc)") }
        let package = try WordPackage(data: Data(bytes), limits: limits.package)
        let blocks = try WordDocumentXML.read(package.document, numbering: package.numbering)
        let (rows, places) = blocks.rows()
        return try PlanTextImporter.read(rows: rows, places: places)
    }

    /// A saved web page's bytes (UTF-8, or Windows-874 / TIS-620 when its
    /// `<meta charset>` says so): its tables and paragraphs.
    public func readHTML(_ bytes: [UInt8]) throws -> PlanImportResult {
        let text: String
        let check = ByteCheck.check(bytes)
        let notUTF8 = check == .otherEncoding(name: ByteCheck.thaiWindows) || { if case .invalidUTF8 = check { true } else { false } }()
        if notUTF8, ThaiLegacyEncoding.isDeclared(in: bytes), let decoded = ThaiLegacyEncoding.decode(bytes) {
            // A page saved as Windows-874 / TIS-620, as it says it is.
            text = decoded
        } else {
            text = try PlanTextImporter.decodedText(bytes)
        }
        let (rows, places) = HTMLDocument.read(text).rows()
        return try PlanTextImporter.read(rows: rows, places: places)
    }

    /// The text `pdftotext -layout` wrote for a PDF: pages split at form
    /// feeds, Thai extraction artefacts repaired, table columns found from
    /// their positions.
    public func readPDFText(_ text: String) throws -> PlanImportResult {
        let (rows, places) = PDFLayoutText.rows(text)
        var result = try PlanTextImporter.read(rows: rows, places: places)
        result.warnings.insert(ImportWarning(line: nil, .readFromPDFLayout), at: 0)
        return result
    }
}

/// The bounds on a Word file.
public struct WordLimits: Sendable {
    var package = WordPackage.Limits()

    public init(maxEntries: Int = 5_000, maxPartBytes: Int = 32 << 20, maxTotalBytes: Int = 64 << 20) {
        package = WordPackage.Limits(maxEntries: maxEntries, maxPartBytes: maxPartBytes, maxTotalBytes: maxTotalBytes)
    }
}
