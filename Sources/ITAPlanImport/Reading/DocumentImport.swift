import Foundation
import ITAPlanCore

/// One measures document read from a file by its kind (Word, web page, PDF
/// through `pdftotext`, or text), bounded in size.
public struct DocumentImport: Sendable {
    /// Why a file could not be imported at all, with the file's name.
    public struct Failure: LocalizedFailure {
        public enum Reason: Sendable {
            case notRead(SourceProblem)
            case tooLarge(bytes: Int, limit: Int)
            case cannotImport(any ImportFailure & Sendable)
        }

        public let path: String
        public let reason: Reason

        public func text(in language: Language) -> String {
            switch reason {
            case .notRead(let problem): path + ": " + Message.fileNotRead(problem).text(in: language)
            case .tooLarge(let bytes, let limit): path + ": " + Message.fileTooLarge(bytes: bytes, limit: limit).text(in: language)
            case .cannotImport(let failure): path + ": " + failure.text(in: language)
            }
        }
    }

    /// A Word file or PDF with pictures is larger than any plan; its text is bounded apart.
    public static let maxDocumentBytes = 64 << 20

    /// The largest text file: a plan's own bound.
    let maxTextBytes: Int
    /// Read every file as a saved web page, whatever its name.
    let fromHTML: Bool
    /// Where `pdftotext` is looked for (`PATH`'s form): the caller's.
    let searchPath: String

    public init(maxTextBytes: Int, fromHTML: Bool, searchPath: String) {
        self.maxTextBytes = maxTextBytes
        self.fromHTML = fromHTML
        self.searchPath = searchPath
    }

    public func read(_ file: String) throws -> PlanImportResult {
        // The document is one the user names, so a link to it is followed
        // wherever it leads; a FIFO or device is still refused unread.
        let source = try FileReading.read(path: file, maxBytes: Self.maxDocumentBytes, within: "/")
        if let problem = source.problem { throw Failure(path: file, reason: .notRead(problem)) }
        let bytes = source.text.bytes
        let kind = fromHTML ? .html : DocumentKind.of(path: file, bytes: bytes)
        let limit = kind == .text ? maxTextBytes : Self.maxDocumentBytes
        guard source.size <= limit else { throw Failure(path: file, reason: .tooLarge(bytes: source.size, limit: limit)) }
        do {
            let importer = PlanDocumentImporter()
            switch kind {
            case .text: return try PlanTextImporter().read(bytes: bytes)
            case .word: return try importer.readWord(bytes)
            case .html: return try importer.readHTML(bytes)
            case .pdf: return try importer.readPDFText(try PDFTextExtraction.text(ofPDF: file, searchPath: searchPath))
            }
        } catch let failure as any ImportFailure & Sendable {
            throw Failure(path: file, reason: .cannotImport(failure))
        }
    }
}
