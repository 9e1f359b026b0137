import ITAPlanYAML
import Testing

@Suite("Where nodes end, for edits that add text after them")
struct NodeEndTests {
    private func root(_ text: String) throws -> YAMLNode {
        try #require(YAMLReader().read(SourceText(text)).root)
    }

    @Test("scalars end after their text and closing quote; flow collections after their bracket; block ones at their last entry")
    func ends() throws {
        let node = try root("a: 'ข้อความ'  # c\nb: [1, {x: 2}]\nc:\n  - d: e\n    f: g\n\n# trailing\n")
        let pairs = try #require(node.mapping)
        #expect(pairs[0].value.end == SourceLocation(line: 1, column: 13))  // seven Thai scalars between the quotes
        #expect(pairs[1].value.isFlow)
        #expect(pairs[1].value.end == SourceLocation(line: 2, column: 15))
        #expect(pairs[1].value.sequence?[1].isFlow == true)
        let list = pairs[2].value
        #expect(!list.isFlow)
        #expect(list.location == SourceLocation(line: 4, column: 3))
        #expect(list.end == SourceLocation(line: 5, column: 9))
        #expect(node.end == list.end)
    }

    @Test("byte offsets of locations invert locations of byte offsets, Thai and CRLF included")
    func offsets() {
        let text = SourceText("\u{FEFF}ab\r\nกขค: x\n")
        for offset in [3, 4, 7, 10, 13, 16, 18] {
            #expect(text.byteOffset(of: text.location(ofByteOffset: offset)) == offset, "offset \(offset)")
        }
        #expect(text.byteOffset(of: SourceLocation(line: 9, column: 1)) == text.bytes.count)
    }
}
