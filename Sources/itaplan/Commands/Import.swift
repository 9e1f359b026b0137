import ArgumentParser
import Foundation
import ITAPlanAudit
import ITAPlanCore
import ITAPlanImport
import ITAPlanReport

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Turn a measures document (a Word file, a saved web page, a PDF, or its text) into a plan file.",
        discussion: """
            FILE is a Word file (.docx), a saved web page (.html, or --from-html), a PDF (read with poppler's \
            pdftotext, package poppler-utils), or UTF-8 text: table cells separated by tabs, as Word saves a \
            table as text, or one per line, as copying a table out of a web page gives. Text that fits no \
            field is kept under notes: and reported as a warning. The written plan is then checked as \
            validate checks it. Exit status: 0 when the plan has no errors (warnings allowed), 1 when it has \
            errors (a document with no measures table gives a plan without measures), 2 usage or I/O error \
            (a file that cannot be read, a damaged or hostile zip). Several FILEs of one agency's year \
            (the analysis of the ITA result and the measures, published apart) are imported as one plan.
            """)

    @Argument(help: ArgumentHelp(
        "The document: .docx, .html, .pdf or UTF-8 text; several documents of one year (the analysis page and the measures page) make one plan.",
        valueName: "file"))
    var files: [String]

    @Flag(name: .customLong("from-html"), help: "Read FILE as a saved web page, whatever its name.")
    var fromHTML = false

    @Option(name: [.short, .customLong("output")], help: "Write the plan to this file instead of standard output.")
    var output: String?

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    @OptionGroup var lang: LanguageOptions

    func run() throws {
        let language = lang.language
        let checker: PlanChecker
        do {
            // The repository the plan is written into decides the year models.
            let models = try YearModelLoading.workingTree(near: output)
            try models.stopIfBroken(language: language)
            checker = PlanChecker(catalog: models.catalog, today: Clock.today())
        } catch {
            throw Console.fail(error, language: language)
        }
        let results = try files.map { try read($0, checker: checker, language: language) }

        let imported = ImportedDocuments(results, files: files)
        let yaml = imported.yaml
        do {
            if let output {
                try PlanFileOutput.write(yaml, to: output, replacing: force)
            } else {
                Console.out(yaml)
            }
        } catch {
            throw Console.fail(error, language: language)
        }

        for warning in imported.warnings(in: language) { Console.err(warning + "\n") }
        let checked = checker.check(PlanSource(path: output ?? "<stdout>", contents: yaml))
        if !checked.findings.isEmpty {
            Console.err(TextFindingsReporter(language: language).render(ValidationRun(files: [checked])))
        }
        if let output { Console.err("itaplan: " + imported.written(to: output, in: language) + "\n") }
        if checked.errorCount > 0 { throw ExitStatus.findings }
    }

    /// One document read by its kind; a file that cannot be imported stops the command (exit 2).
    private func read(_ file: String, checker: PlanChecker, language: Language) throws -> PlanImportResult {
        do {
            return try DocumentImport(maxTextBytes: checker.limits.maxBytes, fromHTML: fromHTML,
                                      searchPath: Console.environment["PATH"] ?? "/usr/bin:/bin").read(file)
        } catch {
            throw Console.fail(error, language: language)
        }
    }
}
