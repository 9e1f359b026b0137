import Foundation
import ITAPlanTestSupport
import Testing

/// Reports as a user makes them, checked in a real browser (headless
/// Chromium) and turned into a real PDF.
@Suite("itaplan report, end to end", .serialized)
struct ReportCommandTests {
    /// A valid plan whose every free text carries script and markup payloads.
    static func hostilePlan() throws -> String {
        try Fixtures.text("valid/minimal.yaml")
            .replacingOccurrences(of: "  name: เทศบาลตำบลทดสอบ",
                                  with: "  name: \"<script>console.error('XSS-agency')</script>เทศบาล\"")
            .replacingOccurrences(of: "    title: มาตรการเผยแพร่ข้อมูล",
                                  with: "    title: \"<img src=x onerror=\\\"console.error('XSS-title')\\\">มาตรการ\"")
            .replacingOccurrences(of: "        text: เผยแพร่ข้อมูล",
                                  with: "        text: \"\\\"><svg onload=console.error('XSS-step')>ขั้นตอน\"")
            .replacingOccurrences(of: "    responsible: งานประชาสัมพันธ์",
                                  with: "    responsible: \"</td></tr></table><script>console.error('XSS-unit')</script>\"")
            .replacingOccurrences(of: "      text: คะแนน OIT ต่ำกว่าเกณฑ์",
                                  with: "      text: \"{{labels.none}} <iframe src=\\\"javascript:console.error('XSS-iframe')\\\"></iframe>\"")
    }

