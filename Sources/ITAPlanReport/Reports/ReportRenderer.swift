import Foundation
import ITAPlanCore
import Mustache

/// The report layouts, each a Mustache template shipped with itaplan and
/// replaceable with `--template`.
public enum ReportLayout: String, CaseIterable, Sendable {
    case markdown = "report.md"
    case html = "report.html"
    case print = "print.html"
    case diff = "diff.md"
    /// The head of the many-plan dashboard, and each plan's section in it.
    case overview = "overview.html"
    case planSection = "plan-section.html"
}

/// Renders a context with a layout's built-in template or a user's template.
///
/// HTML layouts use Mustache's HTML escaping (`& < > " '`); Markdown layouts
/// declare `{{% CONTENT_TYPE: MARKDOWN }}`, which escapes Markdown and HTML,
/// so that no text from a plan can add markup, links or scripts.
public struct ReportRenderer {
    public enum Failure: LocalizedFailure, Sendable, Equatable {
        case templateMissing(path: String)
        case badTemplate(path: String, line: Int, column: Int, problem: TemplateProblem)

        public func text(in language: Language) -> String {
            let th = language == .thai
            switch self {
            case .templateMissing(let path):
                return th ? "ไม่มีแม่แบบ \(path) ในตัว itaplan (itaplan สร้างไม่ครบ)"
                          : "the built-in template \(path) is missing (itaplan was built incompletely)"
            case .badTemplate(let path, let line, let column, let problem):
                return th ? "\(path):\(line):\(column): แม่แบบ Mustache อ่านไม่ได้: " + problem.text(in: language)
                          : "\(path):\(line):\(column): the Mustache template cannot be read: " + problem.text(in: language)
            }
        }
    }

    /// Registers the Markdown content type once, before any template is parsed.
    private static let contentTypesRegistered: Bool = {
        MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")
        MustacheContentTypes.register(SafeHTMLContentType(), named: "SAFE_HTML")
        return true
    }()

    public init() {}

    /// The built-in template text of a layout, compiled into itaplan from
    /// Sources/ITAPlanReport/Resources/templates.
    public static func builtInTemplate(_ layout: ReportLayout) throws -> String {
        let name = "templates/\(layout.rawValue).mustache"
        guard let data = EmbeddedResources.report.data(name) else {
            throw Failure.templateMissing(path: name)
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Renders `context` (a `ReportContext` or `DiffContext`) with `templateText`;
    /// `templatePath` names the template in errors.
    public func render(_ context: Any, templateText: String, templatePath: String) throws -> String {
        _ = Self.contentTypesRegistered
        do {
            return try MustacheTemplate(string: templateText).render(context)
        } catch let error as MustacheTemplate.ParserError {
            throw Failure.badTemplate(path: templatePath, line: error.context.lineNumber,
                                      column: error.context.columnNumber, problem: TemplateProblem(error.error))
        }
    }

    /// A built-in template parsed once, for rendering many times (one plan
    /// section per plan, on every core: rendering only reads it).
    public struct Parsed: @unchecked Sendable {
        let template: MustacheTemplate

        public init(_ layout: ReportLayout) throws {
            _ = ReportRenderer.contentTypesRegistered
            let text = try ReportRenderer.builtInTemplate(layout)
            do {
                template = try MustacheTemplate(string: text)
            } catch let error as MustacheTemplate.ParserError {
                throw Failure.badTemplate(path: layout.rawValue, line: error.context.lineNumber,
                                          column: error.context.columnNumber, problem: TemplateProblem(error.error))
            }
        }

        public func render(_ context: Any) -> String {
            template.render(context)
        }
    }

    public func render(_ context: Any, layout: ReportLayout) throws -> String {
        try render(context, templateText: try Self.builtInTemplate(layout), templatePath: layout.rawValue)
    }
}

extension EmbeddedResources {
    /// ITAPlanReport's files: `templates/*.mustache`.
    static let report = EmbeddedResources(base64: EmbeddedFiles.base64)
}

/// Escapes text for Markdown, including the HTML Markdown allows.
struct MarkdownContentType: MustacheContentType {
    func escapeText(_ text: String) -> String {
        Markdown.escape(text)
    }
}

/// HTML escaping (`& < > " '`) after `SafeText.markup`, so that a control
/// character or bidi override from a plan shows escaped on the page too.
struct SafeHTMLContentType: MustacheContentType {
    func escapeText(_ text: String) -> String {
        var out = ""
        for scalar in SafeText.markup(text).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
