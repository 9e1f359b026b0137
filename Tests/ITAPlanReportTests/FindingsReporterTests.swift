import Foundation
import ITAPlanCore
import ITAPlanReport
import ITAPlanTestSupport
import Testing

@Suite("Findings reporters")
struct FindingsReporterTests {
    let run: ValidationRun

    init() throws {
        let checked = try Fixtures.check(file: Fixtures.url("golden/validate-input.yaml"),
                                         displayPath: "plans/validate-input.yaml")
        run = ValidationRun(files: [checked])
    }

    @Test("text, English")
    func textEnglish() throws {
        try Golden.check(TextFindingsReporter(language: .english).render(run), against: "validate.en.txt")
    }

    @Test("text, Thai")
    func textThai() throws {
        try Golden.check(TextFindingsReporter(language: .thai).render(run), against: "validate.th.txt")
    }

    @Test("JSON, and it parses with the documented shape")
    func json() throws {
        let output = JSONFindingsReporter(language: .english).render(run)
        try Golden.check(output, against: "validate.json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "itaplan-findings")
        #expect(object["version"] as? Int == 1)
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary["errors"] == run.errorCount && summary["warnings"] == run.warningCount)
    }

    @Test("GitHub workflow commands")
    func github() throws {
        let output = GitHubFindingsReporter(language: .english).render(run)
        try Golden.check(output, against: "validate.github")
        // Every line is one command: ::error|warning props::message, with no raw newline inside.
        let pattern = #/^::(error|warning) file=[^,:]+,line=\d+,col=\d+,title=[^:,]+::.+$/#
        for line in output.split(separator: "\n") {
            #expect(line.wholeMatch(of: pattern) != nil, "not a workflow command: \(line)")
        }
    }

    @Test("GitHub escaping: % CR LF in messages; also : and , in properties")
    func escaping() {
        #expect(GitHubCommand.escapeData("100% done\r\nnext") == "100%25 done%0D%0Anext")
        #expect(GitHubCommand.escapeProperty("a:b,c%") == "a%3Ab%2Cc%25")
        #expect(GitHubCommand.line("error", properties: [("file", "plans/a,b.yaml"), ("line", "3")], message: "x: y")
            == "::error file=plans/a%2Cb.yaml,line=3::x: y\n")
    }

    @Test("colour only when asked for")
    func colour() {
        let plain = TextFindingsReporter(language: .english).render(run)
        let coloured = TextFindingsReporter(language: .english, style: TerminalStyle(enabled: true)).render(run)
        #expect(!plain.contains("\u{1B}["))
        #expect(coloured.contains("\u{1B}[1;31merror:"))
    }
}
