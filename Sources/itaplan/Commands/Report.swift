import ArgumentParser
import Foundation
import ITAPlanAudit
import ITAPlanCore
import ITAPlanGit
import ITAPlanReport

enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case markdown, html, json, print
}

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a progress report: Markdown for CI summaries, an HTML dashboard, JSON, or the official printed table.",
        discussion: """
            --format print is the official layout (A4, Thai digits, Buddhist Era dates); docs/reports.md gives \
            the command that turns it into a PDF. Layouts are Mustache templates; --template replaces the \
            built-in one (report --format json shows every field a template can use). \
            --diff BASE..HEAD reports what changed in the plans and their progress between two revisions.
            """)

    @Argument(help: "Plan files or folders (default: plans).")
    var paths: [String] = []

    @Option(help: "markdown, html, json or print (with --diff: markdown or json).")
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

    @Flag(name: .customLong("thai-digits"), help: "Print numbers in Thai digits (always on for --format print).")
    var thaiDigits = false

    @OptionGroup var lang: LanguageOptions

    func validate() throws {
        if diff != nil, format == .html || format == .print {
            throw ValidationError("--diff writes markdown or json")
        }
    }

    func run() throws {
        let language = format == .print ? (lang.explicit ?? .thai) : lang.language
        let digits = thaiDigits || (format == .print && language == .thai)
        let today = Clock.today()
        let text: String
        var exit: ExitCode?
        do {
            let models = try YearModelLoading.workingTree(near: paths.first ?? "plans")
            try models.stopIfBroken(language: language)
            let catalog = models.catalog
            if let diff {
                text = try diffReport(diff, language: language, digits: digits, asOf: asOf?.date ?? today,
                                      today: today, catalog: catalog)
            } else {
                (text, exit) = try planReport(language: language, digits: digits, asOf: asOf?.date ?? today,
                                              today: today, catalog: catalog)
            }
            try write(text)
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw Console.fail(error, language: language)
        }
        if let exit { throw exit }
    }

    /// The report of the plans that check out, and the exit status the
    /// others call for once it is written: 1 for plans with errors (their
    /// findings go to stderr), 2 for files that could not be read.
    private func planReport(language: Language, digits: Bool, asOf: CivilDate, today: CivilDate,
                            catalog: ITAYearCatalog) throws -> (String, ExitCode?) {
        let loading = try PlanLoading(paths, today: today).checkedFiles()
        for error in loading.ioErrors { Console.err("itaplan: " + error.text(in: language) + "\n") }
        let broken = loading.files.filter { $0.errorCount > 0 }
        if !broken.isEmpty {
            Console.err(TextFindingsReporter(language: language).render(ValidationRun(files: broken)))
        }
        let calculator = StatusCalculator(asOf: asOf, catalog: catalog)
        let statuses = loading.files.filter { $0.errorCount == 0 }.compactMap(calculator.status)
        guard !statuses.isEmpty else { throw loading.ioErrors.isEmpty ? ExitStatus.findings : ExitStatus.usageOrIO }
        let history = (format == .html || format == .json) ? historySeries(catalog: catalog, language: language) : nil
        let context = ReportContextBuilder(language: language, thaiDigits: digits, catalog: catalog)
            .build(statuses, asOf: asOf, history: history)
        let exit = !loading.ioErrors.isEmpty ? ExitStatus.usageOrIO : broken.isEmpty ? nil : ExitStatus.findings
        if format == .json, template == nil { return (JSONOutput.encode(context), exit) }
        let layout: ReportLayout = format == .html ? .html : format == .print ? .print : .markdown
        return (try render(context, layout: layout), exit)
    }

    private func diffReport(_ range: String, language: Language, digits: Bool, asOf: CivilDate, today: CivilDate,
                            catalog: ITAYearCatalog) throws -> String {
        let repository = try GitRepository(discoveringFrom: FileManager.default.currentDirectoryPath)
        let revisions = try RevisionRange(range)
        let result = try PlanRevisionDiff(repository: repository, catalog: catalog, plansDirectory: plansDirectory)
            .compare(base: revisions.base, head: revisions.head, asOf: asOf, today: today)
        let context = DiffContextBuilder(language: language, thaiDigits: digits).build(
            base: revisions.base, head: revisions.head, asOf: asOf, plans: result.plans, headErrors: result.headErrors)
        if format == .json, template == nil { return JSONOutput.encode(context) }
        return try render(context, layout: .diff)
    }

    private func render(_ context: Any, layout: ReportLayout) throws -> String {
        guard let template else { return try ReportRenderer().render(context, layout: layout) }
        guard let data = FileManager.default.contents(atPath: template) else {
            throw ITAPlanError.cannotRead(path: template, reason: "no such file or not readable")
        }
        return try ReportRenderer().render(context, templateText: String(decoding: data, as: UTF8.self),
                                           templatePath: template)
    }

    /// Completion per day from git history, when the current folder is in a
    /// repository with full history; otherwise none (and a note why).
    private func historySeries(catalog: ITAYearCatalog, language: Language) -> [(day: CivilDate, completion: Completion)]? {
        do {
            let repository = try GitRepository(discoveringFrom: FileManager.default.currentDirectoryPath)
            guard !repository.isEmpty else { return nil }
            let history = try HistoryBuilder(repository: repository, catalog: catalog, plansDirectory: plansDirectory,
                                             timeZone: CivilDate.bangkok).build()
            var byDay: [(day: CivilDate, completion: Completion)] = []
            for point in history.series {
                if byDay.last?.day == point.day { byDay.removeLast() }
                byDay.append((point.day, point.completion))
            }
            return byDay
        } catch {
            Console.err("itaplan: " + language.pick(th: "ไม่แสดงกราฟความคืบหน้าตามเวลา: ", en: "no completion-over-time chart: ")
                        + ErrorText.text(for: error, language: language) + "\n")
            return nil
        }
    }

    private func write(_ text: String) throws {
        guard let output else {
            Console.out(text)
            return
        }
        let url = URL(fileURLWithPath: output)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        do {
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            throw ITAPlanError.cannotWrite(path: output, reason: FileReading.describe(error))
        }
    }
}
