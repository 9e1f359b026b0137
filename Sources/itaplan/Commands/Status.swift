import ArgumentParser
import ITAPlanCore
import ITAPlanReport

enum StatusFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, markdown, csv
}

enum FailOn: String, ExpressibleByArgument, CaseIterable {
    case overdue
    case dueSoon = "due-soon"
}

struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what is done, late, overdue and due soon on a day.",
        discussion: """
            Exit status: 0, or 1 when a plan has errors or --fail-on finds something, 2 usage or I/O error. \
            Plans with errors are reported on stderr and left out of the status.
            """)

    @Argument(help: "Plan files or folders (default: plans).")
    var paths: [String] = []

    @Option(name: .customLong("as-of"),
            help: "The day to report on: 2021-03-31, 2564-03-31 or 31 มี.ค. 2564 (default: today in Asia/Bangkok).")
    var asOf: AsOfDate?

    @Option(help: "Output format: table, json, markdown or csv.")
    var format: StatusFormat = .table

    @Option(name: .customLong("fail-on"), help: "Exit 1 when anything is overdue, or overdue or due soon.")
    var failOn: FailOn?

    @Option(name: .customLong("due-soon"), help: "Days before a deadline that count as due soon (default: the plan's, else 14).")
    var dueSoonDays: Int?

    @Flag(name: .customLong("thai-digits"), help: "Print numbers in Thai digits (with --lang th).")
    var thaiDigits = false

    @OptionGroup var lang: LanguageOptions

    func validate() throws {
        if let dueSoonDays, !(0...366).contains(dueSoonDays) {
            throw ValidationError("--due-soon takes 0 to 366 days")
        }
    }

    func run() throws {
        let language = lang.language
        let today = Clock.today()
        let loading: PlanLoading
        let catalog: ITAYearCatalog
        do {
            loading = try PlanLoading.load(paths, today: today)
            catalog = try ITAYearCatalog.bundled()
        } catch {
            throw Console.fail(error, language: language)
        }
        let broken = loading.files.filter { $0.errorCount > 0 }
        if !broken.isEmpty {
            Console.err(TextFindingsReporter(language: language).render(ValidationRun(files: broken)))
        }
        for error in loading.ioErrors { Console.err("itaplan: " + error.text(in: language) + "\n") }

        let calculator = StatusCalculator(asOf: asOf?.date ?? today, dueSoonDays: dueSoonDays, catalog: catalog)
        let statuses = loading.files.filter { $0.errorCount == 0 }.compactMap(calculator.status)
        Console.out(render(statuses, language: language))

        if !loading.ioErrors.isEmpty { throw ExitStatus.usageOrIO }
        if !broken.isEmpty || failing(statuses) { throw ExitStatus.findings }
    }

    private func render(_ statuses: [PlanStatus], language: Language) -> String {
        switch format {
        case .table:
            return StatusTableRenderer(language: language, thaiDigits: thaiDigits,
                                       style: TerminalStyle(enabled: Console.colorOnStandardOutput())).render(statuses)
        case .json: return StatusJSONRenderer().render(statuses)
        case .markdown: return StatusMarkdownRenderer(language: language, thaiDigits: thaiDigits).render(statuses)
        case .csv: return StatusCSVRenderer(language: language).render(statuses)
        }
    }

    private func failing(_ statuses: [PlanStatus]) -> Bool {
        switch failOn {
        case nil: return false
        case .overdue: return statuses.contains { $0.completion.overdue > 0 }
        case .dueSoon: return statuses.contains { $0.completion.overdue + $0.completion.dueSoon > 0 }
        }
    }
}
