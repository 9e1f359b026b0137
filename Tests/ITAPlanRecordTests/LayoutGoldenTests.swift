import ITAPlanCore
import ITAPlanRecord
import ITAPlanTestSupport
import Testing

/// Each test gives a step as a file might lay it out and the exact text
/// after `record`: only added bytes, in the file's own style.
@Suite("record keeps the file's layout")
struct LayoutGoldenTests {
    /// The text after recording; the test fails on a refusal.
    private func recorded(_ steps: String, _ entry: ProgressEntry = Recording.done("1.1", "Q2"),
                          lineBreak: String = "\n") throws -> String {
        try Recording.record(entry, in: Recording.plan(steps: steps, lineBreak: lineBreak)).get()
    }

    private func expectOnlyAdded(_ before: String, _ after: String, sourceLocation: SourceLocation = #_sourceLocation) {
        // Removing the added bytes gives back the original: every old byte kept, in order.
        var old = Substring(before)
        for character in after where old.first == character { old = old.dropFirst() }
        #expect(old.isEmpty, "an original byte was changed or dropped", sourceLocation: sourceLocation)
    }

    @Test("flow list of flow mappings: the record joins the list in the same style")
    func flowList() throws {
        let steps = """
            steps:
              - id: 1.1
                text: รายงาน
                schedule: quarterly
                progress: [{period: Q1, done: 2563-12-20, evidence: "https://example.go.th/q1"}]

        """
        let after = try recorded(steps)
        #expect(after == Recording.plan(steps: """
            steps:
              - id: 1.1
                text: รายงาน
                schedule: quarterly
                progress: [{period: Q1, done: 2563-12-20, evidence: "https://example.go.th/q1"}, {period: Q2, done: 2564-03-20, evidence: https://example.go.th/e}]

        """))
    }

    @Test("an empty flow list gets the record inside its brackets")
    func emptyFlowList() throws {
        let steps = "    steps:\n      - id: 1.1\n        text: รายงาน\n        schedule: quarterly\n        progress: []   # none yet\n"
        let after = try recorded(steps)
        #expect(after == Recording.plan(steps: "    steps:\n      - id: 1.1\n        text: รายงาน\n        schedule: quarterly\n        progress: [{ period: Q2, done: 2564-03-20, evidence: https://example.go.th/e }]   # none yet\n"))
    }

    @Test("comments between and after records stay where they are; the record goes after the last record's comments")
    func comments() throws {
        let steps = """
            steps:
              - id: 1.1
                text: รายงาน
                schedule: quarterly
                progress:
                  # ไตรมาสแรก
                  - period: Q1   # ส่งช้า
                    done: 2563-12-20
                    evidence: https://example.go.th/q1
                    # หลักฐานเพิ่มเติมส่งทางอีเมล
              # ขั้นตอนถัดไป
              - id: 1.2
                text: อื่น ๆ

        """
        let after = try recorded(steps)
        #expect(after == Recording.plan(steps: """
            steps:
              - id: 1.1
                text: รายงาน
                schedule: quarterly
                progress:
                  # ไตรมาสแรก
                  - period: Q1   # ส่งช้า
                    done: 2563-12-20
                    evidence: https://example.go.th/q1
                    # หลักฐานเพิ่มเติมส่งทางอีเมล
                  - period: Q2
                    done: 2564-03-20
                    evidence: https://example.go.th/e
              # ขั้นตอนถัดไป
              - id: 1.2
                text: อื่น ๆ

        """))
    }

    @Test("CRLF line ends: the new lines end in CRLF too")
    func crlf() throws {
        let steps = "    steps:\n      - id: 1.1\n        text: รายงาน\n        schedule: quarterly\n        progress:\n          - period: Q1\n            done: 2563-12-20\n            evidence: https://example.go.th/q1\n"
        let after = try recorded(steps, lineBreak: "\r\n")
        let expected = steps + "          - period: Q2\n            done: 2564-03-20\n            evidence: https://example.go.th/e\n"
        #expect(after == Recording.plan(steps: expected, lineBreak: "\r\n"))
        #expect(!after.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    @Test("four-space indentation and an indentless list: a new progress key follows the file's steps list")
    func fourSpaces() throws {
        let steps = """
            steps:
            -   id: 1.1
                text: รายงาน
                schedule: { by: 2564-03-31 }
            -   id: 1.2
                text: อื่น ๆ

        """
        let after = try recorded(steps, Recording.done("1.1"))
        #expect(after == Recording.plan(steps: """
            steps:
            -   id: 1.1
                text: รายงาน
                schedule: { by: 2564-03-31 }
                progress:
                -   done: 2564-03-20
                    evidence: https://example.go.th/e
            -   id: 1.2
                text: อื่น ๆ

        """))
    }

    @Test("four-space indentation in an existing list: the record lines up with its neighbours")
    func fourSpaceRecords() throws {
        let steps = """
            steps:
                -   id: 1.1
                    text: รายงาน
                    schedule: quarterly
                    progress:
                        -   period: Q1
                            done: 2563-12-20
                            evidence: https://example.go.th/q1

        """
        let after = try recorded(steps)
        #expect(after == Recording.plan(steps: steps + """
                        -   period: Q2
                            done: 2564-03-20
                            evidence: https://example.go.th/e

        """))
    }

    @Test("quoted keys: the new keys are quoted the same way, in the order the last record used")
    func quotedKeys() throws {
        let steps = """
            steps:
              - "id": 1.1
                "text": รายงาน
                "schedule": quarterly
                "progress":
                  - "done": 2563-12-20
                    "period": 'Q1'
                    "evidence": https://example.go.th/q1

        """
        let after = try recorded(steps, Recording.done("1.1", "Q2", by: "ฝ่าย: พัสดุ"))
        #expect(after == Recording.plan(steps: steps + """
                  - "done": 2564-03-20
                    "period": Q2
                    "evidence": https://example.go.th/e
                    "by": "ฝ่าย: พัสดุ"

        """))
    }

    @Test("a file without a final line end: the record becomes the last line, still without one")
    func noFinalNewline() throws {
        let steps = "    steps:\n      - id: 1.1\n        text: รายงาน\n        schedule: quarterly\n        progress:\n          - period: Q1\n            done: 2563-12-20\n            evidence: https://example.go.th/q1"
        let after = try recorded(steps)
        #expect(after == Recording.plan(steps: steps + "\n          - period: Q2\n            done: 2564-03-20\n            evidence: https://example.go.th/e"))
    }

    @Test("a step written as a flow mapping gets its progress inside the braces")
    func flowStep() throws {
        let steps = "    steps:\n      - { id: 1.1, text: รายงาน, schedule: quarterly }\n"
        let after = try recorded(steps)
        let before = Recording.plan(steps: steps)
        #expect(after == Recording.plan(steps: "    steps:\n      - { id: 1.1, text: รายงาน, schedule: quarterly, progress: [{ period: Q2, done: 2564-03-20, evidence: https://example.go.th/e }] }\n"))
        expectOnlyAdded(before, after)
    }

    @Test("a block scalar as the step's last value: the key goes after it, the text kept whole")
    func blockScalarLast() throws {
        let steps = "    steps:\n      - id: 1.1\n        schedule: { by: 2564-03-31 }\n        text: |\n          บรรทัดแรก\n          บรรทัดสอง\n\n      - id: 1.2\n        text: อื่น ๆ\n"
        let after = try recorded(steps, Recording.done("1.1"))
        #expect(after == Recording.plan(steps: "    steps:\n      - id: 1.1\n        schedule: { by: 2564-03-31 }\n        text: |\n          บรรทัดแรก\n          บรรทัดสอง\n        progress:\n          - done: 2564-03-20\n            evidence: https://example.go.th/e\n\n      - id: 1.2\n        text: อื่น ๆ\n"))
    }
}

@Suite("record on files with a byte order mark")
struct ByteOrderMarkRecordTests {
    @Test("a BOM and CRLF: the mark stays first, the record lands after the last one with CRLF")
    func bom() throws {
        let steps = "    steps:\n      - id: 1.1\n        text: รายงาน\n        schedule: quarterly\n        progress:\n          - period: Q1\n            done: 2563-12-20\n            evidence: https://example.go.th/q1\n"
        let text = "\u{FEFF}" + Recording.plan(steps: steps, lineBreak: "\r\n")
        let after = try Recording.record(Recording.done("1.1", "Q2", by: "NO"), in: text).get()
        let added = "          - period: Q2\r\n            done: 2564-03-20\r\n            evidence: https://example.go.th/e\r\n            by: \"NO\"\r\n"
        #expect(after == text + added)
    }
}
