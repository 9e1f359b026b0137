import Foundation
import ITAPlanTestSupport
import Testing

@Suite("itaplan import, end to end")
struct ImportCommandTests {
    /// Written once by scripts/import-fixtures/hostile-docx.py (Python's zipfile).
    static let hostileFiles: URL? = {
        guard let folder = try? Fixtures.temporaryDirectory("itaplan-hostile-e2e") else { return nil }
        let script = Fixtures.root.appendingPathComponent("scripts/import-fixtures/hostile-docx.py").path
        let made = try? ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", script, folder.path])
        return made?.status == 0 ? folder : nil
    }()

    @Test("import the seed document into a plan file that validates; refuse to overwrite it")
    func importSeed() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let seed = Fixtures.url("import/pho-hak-ita-measures-2564.txt").path
        let imported = try BinaryRunner.run(["import", seed, "-o", "plans/pho-hak.yaml"], in: directory)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.contains("warning"))
        let plan = directory.appendingPathComponent("plans/pho-hak.yaml")
        #expect(try String(contentsOf: plan, encoding: .utf8).hasPrefix("# yaml-language-server: $schema=../schema/plan.schema.json\n"))

        let validated = try BinaryRunner.run(["validate", "plans"], in: directory)
        #expect(validated.status == 0, "\(validated.stdout)")

        let again = try BinaryRunner.run(["import", seed, "-o", "plans/pho-hak.yaml"], in: directory)
        #expect(again.status == 2)
        #expect(try BinaryRunner.run(["import", seed, "-o", "plans/pho-hak.yaml", "--force"], in: directory).status == 0)
    }

    @Test("what import says it wrote, in Thai and in English")
    func writtenSummary() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let seed = Fixtures.url("import/pho-hak-ita-measures-2564.txt").path
        let thai = try BinaryRunner.run(["import", seed, "-o", "th.yaml", "--lang", "th"], in: directory)
        #expect(thai.stderr.range(of: #"itaplan: เขียน th\.yaml แล้ว: มาตรการ [0-9]+ ข้อ ตัวชี้วัด [0-9]+ ตัว\n"#,
                                  options: .regularExpression) != nil, "\(thai.stderr)")
        let english = try BinaryRunner.run(["import", seed, "-o", "en.yaml", "--lang", "en"], in: directory)
        #expect(english.stderr.range(of: #"itaplan: wrote en\.yaml: [0-9]+ measures, [0-9]+ indicators\n"#,
                                     options: .regularExpression) != nil, "\(english.stderr)")
    }

    @Test("a NUL byte anywhere in a text file, even inside a Thai letter's bytes, is a binary file to import as to validate, at its line and column",
          arguments: [[0xE0, 0x00, 0x81] as [UInt8], [0xE0, 0xB8, 0x00], [0x41, 0x00], [0xE0, 0xB8, 0x41, 0x00], [0xE0, 0x00]])
    func nulInText(bad: [UInt8]) throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let bytes = Array("มาตรการ\tขั้นตอน\n".utf8) + Array("ab".utf8) + bad + Array("\n".utf8)
        try Data(bytes).write(to: directory.appendingPathComponent("measures.txt"))
        try Data(bytes).write(to: directory.appendingPathComponent("plan.yaml"))
        let imported = try BinaryRunner.run(["import", "measures.txt", "--lang", "en"], in: directory)
        #expect(imported.status == 2)
        // Columns count characters: a continuation byte adds none.
        let column = 3 + bad.prefix { $0 != 0 }.filter { $0 & 0xC0 != 0x80 }.count
        #expect(imported.stderr == "itaplan: measures.txt: this is a binary file (it holds a NUL byte at line 2, column \(column)), not text; give a .docx, .html or .pdf file, or copy the document's text into a UTF-8 .txt file\n",
                "\(imported.stderr)")
        let thai = try BinaryRunner.run(["import", "measures.txt", "--lang", "th"], in: directory)
        #expect(thai.stderr.contains("เป็นไฟล์ไบนารี (มีไบต์ NUL ที่บรรทัด 2 คอลัมน์ \(column))"), "\(thai.stderr)")
        let validated = try BinaryRunner.run(["validate", "plan.yaml", "--lang", "en"], in: directory)
        #expect(validated.status == 1)
        #expect(validated.stdout.contains("plan.yaml:2:\(column): error: [file-binary] this is a binary file (it holds a NUL byte), not YAML text"),
                "\(validated.stdout)")
    }

    @Test("a file that is not such a document is a clear error, not a crash")
    func notADocument() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "Dear colleagues,\nplease find attached the minutes.\n"
            .write(to: directory.appendingPathComponent("letter.txt"), atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["import", "letter.txt"], in: directory)
        #expect(result.status != 0)
        #expect(!result.stderr.isEmpty)
        #expect(!result.stderr.contains("Fatal error"))
    }

    @Test("a Word file, a web page (by name and by --from-html) and a PDF each import to a plan that validates",
          arguments: ["pho-hak-2564-libreoffice.docx", "pho-hak-2564-web-page.html", "pho-hak-2564-libreoffice.pdf"])
    func otherFormats(_ name: String) throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let source = Fixtures.url("import/\(name)").path
        let imported = try BinaryRunner.run(["import", source, "-o", "plans/plan.yaml"], in: directory)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.contains("8 measures, 10 indicators"), "\(imported.stderr)")
        let validated = try BinaryRunner.run(["validate", "plans"], in: directory)
        #expect(validated.status == 0, "\(validated.stdout)")
        if name.hasSuffix(".html") {
            let copy = directory.appendingPathComponent("page.saved")
            try FileManager.default.copyItem(atPath: source, toPath: copy.path)
            let forced = try BinaryRunner.run(["import", "--from-html", "page.saved", "-o", "plans/other.yaml"], in: directory)
            #expect(forced.status == 0, "\(forced.stderr)")
        }
    }

    @Test("without pdftotext on PATH a PDF import names the package to install, exit 2")
    func noPoppler() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let pdf = Fixtures.url("import/pho-hak-2564-libreoffice.pdf").path
        let result = try BinaryRunner.run(["import", pdf], in: directory, environment: ["PATH": directory.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("poppler-utils"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test("hostile Word files: a clear message and exit 2, nothing written",
          arguments: ["zip-bomb.docx", "lying-size.docx", "many-entries.docx", "traversal.docx", "absolute.docx",
                      "broken.docx", "no-document.docx", "entity-bomb.docx", "deep.docx", "opendocument.docx",
                      "bad-checksum.docx", "short-directory.docx"])
    func hostileWordFiles(_ name: String) throws {
        let directory = try #require(Self.hostileFiles, "python3 could not write the hostile files")
        try? FileManager.default.removeItem(at: directory.appendingPathComponent("plan.yaml"))
        let result = try BinaryRunner.run(["import", name, "-o", "plan.yaml"], in: directory)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("itaplan: \(name): "), "\(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("plan.yaml").path))
    }

    @Test("a Word file whose XML is cut short says so in Thai and in English")
    func unclosedXML() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let made = try ProcessRunner.run(command: "python3", ["-c", """
            import zipfile
            with zipfile.ZipFile('cut.docx', 'w') as z:
                z.writestr('[Content_Types].xml', '<Types/>')
                z.writestr('word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
            """], in: directory)
        try #require(made.status == 0, "python3: \(made.stderr)")
        let thai = try BinaryRunner.run(["import", "cut.docx", "--lang", "th"], in: directory)
        #expect(thai.status == 2)
        #expect(thai.stderr.contains("XML ไม่ถูกต้อง ("), "\(thai.stderr)")
        #expect(thai.stderr.unicodeScalars.filter { $0.isASCII && CharacterSet.letters.contains($0) }.count
                < thai.stderr.unicodeScalars.count / 2, "mostly English: \(thai.stderr)")
        let english = try BinaryRunner.run(["import", "cut.docx", "--lang", "en"], in: directory)
        #expect(english.stderr.contains("the XML is not well formed ("), "\(english.stderr)")
    }

    @Test("an analysis-only page writes the ITA result and says plainly no measures table was found")
    func analysisOnly() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let source = Fixtures.url("import/analysis-only-web-page.txt").path
        let result = try BinaryRunner.run(["import", source, "-o", "plan.yaml"], in: directory)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("no measures table found"))
        #expect(result.stderr.contains("0 measures, 10 indicators"))
        let written = try String(contentsOf: directory.appendingPathComponent("plan.yaml"), encoding: .utf8)
        #expect(written.contains("total: 96.04") && written.contains("grade: AA"))
    }

    @Test("the analysis page and the measures page given together make one plan that validates")
    func twoPages() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let lines = try Fixtures.text("import/pho-hak-ita-measures-2564.txt").components(separatedBy: "\n")
        let start = try #require(lines.firstIndex { $0.hasPrefix("ข้อเสนอแนะในการ") })
        try lines[..<start].joined(separator: "\n").write(to: directory.appendingPathComponent("analysis.txt"), atomically: true, encoding: .utf8)
        try ([lines[4]] + lines[start...]).joined(separator: "\n")
            .write(to: directory.appendingPathComponent("measures.txt"), atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["import", "analysis.txt", "measures.txt", "-o", "plans/plan.yaml"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("8 measures, 10 indicators"))
        #expect(result.stderr.contains("measures.txt:8: warning: measure 3"))
        #expect(!result.stderr.contains("no measures table found"))
        #expect(try BinaryRunner.run(["validate", "plans"], in: directory).status == 0)
        #expect(try BinaryRunner.run(["import"], in: directory).status == 2)
    }

    @Test("a FIFO given as the document is refused at once, unread")
    func fifoDocument() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(mkfifo(directory.appendingPathComponent("doc.txt").path, 0o644) == 0)
        let result = try BinaryRunner.run(["import", "doc.txt"], in: directory)
        #expect(result.status == 2)
        #expect(result.stderr == "itaplan: doc.txt: this is not a regular file (it is a FIFO), so it was not read\n")
    }
}
