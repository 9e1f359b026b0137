import Foundation
import ITAPlanCore
import ITAPlanReport
import ITAPlanTestSupport
import Testing

/// The hostile-strings corpus (ESC, CR, LF, U+2028, U+202E, `::add-mask::x`,
/// `%0A::warning::`, `[x](https://e)`, `https://e`, `<b>`) in a plan's text
/// and file name, through every output format: one golden file each, and
/// the property each format must keep checked directly.
@Suite("Hostile plan text in every output format")
struct HostileOutputTests {
    static let asOf = CivilDate(year: 2021, month: 3, day: 31)!
    /// A file name as hostile as the text: ESC, a newline, a workflow command.
    static let hostilePath = "plans/\u{1B}[2Jx\n::add-mask::p\u{202E}.yaml"

    let run: ValidationRun
    let status: PlanStatus

    init() throws {
        let findings = try Fixtures.check(file: Fixtures.url("hostile/corpus-findings.yaml"), displayPath: Self.hostilePath)
        // A raw ESC and CR inside a line: libyaml refuses them, and the
        // finding's source snippet must not print them raw.
        let raw = Fixtures.check(bytes: Array("schema: 1\ntitle: a\u{1B}[31mred\r::warning::x\n".utf8),
                                 path: "plans/raw.yaml")
        run = ValidationRun(files: [findings, raw])
        let valid = try Fixtures.check(file: Fixtures.url("hostile/corpus-plan.yaml"), displayPath: Self.hostilePath)
        #expect(valid.findings.isEmpty, "\(valid.findings)")
        status = try #require(StatusCalculator(asOf: Self.asOf, catalog: Fixtures.catalog).status(of: valid))
    }

    // MARK: - Properties

    /// Terminal and log text: no unsafe scalar but line feeds, no line a
    /// workflow command.
    private func expectInert(_ output: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let unsafe = output.unicodeScalars.filter { SafeText.isUnsafe($0) && $0 != "\n" }
        #expect(unsafe.isEmpty, "\(name) prints \(unsafe.map { String($0.value, radix: 16) }) raw", sourceLocation: sourceLocation)
        for line in output.split(separator: "\n") where SafeText.startsWorkflowCommand(line.drop(while: { $0 == " " || $0 == "\t" })) {
            Issue.record("\(name): a line starts a workflow command: \(line)", sourceLocation: sourceLocation)
        }
        #expect(output.contains("\\u001b"), "\(name) shows ESC escaped", sourceLocation: sourceLocation)
    }