    private func report(_ format: String, plan: String, in directory: URL) throws -> URL {
        try plan.write(to: directory.appendingPathComponent("plan.yaml"), atomically: true, encoding: .utf8)
        let output = directory.appendingPathComponent("\(format).html")
        let result = try BinaryRunner.run(["report", "plan.yaml", "--format", format, "--as-of", "2021-03-31",
                                           "--output", output.path], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        return output
    }

    @Test("the HTML dashboard renders in Chromium, logs nothing, and its charts are inline SVG")
    func dashboardRenders() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let page = try report("html", plan: try String(contentsOf: Fixtures.seedPlan, encoding: .utf8), in: directory)
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(!html.contains("<script"))
        // Nothing on the page loads from elsewhere: every URL in it is the SVG
        // namespace or a link a reader follows; no stylesheet, image, frame or import.
        let urlAttributes = Set(html.matches(of: /([A-Za-z:-]+)\s*=\s*["']?\s*(?:https?:)?\/\//).map { String($0.1) })
        #expect(urlAttributes.contains("xmlns"), "the check found no URL at all: \(urlAttributes)")
        #expect(urlAttributes.isSubset(of: ["xmlns", "href"]), "\(urlAttributes)")
        #expect(html.matches(of: /<(?:link|base|use|image)\b[^>]*href\s*=\s*["']?\s*(?:https?:)?\/\//).isEmpty)
        #expect(!html.contains("@import") && html.matches(of: /url\(\s*["']?\s*(?:https?:)?\/\//).isEmpty)
        // Three charts; the fourth (completion over time) needs git history, which a bare folder has not.
        #expect(html.components(separatedBy: "<svg ").count - 1 == 3)

        let screenshot = directory.appendingPathComponent("dashboard.png")
        let shot = try Chromium.run(["--screenshot=\(screenshot.path)", "--window-size=390,2400", "--hide-scrollbars"], page: page)
        #expect(shot.console.isEmpty, "\(shot.console)")
        let png = try Data(contentsOf: screenshot)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(png.count > 50_000)
        // The width Chromium laid the page out at is the phone's: 390 pixels.
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 390)
    }

    @Test("script and markup payloads in every plan text execute nothing, in the dashboard and the print page")
    func payloadsAreInert() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for format in ["html", "print"] {
            let page = try report(format, plan: try Self.hostilePlan(), in: directory)
            let run = try Chromium.run(["--dump-dom"], page: page)
            #expect(run.status == 0)
            #expect(run.console.isEmpty, "\(format): \(run.console)")
            let dom = run.stdout
            for element in ["<script", "<img", "<iframe", "<svg onload"] {
                #expect(!dom.contains(element), "\(format): \(element) made it into the DOM")
            }
            // No tag got an event handler attribute (the payloads' words stay as text).
            #expect(dom.range(of: #"<[a-zA-Z]+[^<>]*\son[a-z]+="#, options: .regularExpression) == nil)
            #expect(dom.contains("&lt;script&gt;console.error('XSS-agency')&lt;/script&gt;"), "\(format): payload not shown as text")
            if format == "print" {
                #expect(dom.contains("{{labels.none}}"), "template syntax in plan text was interpreted")
            }
        }
    }

    @Test("the print page becomes an A4 PDF through Chromium; pdftoppm renders it; Thai text uses a Thai font")
    func printToPDF() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let page = try report("print", plan: try String(contentsOf: Fixtures.seedPlan, encoding: .utf8), in: directory)
        let pdf = directory.appendingPathComponent("measures.pdf")
        let run = try Chromium.run(["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)"], page: page)
        #expect(run.console.isEmpty, "\(run.console)")
        #expect(FileManager.default.fileExists(atPath: pdf.path))

        let info = try Chromium.tool("pdfinfo", [pdf.path])
        // The analysis page is portrait A4 (the measures pages are landscape: OfficialDocumentTests).
        #expect(info.output.contains("594.96 x 841.92 pts (A4)"), "\(info.output)")
        // Every font in the PDF is a Thai-capable one, so no Thai letter fell back to a box.
        let fonts = try Chromium.tool("pdffonts", [pdf.path]).output.split(separator: "\n").dropFirst(2)
        #expect(!fonts.isEmpty)
        let thaiFamilies = ["Norasi", "Garuda", "Loma", "Sarabun", "Kinnari", "Laksaman", "Umpush", "Waree",
                            "Sawasdee", "Purisa", "Tlwg", "NotoSansThai", "NotoSerifThai", "Kanit"]
        for font in fonts {
            #expect(thaiFamilies.contains { font.contains($0) }, "a non-Thai font was used: \(font)")
        }
        // The portrait title wraps: compare without line breaks and spaces.
        let text = PDFText.squeezed(try Chromium.tool("pdftotext", ["-layout", pdf.path, "-"]).output)
        #expect(text.contains("มาตรการส่งเสริมคุณธรรมและความโปร่งใสของเทศบาลตำบลโพหัก"))
        #expect(text.contains("๖๙.๕๘"))
        #expect(text.contains("ขั้นตอนและวิธีการ"))

        let prefix = directory.appendingPathComponent("page").path
        #expect(try Chromium.tool("pdftoppm", ["-r", "50", "-png", pdf.path, prefix]).status == 0)
        let pages = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix("page-") }
        #expect(pages.count >= 2)
        for name in pages {
            let size = try Data(contentsOf: directory.appendingPathComponent(name)).count
            #expect(size > 10_000, "\(name) looks blank")
        }
    }

    @Test("--diff with a --plans-dir neither revision has is an error naming it, not 'no changes'; plans/ is plans")
    func diffMissingFolder() throws {
        let sandbox = try GitSandbox()
        let seed = try String(contentsOf: Fixtures.seedPlan, encoding: .utf8)
        try sandbox.write("plans/pho-hak-2564.yaml", seed)
        try sandbox.commitAll("plans")
        try sandbox.write("plans/pho-hak-2564.yaml", seed.replacingOccurrences(of: "done: 2564-02-09", with: "done: 2564-02-08"))
        try sandbox.commitAll("edit")
        let typo = try sandbox.itaplan(["report", "--diff", "HEAD~1..HEAD", "--plans-dir", "plan", "--lang", "en"])
        #expect(typo.status == 2)
        #expect(typo.stderr.contains("no commit in this history has a folder \"plan\""), "\(typo.stdout)\(typo.stderr)")
        #expect(!typo.stdout.contains("No changes"))
        let slash = try sandbox.itaplan(["report", "--diff", "HEAD~1..HEAD", "--plans-dir", "plans/", "--as-of", "2021-03-31", "--lang", "en"])
        #expect(slash.status == 0, "\(slash.stderr)")
        #expect(slash.stdout.contains("plans/pho-hak-2564.yaml"))
    }

    @Test("--diff reports meaning, not text: a new progress record and the state it changes")
    func diff() throws {
        let sandbox = try GitSandbox()
        let seed = try String(contentsOf: Fixtures.seedPlan, encoding: .utf8)
        try sandbox.write("plans/pho-hak-2564.yaml", seed)
        try sandbox.commitAll("plans")
        let record = "          - period: 2564-02\n            done: 2564-03-20\n"
            + "            evidence: https://www.phohak.go.th/complaints/stats-2564-02\n            by: นิติกร สำนักปลัดเทศบาล\n"
        let anchor = "            evidence: https://www.phohak.go.th/complaints/stats-2564-01\n            by: นิติกร สำนักปลัดเทศบาล\n"
        #expect(seed.contains(anchor))
        try sandbox.write("plans/pho-hak-2564.yaml", seed.replacingOccurrences(of: anchor, with: anchor + record))
        try sandbox.commitAll("February report")
        let result = try sandbox.itaplan(["report", "--diff", "HEAD~1..HEAD", "--as-of", "2021-03-31", "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("step 4.3 \\(Feb 2021\\) recorded: done 2021-03-20 · evidence https\\://www\\.phohak.go.th/complaints/stats-2564-02"),
                "a plan's URL is shown, never made a link: \(result.stdout)")
        #expect(result.stdout.contains("step 4.3 \\(Feb 2021\\): overdue → done late"))
        #expect(result.stdout.contains("20/25 80% → 21/25 84%"))
        let json = try sandbox.itaplan(["report", "--diff", "HEAD~1..HEAD", "--as-of", "2021-03-31", "--format", "json"])
        #expect(json.stdout.contains("\"format\" : \"itaplan-diff\""))
        let bad = try sandbox.itaplan(["report", "--diff", "nope..HEAD"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("no such revision"))
    }
    @Test("--diff A...B compares B with the merge base of A and B, as git diff does; no merge base is a clear error")
    func threeDotDiff() throws {
        let sandbox = try GitSandbox()
        let seed = try String(contentsOf: Fixtures.seedPlan, encoding: .utf8)
        try sandbox.write("plans/pho-hak-2564.yaml", seed)
        try sandbox.commitAll("plans")
        try sandbox.git(["branch", "side"])
        let record = "          - period: 2564-02\n            done: 2564-03-20\n"
            + "            evidence: https://www.phohak.go.th/complaints/stats-2564-02\n            by: นิติกร สำนักปลัดเทศบาล\n"
        let anchor = "            evidence: https://www.phohak.go.th/complaints/stats-2564-01\n            by: นิติกร สำนักปลัดเทศบาล\n"
        try sandbox.write("plans/pho-hak-2564.yaml", seed.replacingOccurrences(of: anchor, with: anchor + record))
        try sandbox.commitAll("February report")
        try sandbox.git(["checkout", "-q", "side"])
        try sandbox.write("notes.txt", "elsewhere\n")
        try sandbox.commitAll("a note on the side branch")
        let february = "step 4.3 \\(Feb 2021\\)"

        // main...side: the merge base (the first commit) against side, which changed no plan.
        let fromBase = try sandbox.itaplan(["report", "--diff", "main...side", "--as-of", "2021-03-31", "--lang", "en"])
        #expect(fromBase.status == 0, "\(fromBase.stderr)")
        #expect(!fromBase.stdout.contains(february), "\(fromBase.stdout)")
        #expect(!fromBase.stderr.contains("Invalid pattern"), "\(fromBase.stderr)")
        // main..side compares the two tips: February's record is gone on side.
        let tips = try sandbox.itaplan(["report", "--diff", "main..side", "--as-of", "2021-03-31", "--lang", "en"])
        #expect(tips.stdout.contains(february), "\(tips.stdout)")
        // side...main: the merge base against main, February's record added.
        let added = try sandbox.itaplan(["report", "--diff", "side...main", "--as-of", "2021-03-31", "--lang", "en"])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("step 4.3 \\(Feb 2021\\): overdue → done late"), "\(added.stdout)")
        // An empty side means HEAD, as git reads it.
        let head = try sandbox.itaplan(["report", "--diff", "main...", "--as-of", "2021-03-31", "--lang", "en"])
        #expect(head.status == 0, "\(head.stderr)")
        #expect(!head.stdout.contains(february))

        try sandbox.git(["checkout", "-q", "--orphan", "unrelated"])
        try sandbox.commitAll("no shared history")
        let unrelated = try sandbox.itaplan(["report", "--diff", "main...unrelated", "--lang", "en"])
        #expect(unrelated.status == 2, "\(unrelated.stderr)")
        #expect(unrelated.stderr == "itaplan: --diff \"main...unrelated\": main and unrelated have no common history (no merge base); compare the two tips with main..unrelated\n",
                "\(unrelated.stderr)")
        let thai = try sandbox.itaplan(["report", "--diff", "main...unrelated", "--lang", "th"])
        #expect(thai.stderr.contains("ไม่มีประวัติร่วมกัน"), "\(thai.stderr)")
    }
}
