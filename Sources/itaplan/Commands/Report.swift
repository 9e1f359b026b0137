import ArgumentParser
import Foundation
import ITAPlanAudit
import ITAPlanCore
import ITAPlanGit
import ITAPlanReport

extension ReportFormat: ExpressibleByArgument {}

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a progress report: Markdown for CI summaries, an HTML dashboard, JSON, or the official document (print, PDF, Word).",
        discussion: """
            --format print is the official layout (A4, Thai digits, Buddhist Era dates); --format pdf prints it \
            with headless Chromium (ITAPLAN_CHROMIUM names another one); --format docx writes it as a Word \
            document to go on editing. Layouts are Mustache templates; --template replaces the \
            built-in one (report --format json shows every field a template can use). \
            --diff BASE..HEAD reports what changed in the plans and their progress between two revisions.
            """)

    @Argument(help: "Plan files or folders (default: plans).")
    var paths: [String] = []

    @Option(help: "markdown, html, json, print, pdf or docx (with --diff: markdown or json).")
    var format: ReportFormat = .markdown

    @Option(name: .customLong("as-of"), help: "The day to report on (default: today in Asia/Bangkok).")
    var asOf: AsOfDate?

    @Option(help: "A Mustache template to use instead of the built-in one.")
    var template: String?

    @Option(name: [.short, .customLong("output")], help: "Write to this file instead of standard output.")
    var output: String?

    @Option(help: "Compare two revisions, BASE..HEAD, instead of reporting on the plans as they are.")
    var diff: String?

    @Option(name: .customLong("plans-dir"), help: "The folder of plan files in the repository (with --diff and for history).")
    var plansDirectory = "plans"

    @Flag(name: .customLong("thai-digits"), help: "Print numbers in Thai digits (always on for Thai print, pdf and docx).")
    var thaiDigits = false

    @Flag(help: "markdown, html and json: show when each done record was first recorded in a snapshot, and flag those done more than 30 days before.")
    var recorded = false

    @OptionGroup var lang: LanguageOptions

    func validate() throws {
        if diff != nil, !format.writesDiff {
            throw ValidationError("--diff writes markdown or json")
        }
        if recorded, diff != nil || format.isOfficial {
            throw ValidationError("--recorded goes with markdown, html or json reports of the plans, not --diff or the official document")
        }
        if format == .docx, template != nil {
            throw ValidationError("--template applies to the text formats, not docx")
        }
        if format == .pdf || format == .docx, output == nil, isatty(STDOUT_FILENO) == 1 {
            throw ValidationError("--format \(format.rawValue) writes a binary file: give --output FILE (or redirect standard output)")
        }
    }

    func run() throws {
        let language = format.isOfficial ? (lang.explicit ?? .thai) : lang.language
        let digits = thaiDigits || (format.isOfficial && language == .thai)
        let today = Clock.today()
        let asOf = try self.asOf?.day(in: language) ?? today
        var exit: ExitCode?
        do {
            let models = try YearModelLoading.workingTree(near: paths.first ?? "plans")
            try models.stopIfBroken(language: language)
            // Find the PDF engine first, so a missing one is said before any work.
            let document = ReportDocument(format: format, templateFile: template,
                                          printer: format == .pdf ? try chromium() : nil,
                                          scratch: FileManager.default.temporaryDirectory)
            let text: Data
            if let diff {
                text = try document.data(DiffReport.context(
                    repositoryAt: FileManager.default.currentDirectoryPath, range: diff, catalog: models.catalog,
                    plansDirectory: plansDirectory, asOf: asOf, today: today, language: language, thaiDigits: digits))
            } else {
                let plans = try PlanLoading(paths, today: today)
                if format == .html, template == nil, !recorded, plans.files.count >= ManyPlanDashboard.threshold {
                    // Written as it is made.
                    if let exit = try manyPlanDashboard(plans, language: language, digits: digits, asOf: asOf) { throw exit }
                    return
                }
                let context: ReportContext
                (context, exit) = try planContext(plans, language: language, digits: digits, asOf: asOf)
                text = try document.data(context)
            }
            try write(text)
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw Console.fail(error, language: language)
        }
        if let exit { throw exit }
    }

    /// The report context of the plans that check out, and the exit status
    /// the others call for once it is written: 1 for plans with errors
    /// (their findings go to stderr), 2 for files that could not be read.
    private func planContext(_ plans: PlanLoading, language: Language, digits: Bool,
                             asOf: CivilDate) throws -> (ReportContext, ExitCode?) {
        let history = format == .html || format == .json
            ? PlanReport.HistorySource(folder: FileManager.default.currentDirectoryPath, plansDirectory: plansDirectory,
                                       timeZone: Clock.displayZone)
            : nil
        let recordings = recorded ? try RecordedLoading.load(catalog: plans.checker.catalog, plansDirectory: plansDirectory,
                                                            language: language) : nil
        let result = PlanReport(language: language, thaiDigits: digits).build(plans, asOf: asOf, history: history) {
            recordings?.apply(to: $0, file: $0.path) ?? $0
        }
        for error in result.ioErrors { Console.err("itaplan: " + error.text(in: language) + "\n") }
        if !result.broken.isEmpty {
            Console.err(TextFindingsReporter(language: language).render(ValidationRun(files: result.broken)))
        }
        guard let context = result.context else {
            throw result.ioErrors.isEmpty ? ExitStatus.findings : ExitStatus.usageOrIO
        }
        if let why = result.historyUnavailable {
            Console.err("itaplan: " + language.pick(th: "ไม่แสดงกราฟความคืบหน้าตามเวลา: ", en: "no completion-over-time chart: ")
                        + FailureText.text(for: why, in: language) + "\n")
        }
        return (context, !result.ioErrors.isEmpty ? ExitStatus.usageOrIO : result.broken.isEmpty ? nil : ExitStatus.findings)
    }

    /// Many plans: the overview dashboard, written as it is made (`ManyPlanDashboard.stream`).
    /// Returns the exit status the plans that did not check out call for, as `planContext` does.
    private func manyPlanDashboard(_ plans: PlanLoading, language: Language, digits: Bool, asOf: CivilDate) throws -> ExitCode? {
        let catalog = plans.checker.catalog
        let result = try ManyPlanDashboard(language: language, thaiDigits: digits, catalog: catalog).stream(
            checker: plans.checker, files: plans.files, roots: plans.roots,
            calculator: StatusCalculator(asOf: asOf, catalog: catalog), asOf: asOf,
            scratch: FileManager.default.temporaryDirectory, open: { try StreamingOutput(path: output) })
        let ioErrors = plans.discoveryErrors + result.ioErrors
        for error in ioErrors { Console.err("itaplan: " + error.text(in: language) + "\n") }
        if !result.broken.isEmpty {
            Console.err(TextFindingsReporter(language: language).render(ValidationRun(files: result.broken)))
        }
        guard result.shown > 0 else { throw ioErrors.isEmpty ? ExitStatus.findings : ExitStatus.usageOrIO }
        return !ioErrors.isEmpty ? ExitStatus.usageOrIO : result.broken.isEmpty ? nil : ExitStatus.findings
    }

    private func chromium() throws -> ChromiumPDF {
        try ChromiumLocator.printer(environment: Console.environment, runningAsRoot: geteuid() == 0)
    }

    private func write(_ text: Data) throws {
        guard let output else {
            Console.out([UInt8](text))
            return
        }
        // A device or FIFO is written into, a folder refused, a link followed: never renamed over.
        try OutputTarget.write(text, to: output)
    }
}
