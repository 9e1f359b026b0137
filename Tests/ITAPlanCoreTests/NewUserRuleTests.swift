import ITAPlanCore
import ITAPlanTestSupport
import Testing

/// Issue 18's rules: what a new user's plan got past unnoticed. Each finding
/// is checked in both languages, word for word.
@Suite("Rules a new user's day needed")
struct NewUserRuleTests {
    private func words(_ checked: CheckedPlan, _ rule: RuleID) -> (th: [String], en: [String]) {
        let found = checked.findings.filter { $0.rule == rule }
        return (found.map { $0.message.text(in: .thai) }, found.map { $0.message.text(in: .english) })
    }

    @Test("a step with no responsible unit, its own or its measure's, is an error; one of either is enough")
    func unassignedStep() throws {
        let minimal = try Fixtures.text("valid/minimal.yaml")
        let none = minimal.replacingOccurrences(of: "    responsible: งานประชาสัมพันธ์\n", with: "")
        let checked = Fixtures.check(none)
        #expect(checked.findings.map(\.rule) == [.unassignedStep, .unassignedStep])
        #expect(checked.errorCount == 2)
        let text = words(checked, .unassignedStep)
        #expect(text.th.first == "ขั้นตอน 1.1 ไม่มีผู้รับผิดชอบ ทั้งของขั้นตอนเองและของมาตรการ 1 ให้ระบุ 'responsible' ที่ขั้นตอนหรือที่มาตรการ")
        #expect(text.en.first == "step 1.1 has no responsible unit, neither its own nor measure 1's; add 'responsible' to the step or the measure")
        // The step's own unit is enough for that step.
        let own = none.replacingOccurrences(of: "        text: เผยแพร่ข้อมูล\n",
                                            with: "        text: เผยแพร่ข้อมูล\n        responsible: งานทะเบียน\n")
        #expect(Fixtures.check(own).findings.map(\.location.line) == [checked.findings[1].location.line + 1])
        // An empty list is no unit either.
        let empty = minimal.replacingOccurrences(of: "    responsible: งานประชาสัมพันธ์\n", with: "    responsible: []\n")
        #expect(Fixtures.check(empty).findings.map(\.rule) == [.unassignedStep, .unassignedStep])
    }

    @Test("a done record without by: warns, in Thai and English")
    func missingBy() throws {
        let checked = try Fixtures.check(file: Fixtures.url("invalid/missing-by.yaml"))
        #expect(checked.findings.map(\.rule) == [.missingBy])
        #expect(checked.findings.first?.severity == .warning)
        let text = words(checked, .missingBy)
        #expect(text.th == ["ขั้นตอน 1.2 งวด FY บันทึกว่าเสร็จแต่ไม่ระบุผู้บันทึก ('by')"])
        #expect(text.en == ["step 1.2, FY: marked done without saying who recorded it ('by')"])
        let signed = try Fixtures.text("invalid/missing-by.yaml") + "            by: งานประชาสัมพันธ์\n"
        #expect(Fixtures.check(signed).findings.isEmpty)
    }

    @Test("an evidence link with a space says the space is the problem and gives the link with %20")
    func evidenceSpace() throws {
        let plan = try Fixtures.text("invalid/missing-by.yaml")
            .replacingOccurrences(of: "https://example.go.th/report", with: "https://example.go.th/รายงาน ประจำปี.pdf")
            + "            by: งานประชาสัมพันธ์\n"
        let checked = Fixtures.check(plan)
        #expect(checked.findings.map(\.rule) == [.evidenceURL])
        let text = words(checked, .evidenceURL)
        #expect(text.th == ["ลิงก์หลักฐาน 'https://example.go.th/รายงาน ประจำปี.pdf' มีช่องว่าง ซึ่งลิงก์มีไม่ได้ ให้เขียนช่องว่างแต่ละช่องเป็น %20: 'https://example.go.th/รายงาน%20ประจำปี.pdf'"])
        #expect(text.en == ["evidence link 'https://example.go.th/รายงาน ประจำปี.pdf' holds a space, which a link cannot; write each space as %20: 'https://example.go.th/รายงาน%20ประจำปี.pdf'"])
        // Not an http(s) link at all: the old message, which is right for it.
        let ftp = plan.replacingOccurrences(of: "https://example.go.th/รายงาน ประจำปี.pdf", with: "ftp://example.go.th/a b")
        #expect(words(Fixtures.check(ftp), .evidenceURL).en == ["evidence must be an http(s) link, found 'ftp://example.go.th/a b'"])
    }

