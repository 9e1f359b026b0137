import ITAPlanCore
import ITAPlanYAML
import ITAPlanTestSupport
import Testing

@Suite("Evidence links")
struct EvidenceURLTests {
    @Test("a link holding NUL, ESC, BEL, CR, DEL or a bidi override after https:// is refused at its place",
          arguments: ["\\0", "\\e", "\\a", "\\r", "\\x7f", "\\u202E", "\\u2028", "\\x85"])
    func controlCharacters(_ escape: String) throws {
        let valid = try Fixtures.text("valid/every-key.yaml")
        let original = "evidence: [https://example.go.th/report/2563-10, https://example.go.th/report/2563-10.pdf]"
        let line = try #require(valid.components(separatedBy: "\n").firstIndex { $0.contains(original) }) + 1
        let plan = valid.replacingOccurrences(
            of: original, with: "evidence: [\"https://example.go.th/\(escape)x\", https://example.go.th/report/2563-10.pdf]")
        let checked = Fixtures.check(plan)
        #expect(checked.findings.map(\.rule) == [.evidenceURL], "\(checked.findings)")
        #expect(checked.findings.first?.location == ITAPlanYAML.SourceLocation(line: line, column: 24))
    }

    @Test("ordinary links, Thai in the path included, are accepted")
    func ordinary() throws {
        let valid = try Fixtures.text("valid/every-key.yaml")
        let plan = valid.replacingOccurrences(of: "https://example.go.th/report/2563-10.pdf",
                                              with: "https://example.go.th/รายงาน/๒๕๖๓?x=1&y=%20")
        #expect(Fixtures.check(plan).findings.isEmpty)
    }
}
