import Testing
@testable import ITAPlanYAML

@Suite("Source text lines and byte offsets")
struct SourceTextTests {
    @Test("lines split where GitHub splits them: LF, CR, CRLF; not NEL, U+2028, U+2029")
    func lines() {
        let text = SourceText("one\r\ntwo\rthree\nfour\u{2028}five\u{2029}six\u{85}seven\nend")
        #expect(text.line(1) == "one")
        #expect(text.line(2) == "two")
        #expect(text.line(3) == "three")
        #expect(text.line(4) == "four\u{2028}five\u{2029}six\u{85}seven")
        #expect(text.line(5) == "end")
        #expect(text.line(6) == nil)
        let index = text.lineIndex()
        #expect((1...6).map { text.line($0, in: index) } == (1...6).map { text.line($0) })
    }

    @Test("a very long line is cut for display")
    func longLine() throws {
        let line = try #require(SourceText(String(repeating: "ก", count: 5_000)).line(1))
        #expect(line.unicodeScalars.count == 401)
        #expect(line.hasSuffix("…"))
    }

    @Test("byte offsets map to character columns, Thai included")
    func offsets() {
        let text = SourceText("ab\nกขค: x\n")
        // "ก" is three bytes; "ข" starts at byte 6 (3 + 3).
        #expect(text.location(ofByteOffset: 0) == SourceLocation(line: 1, column: 1))
        #expect(text.location(ofByteOffset: 6) == SourceLocation(line: 2, column: 2))
        #expect(text.location(ofByteOffset: 12) == SourceLocation(line: 2, column: 4))
    }
}
