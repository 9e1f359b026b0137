import Foundation
import ITAPlanCore

/// A report's bytes in one format: a context rendered with the format's
/// layout (or the user's template), printed to PDF, or written as Word.
public struct ReportDocument {
    let format: ReportFormat
    /// A Mustache template to use instead of the built-in one.
    let templateFile: String?
    /// The engine `pdf` prints with (`ChromiumLocator`): found first, so a missing one is said before any work.
    let printer: ChromiumPDF?
    /// Where the PDF engine may write its scratch files.
    let scratch: URL

    public init(format: ReportFormat, templateFile: String?, printer: ChromiumPDF?, scratch: URL) {
        self.format = format
        self.templateFile = templateFile
        self.printer = printer
        self.scratch = scratch
    }

    public func data(_ context: ReportContext) throws -> Data {
        switch format {
        case .json where templateFile == nil: return Data(JSONOutput.encode(context).utf8)
        case .pdf:
            guard let printer else { throw ChromiumPDF.Failure.engineMissing(searched: []) }
            return try printer.pdf(html: try render(context, layout: .print),
                                   scratch: scratch.appendingPathComponent("itaplan-pdf-\(UUID().uuidString)"))
        case .docx: return try DocxDocument(context).data()
        default: return Data(try render(context, layout: format.layout ?? .markdown).utf8)
        }
    }

    /// A `--diff` report: Markdown, or JSON (`ReportFormat.writesDiff`).
    public func data(_ context: DiffContext) throws -> Data {
        if format == .json, templateFile == nil { return Data(JSONOutput.encode(context).utf8) }
        return Data(try render(context, layout: .diff).utf8)
    }

    private func render(_ context: Any, layout: ReportLayout) throws -> String {
        try ReportRenderer().render(context, layout: layout, templateFile: templateFile)
    }
}
