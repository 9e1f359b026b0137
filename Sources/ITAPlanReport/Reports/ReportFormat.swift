import Foundation
import ITAPlanCore

/// The formats of `report`: the one list of them. A new text format is a
/// case here, a layout (`ReportLayout`) and its template in Resources/templates.
public enum ReportFormat: String, CaseIterable, Sendable {
    case markdown, html, json, print, pdf, docx

    /// The official document's formats: Thai and Thai digits unless asked otherwise.
    public var isOfficial: Bool { self == .print || self == .pdf || self == .docx }

    /// The formats `--diff` writes.
    public var writesDiff: Bool { self == .markdown || self == .json }

    /// The Mustache layout a text format renders with (pdf prints the print layout).
    public var layout: ReportLayout? {
        switch self {
        case .markdown: .markdown
        case .html: .html
        case .print, .pdf: .print
        case .json, .docx: nil
        }
    }
}

extension ReportRenderer {
    /// `context` with `layout`'s built-in template, or with the template in
    /// the file `templateFile` when one is given.
    public func render(_ context: Any, layout: ReportLayout, templateFile: String?) throws -> String {
        guard let templateFile else { return try render(context, layout: layout) }
        guard let data = FileManager.default.contents(atPath: templateFile) else {
            throw ITAPlanError.refused(path: templateFile, why: .missingOrUnreadable)
        }
        return try render(context, templateText: String(decoding: data, as: UTF8.self), templatePath: templateFile)
    }
}
