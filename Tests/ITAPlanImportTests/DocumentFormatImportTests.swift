import Foundation
import ITAPlanCore
@testable import ITAPlanImport
import ITAPlanTestSupport
import Testing

@Suite("Importing the seed as LibreOffice writes it: Word, web page, text one cell per line")
struct DocumentFormatImportTests {
    static let seedResult: ImportedPlan? = try? ImportFixtures.run(ImportFixtures.seed).result.plan

    private func expectSeedContent(_ run: ImportFixtures.Run, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(run.errors.isEmpty, "\(run.errors)\n\(run.yaml)", sourceLocation: sourceLocation)
        let plan = try #require(run.checked.plan, sourceLocation: sourceLocation)
        expectSameDocumentContent(plan, try ImportFixtures.seedPlan(), sourceLocation: sourceLocation)
        #expect(plan.measures.count == 8, sourceLocation: sourceLocation)
        #expect(plan.measures.flatMap(\.steps).count == 22, sourceLocation: sourceLocation)
        #expect(plan.ita.indicators.count == 10, sourceLocation: sourceLocation)
        #expect(run.result.plan.notes.isEmpty, "\(run.result.plan.notes)", sourceLocation: sourceLocation)
        // Line numbers aside, it is the same import as the tab-separated seed's.
        let seed = try #require(Self.seedResult)
        #expect(run.result.plan.withoutLines == seed.withoutLines, sourceLocation: sourceLocation)
    }

    @Test("the .docx LibreOffice wrote (gridSpan, vMerge, Word list numbering, <br> in cells) says what the seed says")
    func wordFile() throws {
        try expectSeedContent(try DocumentFormatFixtures.word(DocumentFormatFixtures.word))
    }

    @Test("the web page (colspan, rowspan, <ol>, <ul>, <br>) says what the seed says")
    func webPage() throws {
        try expectSeedContent(try DocumentFormatFixtures.html(DocumentFormatFixtures.webPage))
    }

    @Test("the text with one cell per line (LibreOffice's text export) says what the seed says")
    func linePerCell() throws {
        let run = try ImportFixtures.run(DocumentFormatFixtures.linePerCell)
        try expectSeedContent(run)
        #expect(!run.result.warnings.contains { if case .cellsSharedByGuess = $0.message { true } else { false } })
    }

    @Test("the web page saved as Windows-874 (its <meta charset> says so) reads the same; undeclared, it is refused")
    func windows874() throws {
        // Python's cp874 codec writes the page, an encoder independent of the importer's table.
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let declared = folder.appendingPathComponent("declared.html"), undeclared = folder.appendingPathComponent("undeclared.html")
        let script = """
            import sys
            s = open(sys.argv[1], encoding="utf-8").read()
            open(sys.argv[3], "wb").write(s.replace('<meta charset="utf-8">', '').encode("cp874"))
            s = s.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=windows-874">')
            open(sys.argv[2], "wb").write(s.encode("cp874"))
            """
        let made = try ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/env"),
                                         ["python3", "-c", script, Fixtures.url(DocumentFormatFixtures.webPage).path,
                                          declared.path, undeclared.path])
        try #require(made.status == 0, "\(made.stderr)")
        let bytes = Array(try Data(contentsOf: declared))
        try expectSeedContent(DocumentFormatFixtures.run(try PlanDocumentImporter().readHTML(bytes), name: "page.html"))
        let unlabelled = Array(try Data(contentsOf: undeclared))
        #expect(throws: PlanImportError.self) { try PlanDocumentImporter().readHTML(unlabelled) }
    }

    @Test("warnings about a Word file name its table and row")
    func wordPlaces() throws {
        let run = try DocumentFormatFixtures.word(DocumentFormatFixtures.word)
        let interim = try #require(run.result.warnings.first { if case .interimSchedule = $0.message { true } else { false } })
        let line = try #require(interim.line)
        #expect(run.result.places[line] == .tableRow(table: 2, row: 4))
        #expect(interim.text(path: "a.docx", in: .english, places: run.result.places).hasPrefix("a.docx: table 2, row 4: warning: measure 3"))
        #expect(interim.text(path: "a.docx", in: .thai, places: run.result.places).hasPrefix("a.docx: ตาราง 2 แถว 4: warning:"))
    }
}

