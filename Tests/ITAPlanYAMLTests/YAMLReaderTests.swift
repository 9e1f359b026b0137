import Testing
@testable import ITAPlanYAML

@Suite("Reading YAML into located nodes")
struct YAMLReaderTests {
    private func read(_ text: String, limits: YAMLLimits = .default) -> YAMLDocument {
        YAMLReader(limits: limits).read(SourceText(text))
    }

    private func value(_ node: YAMLNode?, _ key: String) -> YAMLNode? {
        node?.mapping?.first { $0.key.scalar?.text == key }?.value
    }

    @Test("scalars keep their text as written, untyped")
    func scalarsStayAsWritten() throws {
        let document = read("id: 1.10\nflag: no\nyear: ๒๕๖๔\nquoted: \"1.1\"\n")
        #expect(document.problems.isEmpty)
        #expect(value(document.root, "id")?.scalar == YAMLScalar("1.10"))
        #expect(value(document.root, "flag")?.scalar == YAMLScalar("no"))
        #expect(value(document.root, "year")?.scalar == YAMLScalar("๒๕๖๔"))
        #expect(value(document.root, "quoted")?.scalar == YAMLScalar("1.1", style: .doubleQuoted))
    }

    @Test("locations are 1-based lines and columns counted in characters")
    func locations() throws {
        let document = read("ชื่อ: เทศบาล\nlist:\n  - ก\n  - ข\n")
        let root = try #require(document.root)
        #expect(root.location == SourceLocation(line: 1, column: 1))
        #expect(value(root, "ชื่อ")?.location == SourceLocation(line: 1, column: 7))
        let items = try #require(value(root, "list")?.sequence)
        #expect(items.map(\.location) == [SourceLocation(line: 3, column: 5), SourceLocation(line: 4, column: 5)])
    }

