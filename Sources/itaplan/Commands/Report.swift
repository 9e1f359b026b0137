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
            --diff BASE..HEAD reports what changed in the plans and their progress between two revisions \
            (BASE...HEAD: since HEAD's branch left BASE, as git diff reads three dots).
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
        let language = lang.language
        if diff != nil, !format.writesDiff {
            throw UsageProblem.diffWritesText.usageError(in: language)
        }
        if recorded, diff != nil || format.isOfficial {
            throw UsageProblem.recordedWithPlans.usageError(in: language)
        }
        if format == .docx, template != nil {
            throw UsageProblem.templateNotForDocx.usageError(in: language)
        }
        if format == .pdf || format == .docx, output == nil, isatty(STDOUT_FILENO) == 1 {
            throw UsageProblem.binaryNeedsOutput(format: format.rawValue).usageError(in: language)
        }
    }

    func run() throws {
        let language = format.isOfficial ? (lang.explicit ?? .thai) : lang.language
        let today = Clock.today()
        let request = ReportRun.Request(
            paths: paths, format: format, templateFile: template, output: output, diff: diff,
            plansDirectory: plansDirectory, recorded: recorded, language: language,
            thaiDigits: thaiDigits || (format.isOfficial && language == .thai), asOf: try asOf?.day(in: language) ?? today,
            today: today, workingDirectory: FileManager.default.currentDirectoryPath,
            scratch: FileManager.default.temporaryDirectory, displayZone: Clock.displayZone)
        do {
            let run = ReportRun(request, printer: {
                try ChromiumLocator.printer(environment: Console.environment, runningAsRoot: geteuid() == 0)
            }, standardOutput: Console.out, errors: Console.err)
            throw ExitStatus.code(try run.run())
        } catch {
            throw Console.fail(error, language: language)
        }
    }
}
