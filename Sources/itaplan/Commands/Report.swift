import ArgumentParser
import Foundation
import ITAPlanAudit
import ITAPlanCore
import ITAPlanGit
import ITAPlanReport

enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case markdown, html, json, print, pdf, docx

    /// The official document's formats: Thai and Thai digits unless asked otherwise.
    var isOfficial: Bool { self == .print || self == .pdf || self == .docx }
}

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

    @OptionGroup var lang: LanguageOptions

    func validate() throws {
        if diff != nil, format == .html || format.isOfficial {
            throw ValidationError("--diff writes markdown or json")
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
        let text: Data
        var exit: ExitCode?
        do {
            let models = try YearModelLoading.workingTree(near: paths.first ?? "plans")
            try models.stopIfBroken(language: language)
            let catalog = models.catalog
            if let diff {
                text = Data(try diffReport(diff, language: language, digits: digits, asOf: asOf?.date ?? today,
                                           today: today, catalog: catalog).utf8)
            } else {
                let report: Data?
                (report, exit) = try planReport(language: language, digits: digits, asOf: asOf?.date ?? today,
                                                today: today, catalog: catalog)
                // nil: the many-plan dashboard, written as it was made.
                guard let report else {
                    if let exit { throw exit }
                    return
                }
                text = report
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
                            catalog: ITAYearCatalog) throws -> (Data?, ExitCode?) {
        // Find the PDF engine first, so a missing one is said before any work.
        let printer = format == .pdf ? try ChromiumLocator.printer() : nil
        let plans = try PlanLoading(paths, today: today)
        if format == .html, template == nil, plans.files.count >= ManyPlanDashboard.threshold {
            return (nil, try manyPlanDashboard(plans, language: language, digits: digits, asOf: asOf, catalog: catalog))
        }
        let loading = plans.checkedFiles()
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
        switch format {
        case .json where template == nil: return (Data(JSONOutput.encode(context).utf8), exit)
        case .pdf:
            let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("itaplan-pdf-\(UUID().uuidString)")
            return (try (printer ?? ChromiumLocator.printer()).pdf(html: try render(context, layout: .print), scratch: scratch), exit)
        case .docx: return (try DocxDocument(context).data(), exit)
        default:
            let layout: ReportLayout = format == .html ? .html : format == .print ? .print : .markdown
            return (Data(try render(context, layout: layout).utf8), exit)
        }
    }

    private enum Outcome: Sendable {
        case shown(ManyPlanDashboard.Summary, String)
        case broken(CheckedPlan)
        case unreadable(ITAPlanError)
    }

    /// Many plans: the overview dashboard. Plans are checked and their
    /// sections rendered on every core, a batch at a time, as `status` does;
    /// sections wait in a temporary file until the overview, which needs
    /// every plan, has been written ahead of them.
    /// Returns the exit status the plans that did not check out call for, as `planReport` does.
    private func manyPlanDashboard(_ plans: PlanLoading, language: Language, digits: Bool, asOf: CivilDate,
                                   catalog: ITAYearCatalog) throws -> ExitCode? {
        let dashboard = try ManyPlanDashboard(language: language, thaiDigits: digits, catalog: catalog)
        let assembler = ManyPlanDashboard.Assembler(dashboard)
        let calculator = StatusCalculator(asOf: asOf, catalog: catalog)
        let sectionsURL = FileManager.default.temporaryDirectory.appendingPathComponent("itaplan-sections-\(UUID().uuidString)")
        let sections = try StreamingOutput(path: sectionsURL.path)
        defer {
            sections.discard()
            try? FileManager.default.removeItem(at: sectionsURL)
        }
        var broken: [CheckedPlan] = []
        var ioErrors = plans.discoveryErrors
        var shown = 0
        try plans.checker.check(paths: plans.files, transform: { result -> Outcome in
            switch result {
            case .failure(let error): return .unreadable(error)
            case .success(let checked):
                guard checked.errorCount == 0, let status = calculator.status(of: checked) else {
                    return .broken(checked.findingsOnly)
                }
                let rendered = dashboard.render(status)
                return .shown(rendered.summary, rendered.section)
            }
        }) { batch in
            for outcome in batch {
                switch outcome {
                case .shown(let summary, let section):
                    try sections.write(assembler.add(summary, section: section))
                    shown += 1
                case .broken(let checked): broken.append(checked)
                case .unreadable(let error): ioErrors.append(error)
                }
            }
        }
        try sections.finish()
        for error in ioErrors { Console.err("itaplan: " + error.text(in: language) + "\n") }
        if !broken.isEmpty {
            Console.err(TextFindingsReporter(language: language).render(ValidationRun(files: broken)))
        }
        guard shown > 0 else { throw ioErrors.isEmpty ? ExitStatus.findings : ExitStatus.usageOrIO }
        let frame = try assembler.frame(asOf: asOf)
        let page = try StreamingOutput(path: output)
        do {
            try page.write(frame.head)
            let reader = try FileHandle(forReadingFrom: sectionsURL)
            defer { try? reader.close() }
            while let chunk = try reader.read(upToCount: 1 << 20), !chunk.isEmpty {
                try page.write(chunk)
            }
            try page.write(frame.tail)
            try page.finish()
        } catch {
            page.discard()
            throw error
        }
        return !ioErrors.isEmpty ? ExitStatus.usageOrIO : broken.isEmpty ? nil : ExitStatus.findings
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
                        + FailureText.text(for: error, in: language) + "\n")
            return nil
        }
    }

    private func write(_ text: Data) throws {
        guard let output else {
            Console.out([UInt8](text))
            return
        }
        let url = URL(fileURLWithPath: output)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        do {
            try text.write(to: url, options: .atomic)
        } catch {
            throw ITAPlanError.cannotWrite(path: output, reason: FileReading.describe(error))
        }
    }
}