    @Test("U+2028, U+2029 and NEL do not shift lines: locations agree with GitHub's view (LF, CR, CRLF only)")
    func yaml11LineBreaks() throws {
        let separators = String(repeating: "\u{2028}", count: 24)
        let document = read("title: \"a\(separators)b\u{2029}c\u{85}d\"\nnext: 1\nflow: {x: \"\u{2028}\", zz: 2}\nbad: [\n")
        let keys = try #require(read("title: \"a\(separators)b\"\nnext: 1\nflow: {x: \"\u{2028}\", zz: 2}\n").root?.mapping)
        #expect(keys.map(\.key.location) == [SourceLocation(line: 1, column: 1), SourceLocation(line: 2, column: 1),
                                               SourceLocation(line: 3, column: 1)])
        let flow = try #require(keys.last?.value.mapping)
        // `zz` is the 16th character of line 3, the separator counting as one.
        #expect(flow.map(\.key.location) == [SourceLocation(line: 3, column: 8), SourceLocation(line: 3, column: 16)])
        // A syntax error after them is on the line GitHub shows.
        #expect(document.problems.first?.location.line == 5)
    }

    @Test("a mapping of 50,000 keys with every key twice: each duplicate found, pointing at its first")
    func manyDuplicateKeys() {
        let keys = (0..<50_000).map { "k\($0): 1\n" }.joined()
        let document = read(keys + keys)
        #expect(document.problems.count == 50_000)
        #expect(document.problems.last == YAMLProblem(.duplicateKey(key: "k49999"), at: SourceLocation(line: 100_000, column: 1),
                                                      related: SourceLocation(line: 50_000, column: 1)))
    }

    @Test("a duplicate key is reported at its second occurrence, with the first as related")
    func duplicateKeyPointsAtSecond() {
        let document = read("a: 1\nb:\n  c: 2\n  c: 3\n")
        #expect(document.problems == [
            YAMLProblem(.duplicateKey(key: "c"), at: SourceLocation(line: 4, column: 3),
                        related: SourceLocation(line: 3, column: 3)),
        ])
        #expect(value(value(document.root, "b"), "c")?.scalar?.text == "2")
    }

    @Test("merge keys bring in an anchor's keys without overriding written ones")
    func mergeKeys() throws {
        let document = read("base: &b {x: 1, y: 2}\nuse:\n  <<: *b\n  y: 3\n")
        #expect(document.problems.isEmpty)
        let use = value(document.root, "use")
        #expect(value(use, "x")?.scalar?.text == "1")
        #expect(value(use, "y")?.scalar?.text == "3")
    }

    @Test("an alias points where it is used")
    func aliasLocation() throws {
        let document = read("a: &u งานคลัง\nb: *u\n")
        #expect(value(document.root, "b")?.scalar?.text == "งานคลัง")
        #expect(value(document.root, "b")?.location == SourceLocation(line: 2, column: 4))
    }

    @Test("an undefined alias is reported where it is used")
    func undefinedAlias() {
        let document = read("a: 1\nb: *nothing\n")
        #expect(document.problems == [YAMLProblem(.undefinedAlias(name: "nothing"), at: SourceLocation(line: 2, column: 4))])
    }

    @Test("a billion-laughs alias bomb stops at the expansion limit, at the alias that crosses it")
    func aliasBomb() {
        let document = read(HostileYAML.billionLaughs)
        #expect(document.root == nil)
        #expect(document.problems == [YAMLProblem(.aliasLimit(limit: 10_000), at: SourceLocation(line: 5, column: 8))])
    }

    @Test("nesting deeper than the limit stops reading at the first node too deep")
    func deepNesting() {
        let document = read(String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000))
        #expect(document.problems == [YAMLProblem(.depthLimit(limit: 64), at: SourceLocation(line: 1, column: 65))])
        let blockDepth = (0..<200).map { String(repeating: "  ", count: $0) + "k:" }.joined(separator: "\n") + " 1\n"
        #expect(read(blockDepth).problems.first?.kind == .depthLimit(limit: 64))
    }

    @Test("a file over the size limit is refused before parsing")
    func tooLarge() {
        let document = read("a: 123456789\n", limits: YAMLLimits(maxBytes: 8))
        #expect(document.problems == [YAMLProblem(.tooLarge(bytes: 13, limit: 8), at: .start)])
    }

    @Test("a UTF-8 byte order mark does not shift columns")
    func byteOrderMark() throws {
        let document = YAMLReader().read(SourceText(bytes: [0xEF, 0xBB, 0xBF] + Array("a: 1\nb: [\n".utf8)))
        #expect(document.problems.first?.location == SourceLocation(line: 3, column: 1))
        let clean = YAMLReader().read(SourceText(bytes: [0xEF, 0xBB, 0xBF] + Array("a: 1\nb: 2\n".utf8)))
        #expect(clean.problems.isEmpty)
        #expect(value(clean.root, "a")?.location == SourceLocation(line: 1, column: 4))
    }

    @Test("CRLF line ends count as one line break")
    func crlf() {
        let document = read("a: 1\r\nb: 2\r\nc: [\r\n")
        #expect(value(read("a: 1\r\nb: 2\r\n").root, "b")?.location == SourceLocation(line: 2, column: 4))
        #expect(document.problems.first?.location.line == 4)
    }

    @Test("invalid UTF-8 is located at the bad byte")
    func invalidUTF8() {
        let document = YAMLReader().read(SourceText(bytes: Array("a: 1\nb: caf".utf8) + [0xE9] + Array("\n".utf8)))
        #expect(document.problems == [YAMLProblem(.invalidUTF8(byte: 0xE9), at: SourceLocation(line: 2, column: 7))])
    }

    @Test("a NUL byte makes the file binary")
    func binary() {
        let document = YAMLReader().read(SourceText(bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00]))
        // 0x89 is not UTF-8 either, but the NUL says what the file is: binary, at the NUL.
        #expect(document.problems == [YAMLProblem(.binary, at: SourceLocation(line: 3, column: 1))])
        let zip = YAMLReader().read(SourceText(bytes: Array("PK".utf8) + [0x03, 0x04, 0x00, 0x00]))
        #expect(zip.problems == [YAMLProblem(.binary, at: SourceLocation(line: 1, column: 5))])
    }

    @Test("a UTF-16 file is named as such")
    func utf16() {
        let document = YAMLReader().read(SourceText(bytes: [0xFF, 0xFE, 0x61, 0x00]))
        #expect(document.problems == [YAMLProblem(.otherEncoding(name: "UTF-16LE"), at: .start)])
    }

    @Test("a control character is a syntax problem at its own column")
    func controlCharacter() {
        let document = YAMLReader().read(SourceText(bytes: Array("a: 1\nb: x".utf8) + [0x01] + Array("y\n".utf8)))
        #expect(document.problems.first?.location == SourceLocation(line: 2, column: 5))
    }

    @Test("tab indentation is a syntax problem on its line")
    func tabs() {
        let document = read("a:\n\tb: 1\n")
        #expect(document.problems.first?.location == SourceLocation(line: 2, column: 1))
        if case .syntax = document.problems.first?.kind {} else { Issue.record("expected a syntax problem") }
    }

    @Test("a second document is reported where it starts")
    func multipleDocuments() {
        let document = read("a: 1\n---\nb: 2\n")
        #expect(document.problems == [YAMLProblem(.multipleDocuments, at: SourceLocation(line: 2, column: 1))])
    }

    @Test("an empty file and a comment-only file have no root")
    func empty() {
        #expect(read("").root == nil)
        #expect(read("# nothing here\n").root == nil)
        #expect(read("").problems.isEmpty)
    }
}
