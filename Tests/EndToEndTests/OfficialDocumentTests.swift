import Foundation
import ITAPlanTestSupport
import Testing

/// The documents an agency publishes, made as a user makes them and read
/// back page by page: the PDF Chromium prints from the print layout, and
/// the Word file as LibreOffice lays it out.
@Suite("official documents: PDF and Word, end to end", .serialized)
struct OfficialDocumentTests {
    static let stepPlan = Fixtures.url("valid/step-schedules.yaml")

    /// What the measures table must hold, from the report's own JSON.
    struct Expected {
        var titles: [String] = [], steps: [String] = [], units: [String] = [], timeframes: [String] = []
        /// Each measure's steps, by measure.
        var stepsByMeasure: [[String]] = []
        var measuresHeading = ""
        var headers: [String] = []
    }

    static func expected(_ plan: URL, asOf: String) throws -> Expected {
        let run = try BinaryRunner.run(["report", plan.path, "--format", "json", "--lang", "th", "--thai-digits", "--as-of", asOf])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let labels = try #require(json["labels"] as? [String: Any])
        let report = try #require((json["plans"] as? [[String: Any]])?.first)
        var expected = Expected()
        expected.measuresHeading = try #require(report["measures_title"] as? String)
        expected.headers = ["measures_column", "steps_column", "responsible_column", "timeframe_column", "results_column",
                            "recommendations_column"].compactMap { labels[$0] as? String }
        for measure in try #require(report["measures"] as? [[String: Any]]) {
            expected.titles.append(try #require(measure["title"] as? String))
            let steps = (measure["steps"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
            expected.steps += steps
            expected.stepsByMeasure.append(steps)
            expected.units += measure["responsible_lines"] as? [String] ?? []
            expected.timeframes += measure["timeframe_lines"] as? [String] ?? []
        }
        return expected
    }

    /// The measures table's columns on a landscape A4 page: the left margin
    /// of 3 cm, the right of 2 cm, the widths of the print layout and the docx.
    static func columnEdges(pageWidth: Double) -> [Double] {
        let left = 30 / 25.4 * 72, right = 20 / 25.4 * 72
        let width = pageWidth - left - right
        return [0, 17, 41, 55, 70, 87, 100].map { left + width * Double($0) / 100 }
    }

    /// Each column's text over all landscape pages, header labels taken out,
    /// so a row that runs onto the next page reads on unbroken.
    static func columns(_ text: PDFText, headers: [String], normal: (String) -> String) -> [String] {
        var columns = Array(repeating: "", count: 6)
        for page in text.pages where page.isLandscape {
            for (index, column) in page.columns(columnEdges(pageWidth: page.width)).enumerated() {
                columns[index] += normal(column).replacingOccurrences(of: normal(headers[index]), with: "")
            }
        }
        return columns
    }

    /// Every measure, step, unit and timeframe is in its column.
    /// `marksApart`: LibreOffice's PDFs give a Thai tone mark after the
    /// next letter to pdftotext (ขัน้ for ขั้น), so there the marks above
    /// and below the line are left out of both sides before comparing.
    static func checkContents(_ text: PDFText, _ expected: Expected, _ what: String, marksApart: Bool = false,
                              sourceLocation: SourceLocation = #_sourceLocation) {
        let normal = { (text: String) in marksApart ? PDFText.withoutThaiMarks(PDFText.squeezed(text)) : PDFText.squeezed(text) }
        let columns = columns(text, headers: expected.headers, normal: normal)
        for (items, column) in [(expected.titles, 0), (expected.steps, 1), (expected.units, 2), (expected.timeframes, 3)] {
            for item in items {
                #expect(columns[column].contains(normal(item)), "\(what): column \(column + 1) lacks \(item)",
                        sourceLocation: sourceLocation)
            }
        }
    }

    /// A measure whose row runs onto a second page must have begun at the
    /// top of its first page, right under the header: it was moved whole as
    /// far as it could be, and split only because it is taller than a page.
    static func checkRowsSplitOnlyWhenTheyMust(_ text: PDFText, _ expected: Expected, _ what: String,
                                               sourceLocation: SourceLocation = #_sourceLocation) {
        let pages = text.pages.filter(\.isLandscape).map { page in
            page.columns(columnEdges(pageWidth: page.width)).enumerated().map { index, column in
                PDFText.squeezed(column).replacingOccurrences(of: PDFText.squeezed(expected.headers[index]), with: "")
            }
        }
        for (title, steps) in zip(expected.titles, expected.stepsByMeasure) {
            let head = String(PDFText.squeezed(title).prefix(12))
            guard let first = pages.firstIndex(where: { $0[0].contains(head) }), let lastStep = steps.last else { continue }
            let tail = String(PDFText.squeezed(lastStep).suffix(24))
            guard let last = pages.lastIndex(where: { $0[1].contains(tail) }), last > first else { continue }
            // On its first page the measure is the first row: nothing but the
            // heading (on the first measures page) comes before its title.
            let before = (pages[first][0].components(separatedBy: head).first ?? "")
                .replacingOccurrences(of: PDFText.squeezed(expected.measuresHeading), with: "")
            #expect(before.range(of: #"^[0-9๐-๙]+\.$"#, options: .regularExpression) != nil,
                    "\(what): \(title) split although it did not start its page: \(before)", sourceLocation: sourceLocation)
        }
    }

