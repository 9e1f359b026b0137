import Foundation
import ITAPlanCore
import ITAPlanReport
import ITAPlanTestSupport
import Testing

@Suite("Reports")
struct ReportTests {
    static let asOf = CivilDate(year: 2021, month: 3, day: 31)!

    static func context(_ language: Language, thaiDigits: Bool = false, plan: URL = Fixtures.seedPlan) throws -> ReportContext {
        let checked = try Fixtures.check(file: plan, displayPath: "plans/pho-hak-2564.yaml")
        let status = try #require(StatusCalculator(asOf: asOf, catalog: Fixtures.catalog).status(of: checked))
        let history: [(day: CivilDate, completion: Completion)] = [
            (CivilDate(year: 2021, month: 1, day: 15)!, status.completion),
            (asOf, status.completion),
        ]
        return ReportContextBuilder(language: language, thaiDigits: thaiDigits, catalog: Fixtures.catalog)
            .build([status], asOf: asOf, history: history)
    }

    @Test("golden: Markdown (Thai), HTML (Thai), print (Thai digits), JSON (English)")
    func goldens() throws {
        let renderer = ReportRenderer()
        try Golden.check(try renderer.render(try Self.context(.thai), layout: .markdown), against: "report.th.md")
        try Golden.check(try renderer.render(try Self.context(.english), layout: .markdown), against: "report.en.md")
        try Golden.check(try renderer.render(try Self.context(.thai), layout: .html), against: "report.th.html")
        try Golden.check(try renderer.render(try Self.context(.thai, thaiDigits: true), layout: .print), against: "print.th.html")
        try Golden.check(JSONOutput.encode(try Self.context(.english)), against: "report.en.json")
    }

    @Test("templates see every field under its JSON name")
    func templateNamesMatchJSON() throws {
        let context = try Self.context(.english)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(JSONOutput.encode(context).utf8)) as? [String: Any])
        func walk(_ object: [String: Any], _ value: any TemplateFields, path: String) {
            for (key, child) in object {
                let field = value.child(named: key)
                if child is NSNull { continue }
                #expect(field != nil, "no template field for \(path)\(key)")
                if let nested = child as? [String: Any], let fields = field as? any TemplateFields {
                    walk(nested, fields, path: path + key + ".")
                }
                if let list = child as? [[String: Any]], let items = field as? [any TemplateFields], let first = list.first,
                   let item = items.first {
                    walk(first, item, path: path + key + "[0].")
                }
            }
        }
        walk(json, context, path: "")
    }

    @Test("a user template replaces the built-in one; a broken one is a located error")
    func userTemplates() throws {
        let context = try Self.context(.english)
        let text = try ReportRenderer().render(context, templateText: "{{#plans}}{{agency}}: {{headline.done_of_due}}{{/plans}}",
                                               templatePath: "mine.mustache")
        #expect(text == "เทศบาลตำบลโพหัก: 20/25 80%")
        // The error names the file, the line and column where the parser stopped, and why.
        #expect(throws: ReportRenderer.Failure.badTemplate(path: "bad.mustache", line: 2, column: 21, problem: .expectedSectionEnd)) {
            try ReportRenderer().render(context, templateText: "line\n{{#plans}}{{agency}}", templatePath: "bad.mustache")
        }
        #expect(throws: ReportRenderer.Failure.badTemplate(path: "other.mustache", line: 3, column: 4, problem: .sectionCloseNameIncorrect)) {
            try ReportRenderer().render(context, templateText: "a\n{{#plans}}\n{{/labels}}", templatePath: "other.mustache")
        }
    }

    @Test("Markdown escapes plan text so it cannot add links, markup or break tables")
    func markdownEscaping() {
        #expect(Markdown.escape("[click](https://evil.example) | <b>x</b> *y*")
            == "\\[click\\]\\(https\\://evil.example\\) \\| &lt;b&gt;x&lt;/b&gt; \\*y\\*")
        #expect(Markdown.escape("see www.evil.example or WWW.e.com") == "see www\\.evil.example or WWW\\.e.com")
        #expect(Markdown.escape("a\nb\u{1B}[31m") == "a b\\\\u001b\\[31m")
    }
}