@Suite("Importing the seed's PDF through pdftotext -layout")
struct PDFImportTests {
    @Test("the PDF gives a plan that validates, with all 10 scores and 8 measures; what it cannot place is reported with page and line")
    func pdf() throws {
        let text = try DocumentFormatFixtures.pdfText(DocumentFormatFixtures.pdf)
        let result = try PlanDocumentImporter().readPDFText(text)
        let run = DocumentFormatFixtures.run(result, name: "seed.pdf")
        #expect(run.errors.isEmpty, "\(run.errors)\n\(run.yaml)")
        let plan = try #require(run.checked.plan)
        let seed = try ImportFixtures.seedPlan()
        #expect(plan.ita.indicators.map(\.score.value) == seed.ita.indicators.map(\.score.value))
        #expect(plan.ita.indicators.map { $0.name?.value } == seed.ita.indicators.map { $0.name?.value })
        #expect(plan.ita.total?.value == 69.58 && plan.ita.grade?.value == "C" && plan.ita.year.value == 2563)
        #expect(plan.agency.name.value == "เทศบาลตำบลโพหัก")
        #expect(plan.measures.map(\.id.value) == seed.measures.map(\.id.value))
        // Measured (docs/import.md): 21 of the 22 steps come out as steps; the third step of
        // measure 8 starts a page in the title column and is joined to the title.
        let steps = plan.measures.map { $0.steps.count }
        #expect(steps.reduce(0, +) >= 21, "\(steps)")
        #expect(zip(steps, seed.measures.map { $0.steps.count }).allSatisfy { $0 <= $1 }, "\(steps)")
        // Field by field, ignoring spaces (a space at a line wrap is lost): at least what docs/import.md reports.
        func same(_ a: String?, _ b: String?) -> Bool { a?.withoutWhitespace == b?.withoutWhitespace }
        func sameList(_ a: [Located<String>], _ b: [Located<String>]) -> Bool {
            a.map { $0.value.withoutWhitespace } == b.map { $0.value.withoutWhitespace }
        }
        let pairs = Array(zip(plan.measures, seed.measures))
        #expect(pairs.filter { same($0.title.value, $1.title.value) }.count >= 7)
        #expect(pairs.filter { sameList($0.responsible, $1.responsible) }.count >= 5)
        #expect(pairs.filter { same($0.timeframe?.value, $1.timeframe?.value) }.count >= 5)
        #expect(pairs.filter { sameList($0.results, $1.results) }.count >= 6)
        #expect(pairs.filter { sameList($0.recommendations, $1.recommendations) }.count >= 7)
        let exactSteps = pairs.flatMap { got, want in
            got.steps.filter { step in want.steps.contains { $0.id.value == step.id.value && same($0.text.value, step.text.value) } }
        }
        #expect(exactSteps.count >= 20)
        #expect(result.warnings.first?.message == .readFromPDFLayout)
        // Every note is reported, at a page and line of the PDF.
        for note in result.plan.notes {
            guard case .pageLine(let page, let line) = result.places[note.line] else {
                Issue.record("note without a page: \(note)")
                continue
            }
            #expect(page >= 1 && line >= 1)
            #expect(result.warnings.contains(ImportWarning(line: note.line, .unplacedText(note.text))))
        }
        #expect(result.warnings.allSatisfy { $0.line == nil || result.places[$0.line!] != .line($0.line!) })
    }

    @Test("extraction artefacts of Thai are repaired, and correct Thai passes through",
          arguments: [
            ("ตัวชีว้ ัด", "ตัวชี้วัด"), ("ดังนี ้", "ดังนี้"), ("เปิ ดเผย", "เปิดเผย"), ("ปั ญหา", "ปัญหา"),
            ("ป้ องกัน", "ป้องกัน"), ("ขัน้ ตอน", "ขั้น ตอน"), ("ทัง้ผู้บริหาร", "ทั้งผู้บริหาร"), ("ทํางาน", "ทำงาน"),
            ("ก่อน", "ก่อน"), ("มีน้ำ", "มีน้ำ"), ("ที่นั่ง", "ที่นั่ง"), ("ปีก่อน", "ปีก่อน"), ("ดีน่า", "ดีน่า"),
            ("ตัวชี้วัด", "ตัวชี้วัด"), ("ปี ๒๕๖๔", "ปี ๒๕๖๔"), ("ITA 2563", "ITA 2563"),
          ])
    func thaiRepair(_ extracted: String, _ expected: String) throws {
        #expect(ThaiExtractionRepair.repair(extracted) == expected)
        // And in a PDF's line, beside a score, as the importer reads it.
        let result = try PlanDocumentImporter().readPDFText("๑.\(extracted)      ๘๘.๗๖\n")
        #expect(result.plan.ita.indicators.first?.name == expected)
    }
}