    /// Markdown as GitHub renders it (cmark-gfm with its extensions): no
    /// link, no HTML tag from the plan, and every table row one row.
    private func expectInertMarkdown(_ markdown: String, _ name: String, showsURL: Bool = true,
                                     sourceLocation: SourceLocation = #_sourceLocation) throws {
        let result = try ProcessRunner.run(command: "cmark-gfm", ["-e", "autolink", "-e", "table", "-e", "strikethrough"],
                                           stdin: markdown)
        #expect(result.status == 0, "cmark-gfm (Debian's cmark-gfm package) must be installed: \(result.stderr)",
                sourceLocation: sourceLocation)
        let html = result.stdout
        #expect(!html.contains("<a "), "\(name) makes a link", sourceLocation: sourceLocation)
        #expect(!html.contains("<b>"), "\(name) lets HTML through", sourceLocation: sourceLocation)
        #expect(html.contains("&lt;b&gt;") || !showsURL, "\(name) shows the HTML as text", sourceLocation: sourceLocation)
        #expect(html.contains("https://e") || !showsURL, "\(name) still shows the URL as text", sourceLocation: sourceLocation)
        let unsafe = markdown.unicodeScalars.filter { SafeText.isUnsafe($0) && $0 != "\n" }
        #expect(unsafe.isEmpty, "\(name) holds raw control characters", sourceLocation: sourceLocation)
        for line in markdown.split(separator: "\n") where line.hasPrefix("|") {
            #expect(line.hasSuffix("|"), "\(name): a table row was broken: \(line)", sourceLocation: sourceLocation)
        }
    }

    // MARK: - Findings

    @Test("findings as text: escaped message, path and source line; golden")
    func findingsText() throws {
        let output = TextFindingsReporter(language: .english).render(run)
        expectInert(output, "text findings")
        #expect(output.contains("plans/\\u001b[2Jx\\u000a::add-mask::p\\u202e.yaml:8:9: error: [invalid-value] '\\u001b[31mnope\\u000anext'"))
        // The caret stays under the column, measured on the escaped line.
        #expect(output.contains("plans/raw.yaml:2:9: error: [yaml-syntax]"))
        #expect(output.contains("title: a\\u001b[31mred\n        ^\n"))
        try Golden.check(output, against: "hostile/findings.txt")
    }

    @Test("findings as GitHub workflow commands: one command per line, nothing raw; golden")
    func findingsGitHub() throws {
        let output = GitHubFindingsReporter(language: .english).render(run)
        for line in output.split(separator: "\n") {
            #expect(line.wholeMatch(of: #/^::(error|warning) file=[^\n]+,line=\d+,col=\d+,title=itaplan \[[a-z-]+\]::.+$/#) != nil,
                    "not one of itaplan's own commands: \(line)")
        }
        #expect(!output.unicodeScalars.contains { SafeText.isUnsafe($0) && $0 != "\n" })
        #expect(output.contains("%250A::warning::") || !output.contains("%0A::warning::"))
        try Golden.check(output, against: "hostile/findings.github")
    }

    @Test("findings as JSON: the data kept exactly, escaped by JSON; golden")
    func findingsJSON() throws {
        let output = JSONFindingsReporter(language: .english).render(run)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let files = try #require(object["files"] as? [[String: Any]])
        #expect(files.first?["path"] as? String == Self.hostilePath)
        #expect(!output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        try Golden.check(output, against: "hostile/findings.json")
    }

    // MARK: - Status

    @Test("status as a table and as the one-line summary: escaped; goldens")
    func statusText() throws {
        let table = StatusTableRenderer(language: .english).render([status])
        expectInert(table, "status table")
        #expect(table.contains("\\u003a:add-mask::x"))
        try Golden.check(table, against: "hostile/status.txt")
        let summary = StatusSummaryRenderer(language: .english)
        let lines = summary.header + summary.plan(status) + summary.total(status.completion, plans: 1)
        expectInert(lines, "status summary")
        #expect(lines.split(separator: "\n").count == 3)
        try Golden.check(lines, against: "hostile/status-summary.txt")
    }

    @Test("status as Markdown: inert in GitHub's own parser; golden")
    func statusMarkdown() throws {
        let markdown = StatusMarkdownRenderer(language: .english).render([status])
        try expectInertMarkdown(markdown, "status markdown")
        try Golden.check(markdown, against: "hostile/status.md")
        let overview = StatusMarkdownRenderer(language: .english)
        let table = overview.overviewHeader + overview.overviewRow(status)
        try expectInertMarkdown(table, "status overview", showsURL: false)
    }

    @Test("status as CSV and JSON: goldens; JSON keeps the data exactly")
    func statusData() throws {
        try Golden.check(StatusCSVRenderer(language: .english).render([status]), against: "hostile/status.csv")
        let json = StatusJSONRenderer().render([status])
        _ = try JSONSerialization.jsonObject(with: Data(json.utf8))
        #expect(json.contains("\"::add-mask::x\""))
        #expect(!json.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        try Golden.check(json, against: "hostile/status.json")
    }

    // MARK: - Reports

    @Test("reports as Markdown and HTML (dashboard and print): inert; goldens")
    func reports() throws {
        let context = ReportContextBuilder(language: .english, thaiDigits: false, catalog: Fixtures.catalog)
            .build([status], asOf: Self.asOf, history: nil)
        let renderer = ReportRenderer()
        let markdown = try renderer.render(context, layout: .markdown)
        try expectInertMarkdown(markdown, "report markdown")
        try Golden.check(markdown, against: "hostile/report.md")
        for layout in [ReportLayout.html, .print] {
            let html = try renderer.render(context, layout: layout)
            #expect(!html.unicodeScalars.contains { SafeText.isUnsafe($0) && $0 != "\n" }, "\(layout) holds raw controls")
            #expect(!html.contains("<b>"), "\(layout) lets HTML through")
            #expect(html.contains("&lt;b&gt;"))
            #expect(html.contains("\\u001b[2J"))
            try Golden.check(html, against: "hostile/\(layout.rawValue)")
        }
    }

    // MARK: - The layer itself

    @Test("SafeText escapes each unsafe scalar and only those")
    func safeText() {
        #expect(SafeText.inline("a\u{1B}[31mb\r\n\tc\u{7F}\u{85}\u{2028}\u{2029}\u{202E}\u{2066}\u{200F}d")
            == "a\\u001b[31mb\\u000d\\u000a\\u0009c\\u007f\\u0085\\u2028\\u2029\\u202e\\u2066\\u200fd")
        #expect(SafeText.inline("มาตรการ ๑.๒ ✓ “quoted”") == "มาตรการ ๑.๒ ✓ “quoted”")
        #expect(SafeText.sourceLine("\tx\u{1B}") == "\tx\\u001b")
        #expect(SafeText.markup("a\nb\r\tc\u{1B}") == "a b  c\\u001b")
        #expect(SafeText.guardingLineStarts("ok\n  ::add-mask::x\n::warning::y\na::b") == "ok\n  \\u003a:add-mask::x\n\\u003a:warning::y\na::b")
        #expect(SafeText.plainText("x\u{1B}\n::e\n") == "x\\u001b\n\\u003a:e\n")
        #expect(SafeText.guardingLineStarts("##[error]x\n ##[add-mask]y\n## heading") == "\\u0023#[error]x\n \\u0023#[add-mask]y\n## heading")
    }
}
