import Foundation
import ITAPlanCore
import ITAPlanImport
import ITAPlanTestSupport
import Testing

/// The fixtures made from the seed with LibreOffice (scripts/import-fixtures/make-fixtures.sh)
/// and the way each is imported.
enum DocumentFormatFixtures {
    static let word = "import/pho-hak-2564-libreoffice.docx"
    static let pdf = "import/pho-hak-2564-libreoffice.pdf"
    static let webPage = "import/pho-hak-2564-web-page.html"
    static let linePerCell = "import/pho-hak-2564-line-per-cell.txt"
    static let analysisOnly = "import/analysis-only-web-page.txt"

    static func run(_ result: PlanImportResult, name: String) -> ImportFixtures.Run {
        let yaml = PlanYAMLWriter(sourceName: name, places: result.places).write(result.plan)
        let checked = Fixtures.checker.check(PlanSource(path: "plans/imported.yaml", contents: yaml))
        return ImportFixtures.Run(result: result, yaml: yaml, checked: checked)
    }

    static func word(_ relative: String) throws -> ImportFixtures.Run {
        run(try PlanDocumentImporter().readWord(try ImportFixtures.bytes(relative)), name: relative)
    }

    static func html(_ relative: String) throws -> ImportFixtures.Run {
        run(try PlanDocumentImporter().readHTML(try ImportFixtures.bytes(relative)), name: relative)
    }

    /// The PDF's text as the command gets it: `pdftotext -layout -enc UTF-8`.
    static func pdfText(_ relative: String) throws -> String {
        let output = try ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/env"),
                                           ["pdftotext", "-layout", "-enc", "UTF-8", "-q", Fixtures.url(relative).path, "-"])
        try #require(output.status == 0, "pdftotext (poppler-utils) is needed: \(output.stderr)")
        return output.stdout
    }
}
