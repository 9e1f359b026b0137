import ITAPlanCore
import ITAPlanTestSupport
import Testing

@Suite("Reading values the way officers write them")
struct DecodingTests {
    private func minimal() throws -> String { try Fixtures.text("valid/minimal.yaml") }

    @Test("Thai digits count wherever a number or year is expected")
    func thaiDigits() throws {
        let yaml = try minimal()
            .replacingOccurrences(of: "fiscal_year: 2564", with: "fiscal_year: ๒๕๖๔")
            .replacingOccurrences(of: "total: 69.58", with: "total: ๖๙.๕๘")
            .replacingOccurrences(of: "score: 88.76", with: "score: ๘๘.๗๖")
            .replacingOccurrences(of: "- id: 1.1", with: "- id: ๑.๑")
        let checked = Fixtures.check(yaml)
        #expect(checked.findings.isEmpty)
        let plan = try #require(checked.plan)
        #expect(plan.fiscalYear.value == 2564)
        #expect(plan.ita.total?.value == 69.58)
        #expect(plan.ita.indicators[0].score.value == 88.76)
        #expect(plan.measures[0].steps[0].id.value == "1.1")
    }

    @Test("1.10 stays an id distinct from 1.1, and no/yes stay text")
    func yaml11Surprises() throws {
        let yaml = try minimal().replacingOccurrences(
            of: "      - id: 1.2\n        text: ตรวจสอบข้อมูล\n",
            with: "      - id: 1.10\n        text: no\n      - id: 1.100\n        text: yes\n")
        let checked = Fixtures.check(yaml)
        #expect(checked.findings.isEmpty, "\(checked.findings)")
        let steps = try #require(checked.plan?.measures.first?.steps)
        #expect(steps.map(\.id.value) == ["1.1", "1.10", "1.100"])
        #expect(steps.map(\.text.value) == ["เผยแพร่ข้อมูล", "no", "yes"])
    }

    @Test("an agency kind may be written as its Thai name")
    func thaiAgencyKind() throws {
        let yaml = try minimal().replacingOccurrences(of: "kind: subdistrict-municipality", with: "kind: เทศบาลตำบล")
        let checked = Fixtures.check(yaml)
        #expect(checked.findings.isEmpty)
        #expect(checked.plan?.agency.kind?.value == "subdistrict-municipality")
    }

    @Test("responsible units may be one text or a list")
    func responsibleForms() throws {
        let single = try #require(Fixtures.check(try minimal()).plan)
        #expect(single.measures[0].responsible.map(\.value) == ["งานประชาสัมพันธ์"])
        let yaml = try minimal().replacingOccurrences(of: "responsible: งานประชาสัมพันธ์",
                                                      with: "responsible: [งานประชาสัมพันธ์, กองคลัง]")
        #expect(Fixtures.check(yaml).plan?.measures[0].responsible.map(\.value) == ["งานประชาสัมพันธ์", "กองคลัง"])
    }

    @Test("a score written as a boolean-looking word is a type error, not a guess")
    func booleanScore() throws {
        let yaml = try minimal().replacingOccurrences(of: "score: 88.76", with: "score: yes")
        let checked = Fixtures.check(yaml)
        #expect(checked.ruleIDs == ["type"])
        #expect(checked.findings.first?.message == .wrongType(key: "score", expected: .number, found: .scalar("yes")))
    }

    @Test("a key unknown at any depth is named with the object it is in and a suggestion")
    func unknownKeySuggestion() throws {
        let yaml = try minimal().replacingOccurrences(of: "    timeframe:", with: "    timefrme:")
        let checked = Fixtures.check(yaml)
        #expect(checked.findings.map(\.message) == [.unknownKey(key: "timefrme", in: "measure", suggestion: "timeframe")])
    }
}