    private func make(_ format: String, plan: URL, asOf: String, in directory: URL,
                      environment: [String: String] = [:]) throws -> (URL, BinaryRunner.Output) {
        let output = directory.appendingPathComponent("measures.\(format)")
        let run = try BinaryRunner.run(["report", plan.path, "--format", format, "--as-of", asOf, "--output", output.path],
                                       in: directory, environment: environment)
        return (output, run)
    }

    @Test("report --format pdf: headers on every page, no stray heading fragments, every measure, unit and timeframe",
          arguments: [("seed", "2021-03-31"), ("step-schedules", "2026-11-30")])
    func pdf(_ name: String, _ asOf: String) throws {
        let plan = name == "seed" ? Fixtures.seedPlan : Self.stepPlan
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (pdf, run) = try make("pdf", plan: plan, asOf: asOf, in: directory)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try Data(contentsOf: pdf).starts(with: Array("%PDF".utf8)))
        let text = try PDFText(pdf: pdf)
        let expected = try Self.expected(plan, asOf: asOf)
        #expect(text.pages.count >= 2)
        // The analysis is portrait, then the measures table landscape; A4 both.
        #expect(text.pages.first?.isLandscape == false)
        #expect(text.pages.last?.isLandscape == true)
        for page in text.pages {
            #expect(abs(min(page.width, page.height) - 595) < 1 && abs(max(page.width, page.height) - 842) < 1)
        }
        let heading = PDFText.squeezed(expected.measuresHeading)
        var headingPages: [Int] = []
        for (number, page) in text.pages.enumerated() {
            let squeezed = PDFText.squeezed(page.text)
            if page.isLandscape {
                // Header cells wrap (ระยะเวลา / ดำเนินการ): read them by column.
                let columns = page.columns(Self.columnEdges(pageWidth: page.width)).map(PDFText.squeezed)
                for (header, column) in zip(expected.headers, columns) {
                    #expect(column.contains(PDFText.squeezed(header)), "page \(number + 1) lacks the header \(header)")
                }
            } else {
                #expect(squeezed.contains("ตัวชี้วัดITA") && squeezed.contains("ประเด็นที่ต้องแก้ไข/ปรับปรุง"),
                        "page \(number + 1) lacks the analysis table's header")
            }
            if squeezed.contains(heading) { headingPages.append(number) }
            // No fragment at the foot of a page: the last line is real text,
            // not a mark or two, and not a heading that lost its table.
            let last = PDFText.squeezed(page.lines.last ?? "")
            #expect(last.unicodeScalars.count > 3, "page \(number + 1) ends in a fragment: \(last)")
            #expect(!heading.hasPrefix(last) && !last.contains(heading), "page \(number + 1) ends with the heading")
        }
        // The measures heading is on one page, above the table on that page.
        #expect(headingPages.count == 1)
        if let page = headingPages.first {
            let squeezed = PDFText.squeezed(text.pages[page].text)
            let at = try #require(squeezed.range(of: heading))
            #expect(squeezed[at.upperBound...].contains("มาตรการ/"), "the heading is not above the table")
        }
        Self.checkContents(text, expected, "pdf of \(name)")
        Self.checkRowsSplitOnlyWhenTheyMust(text, expected, "pdf of \(name)")
    }

    @Test("no Chromium: a clear message, in Thai and in English, and exit 2")
    func pdfWithoutChromium() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let missing = ["ITAPLAN_CHROMIUM": "/nonexistent/chromium"]
        let (pdf, thai) = try make("pdf", plan: Fixtures.seedPlan, asOf: "2021-03-31", in: directory, environment: missing)
        #expect(thai.status == 2)
        #expect(thai.stderr.contains("ทำ PDF ไม่ได้: ไม่พบ Chromium"), "\(thai.stderr)")
        #expect(thai.stderr.contains("ITAPLAN_CHROMIUM=/nonexistent/chromium"))
        #expect(!FileManager.default.fileExists(atPath: pdf.path))
        let english = try BinaryRunner.run(["report", Fixtures.seedPlan.path, "--format", "pdf", "--lang", "en",
                                            "--output", pdf.path], in: directory, environment: missing)
        #expect(english.status == 2)
        #expect(english.stderr.contains("cannot make a PDF: Chromium was not found"), "\(english.stderr)")
        #expect(english.stderr.contains("apt-get install chromium"))
    }

    @Test("report --format docx: LibreOffice opens it; its PDF holds every measure, step, unit, timeframe and ๖๙.๕๘",
          arguments: [("seed", "2021-03-31"), ("step-schedules", "2026-11-30")])
    func docx(_ name: String, _ asOf: String) throws {
        let plan = name == "seed" ? Fixtures.seedPlan : Self.stepPlan
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (docx, run) = try make("docx", plan: plan, asOf: asOf, in: directory)
        #expect(run.status == 0, "\(run.stderr)")
        let convert = try ProcessRunner.run(command: "soffice", [
            "-env:UserInstallation=file://" + directory.appendingPathComponent("profile").path,
            "--headless", "--convert-to", "pdf", "--outdir", directory.path, docx.path,
        ])
        #expect(convert.status == 0, "\(convert.stderr)")
        let pdf = directory.appendingPathComponent("measures.pdf")
        let text = try PDFText(pdf: pdf)
        #expect(text.pages.first?.isLandscape == false)
        #expect(text.pages.last?.isLandscape == true)
        let expected = try Self.expected(plan, asOf: asOf)
        Self.checkContents(text, expected, "docx of \(name)", marksApart: true)
        let all = PDFText.squeezed(text.pages.map(\.text).joined())
        // The measures heading shares its page with the table, above it.
        let heading = PDFText.withoutThaiMarks(PDFText.squeezed(expected.measuresHeading))
        let headingPage = try #require(text.pages.first { PDFText.withoutThaiMarks(PDFText.squeezed($0.text)).contains(heading) })
        let onPage = PDFText.withoutThaiMarks(PDFText.squeezed(headingPage.text))
        #expect(onPage[try #require(onPage.range(of: heading)).upperBound...].contains("มาตรการ/"))
        if name == "seed" { #expect(all.contains("พบว่ามีผลคะแนน๖๙.๕๘คะแนน")) }
        // The header row repeats on every page of the measures table.
        for (number, page) in text.pages.enumerated() where page.isLandscape {
            let columns = page.columns(Self.columnEdges(pageWidth: page.width)).map { PDFText.withoutThaiMarks(PDFText.squeezed($0)) }
            for (header, column) in zip(expected.headers, columns) {
                #expect(column.contains(PDFText.withoutThaiMarks(PDFText.squeezed(header))), "page \(number + 1) lacks the header \(header)")
            }
        }
        let fonts = try Chromium.tool("pdffonts", [pdf.path]).output
        #expect(fonts.contains("Laksaman") || fonts.contains("Sarabun"), "\(fonts)")
    }
}