    @Test("evidence on facebook.com warns without a stated website; with agency.website any other host warns")
    func evidenceOffSite() throws {
        let base = try Fixtures.text("invalid/missing-by.yaml") + "            by: งานประชาสัมพันธ์\n"
        let facebook = base.replacingOccurrences(of: "https://example.go.th/report", with: "https://m.facebook.com/thotsop/posts/1")
        let checked = Fixtures.check(facebook)
        #expect(checked.findings.map(\.rule) == [.evidenceOffSite])
        #expect(checked.findings.first?.severity == .warning)
        let text = words(checked, .evidenceOffSite)
        #expect(text.th == ["ลิงก์หลักฐานอยู่บน m.facebook.com ไม่ใช่เว็บไซต์ของหน่วยงาน หลักฐาน OIT ต้องเป็นหน้าบนเว็บไซต์ของหน่วยงานเอง (ระบุเว็บไซต์ของหน่วยงานได้ที่ 'agency.website')"])
        #expect(text.en == ["evidence link is on m.facebook.com, not the agency's website; OIT evidence must be a page on the agency's own site (state the site in 'agency.website')"])
        // Without a stated site, an ordinary .go.th link is not second-guessed.
        #expect(Fixtures.check(base).findings.isEmpty)

        let stated = base.replacingOccurrences(of: "  kind: subdistrict-municipality\n",
                                               with: "  kind: subdistrict-municipality\n  website: [https://www.thotsop.go.th/, thotsop.org]\n")
        #expect(words(Fixtures.check(stated), .evidenceOffSite).en
            == ["evidence link is on example.go.th, not the agency's website (thotsop.go.th, thotsop.org); OIT evidence must be a page on the agency's own site"])
        let own = stated.replacingOccurrences(of: "https://example.go.th/report", with: "HTTPS://Www.ThotSop.go.th:443/ข่าว?id=1")
        #expect(Fixtures.check(own).findings.isEmpty)
        let subdomain = stated.replacingOccurrences(of: "https://example.go.th/report", with: "https://eservice.thotsop.go.th/x")
        #expect(Fixtures.check(subdomain).findings.isEmpty)
        let lookalike = stated.replacingOccurrences(of: "https://example.go.th/report", with: "https://evilthotsop.go.th/x")
        #expect(Fixtures.check(lookalike).findings.map(\.rule) == [.evidenceOffSite])
    }

    @Test("host names: scheme, user, port, www and case are dropped; Thai paths do not matter")
    func hosts() {
        #expect(WebHost.of("https://user@WWW.Phohak.go.th:8443/รายงาน ปี?x#y") == "phohak.go.th")
        #expect(WebHost.of("phohak.go.th.") == "phohak.go.th")
        #expect(WebHost.of("https://") == nil)
        #expect(WebHost.host("a.phohak.go.th", isOn: "phohak.go.th"))
        #expect(!WebHost.host("notphohak.go.th", isOn: "phohak.go.th"))
    }

    @Test("the init template's placeholders are errors, each worded in Thai and English; filled in, it is clean")
    func placeholders() throws {
        let template = try Fixtures.text("invalid/placeholder.yaml")
        let checked = Fixtures.check(template)
        #expect(checked.findings.map(\.rule) == [.placeholder, .placeholder, .placeholder, .placeholder])
        #expect(checked.errorCount == 4)
        let text = words(checked, .placeholder)
        #expect(text.th == [
            "ชื่อหน่วยงานยังเป็นข้อความของแม่แบบ 'ชื่อหน่วยงาน' ให้ใส่ชื่อหน่วยงานจริง",
            "คะแนนตัวชี้วัดทั้ง 10 ตัวยังเป็น 0 ตามแม่แบบ ให้ใส่คะแนน ITA ที่ประกาศจริง",
            "'text' ยังมีข้อความของแม่แบบ '(แก้ไขข้อความนี้)' ให้แก้เป็นข้อความจริง",
            "'title' ยังมีข้อความของแม่แบบ '(ตัวอย่าง · an example)' ให้แก้เป็นข้อความจริง",
        ])
        #expect(text.en == [
            "the agency's name is still the template's placeholder 'ชื่อหน่วยงาน'; write the agency's real name",
            "all 10 indicator scores are still the template's 0; write the published ITA scores",
            "'text' still holds the template's placeholder '(แก้ไขข้อความนี้)'; replace it with the real text",
            "'title' still holds the template's placeholder '(ตัวอย่าง · an example)'; replace it with the real text",
        ])
        var filled = template
            .replacingOccurrences(of: "name: ชื่อหน่วยงาน ", with: "name: เทศบาลตำบลตัวอย่าง ")
            .replacingOccurrences(of: " (แก้ไขข้อความนี้)", with: "")
            .replacingOccurrences(of: " (ตัวอย่าง · an example)", with: "")
        filled = filled.replacingOccurrences(of: "number: 1, tool: IIT, name: การปฏิบัติหน้าที่, score: 0",
                                             with: "number: 1, tool: IIT, name: การปฏิบัติหน้าที่, score: 88.5")
        let clean = Fixtures.check(filled)
        #expect(clean.errorCount == 0, "\(clean.findings.map { ($0.rule, $0.location) })")
        // One real score of 0 among real scores is a score, not a placeholder.
        #expect(!clean.findings.contains { $0.rule == .placeholder })
    }
}
