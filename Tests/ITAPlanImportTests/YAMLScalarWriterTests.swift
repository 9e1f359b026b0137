import ITAPlanImport
import ITAPlanYAML
import Testing

@Suite("Writing YAML scalars")
struct YAMLScalarWriterTests {
    static let tricky: [String] = [
        ": ", "a: b", "ends:", "key:value", "#", "a #b", "a#b", "#comment",
        "no", "No", "NO", "yes", "Y", "n", "on", "OFF", "true", "False", "null", "Null", "~", "", "=", "<<",
        "1.10", "1", "-1", "+2", "0x1F", "0o17", "1e3", ".5", "1_000", "1:30", ".inf", "-.Inf", ".NaN",
        "2564-01-15", "2021-01-15 10:00:00", "2021-01-15T10:00:00Z",
        "-leading", "- item", "-รายไตรมาส ประจำปี งบประมาณ ๒๕๖๔", "--- document", "... end",
        "\"quoted\"", "'single'", "it's", "say \"hi\"", "back\\slash", "tab\there", "line\nbreak", "cr\rlf",
        " lead", "trail ", "\u{A0}nbsp", "in\u{A0}side", "nel\u{85}", "ls\u{2028}ps\u{2029}", "bom\u{FEFF}", "bell\u{7}",
        "?question", "[list]", "{map}", "a, b", "a[0]", "*alias", "&anchor", "!tag", "|pipe", ">fold",
        "%directive", "@at", "`tick", "http://example.com/a?b=c#frag",
        "มาตรการส่งเสริมคุณธรรมและความโปร่งใสของเทศบาลตำบลโพหัก ประจำปีงบประมาณ พ.ศ.๒๕๖๔",
        "๖๙.๕๘", "ค่า: ข้อความ", "งาน #1", "สำนัก/กอง/งาน ต่างๆ", "😀 emoji",
    ]

    private func read(_ yaml: String) -> String? {
        let document = YAMLReader().read(SourceText(yaml))
        guard document.problems.isEmpty, let pairs = document.root?.mapping, pairs.count == 1 else { return nil }
        let value = pairs[0].value
        if let scalar = value.scalar { return scalar.text }
        guard let inner = value.mapping, inner.count == 1 else { return nil }
        return inner[0].value.scalar?.text
    }

    @Test("every value reads back exactly, as a block value and inside { }", arguments: tricky)
    func roundTrip(_ text: String) {
        #expect(read("k: \(YAMLScalarWriter.scalar(text))\n") == text)
        #expect(read("k: { v: \(YAMLScalarWriter.scalar(text, inFlow: true)) }\n") == text)
    }

    @Test("what YAML could read as something else is quoted")
    func quoted() {
        for text in ["no", "ON", "null", "~", "1.10", "2564-01-15", "1:30", "a: b", "a #b", "-x", "", " x"] {
            #expect(YAMLScalarWriter.scalar(text).hasPrefix("\""), "\(text)")
        }
        #expect(YAMLScalarWriter.scalar("line\nbreak\t\"q\" \\") == #""line\nbreak\t\"q\" \\""#)
    }

    @Test("ordinary text, Thai text and text with harmless punctuation stay plain")
    func plain() {
        for text in ["เทศบาลตำบลโพหัก", "ประจำปี งบประมาณ ๒๕๖๔", "a#b", "key:value", "C", "งาน-ต่างๆ", "it's",
                     "say \"hi\"", "๖๙.๕๘", "http://example.com/x"] {
            #expect(YAMLScalarWriter.scalar(text) == text, "\(text)")
        }
        #expect(YAMLScalarWriter.scalar("a, b") == "a, b")
        #expect(YAMLScalarWriter.scalar("a, b", inFlow: true) == "\"a, b\"")
    }
}
