import Foundation
import ITAPlanTestSupport
import Testing

/// `report --format html` over a repository of many plans, in a real browser.
@Suite("many-plan dashboard, end to end", .serialized)
struct ManyPlanReportTests {
    /// 24 copies of the seed plan, each its own agency, in two provinces.
    static func plans(in directory: URL) throws -> URL {
        let folder = directory.appendingPathComponent("plans")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let seed = try String(contentsOf: Fixtures.seedPlan, encoding: .utf8)
        for index in 0..<24 {
            let province = index % 2 == 0 ? "ราชบุรี" : "ลำปาง"
            try seed.replacingOccurrences(of: "  name: เทศบาลตำบลโพหัก\n", with: "  name: หน่วยงาน\(province)ที่\(index)\n")
                .replacingOccurrences(of: "  province: ราชบุรี", with: "  province: \(province)")
                .write(to: folder.appendingPathComponent(String(format: "p%02d.yaml", index)), atomically: true, encoding: .utf8)
        }
        return folder
    }

    @Test("the overview lists every plan; checking a province filter hides the other province's plans")
    func filterByProvince() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let folder = try Self.plans(in: directory)
        let page = directory.appendingPathComponent("dashboard.html")
        let run = try BinaryRunner.run(["report", folder.path, "--format", "html", "--as-of", "2021-03-31",
                                        "--output", page.path], in: directory)
        #expect(run.status == 0, "\(run.stderr)")
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.components(separatedBy: "<tr class=\"plan-row").count - 1 == 24)
        #expect(!html.contains("<script"))

        // Check ลำปาง's radio, as a reader's tap would, and print what shows.
        let lampang = try #require(html.range(of: #"id="(pv-[0-9]+)"> ลำปาง"#, options: .regularExpression))
        let id = String(html[lampang].dropFirst(4).prefix { $0 != "\"" })
        let filtered = html.replacingOccurrences(of: "id=\"pv-all\" checked", with: "id=\"pv-all\"")
            .replacingOccurrences(of: "id=\"\(id)\">", with: "id=\"\(id)\" checked>")
        let filteredPage = directory.appendingPathComponent("filtered.html")
        try filtered.write(to: filteredPage, atomically: true, encoding: .utf8)
        for (file, name) in [(page, "all.pdf"), (filteredPage, "filtered.pdf")] {
            let pdf = directory.appendingPathComponent(name)
            let print = try Chromium.run(["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)"], page: file)
            #expect(print.console.isEmpty, "\(print.console)")
            let text = PDFText.squeezed(try Chromium.tool("pdftotext", [pdf.path, "-"]).output)
            #expect(text.contains("หน่วยงานลำปางที่1"))
            #expect(text.contains("หน่วยงานลำปางที่23"))
            if name == "all.pdf" {
                #expect(text.contains("หน่วยงานราชบุรีที่0") && text.contains("หน่วยงานราชบุรีที่22"))
            } else {
                #expect(!text.contains("หน่วยงานราชบุรีที่"), "a plan of the other province still shows")
            }
        }
    }

    @Test("at phone width the overview lays out at 390 pixels and logs nothing")
    func phoneWidth() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let folder = try Self.plans(in: directory)
        let page = directory.appendingPathComponent("dashboard.html")
        #expect(try BinaryRunner.run(["report", folder.path, "--format", "html", "--as-of", "2021-03-31",
                                      "--output", page.path], in: directory).status == 0)
        let screenshot = directory.appendingPathComponent("phone.png")
        let shot = try Chromium.run(["--screenshot=\(screenshot.path)", "--window-size=390,1600", "--hide-scrollbars"], page: page)
        #expect(shot.console.isEmpty, "\(shot.console)")
        let png = try Data(contentsOf: screenshot)
        #expect(png[16..<20].reduce(0) { $0 << 8 | Int($1) } == 390)
    }
}
