import ArgumentParser
import ITAPlanAudit
import ITAPlanCore
import ITAPlanRecord
import ITAPlanReport

enum StatusFormat: String, ExpressibleByArgument, CaseIterable {
    case table, summary, json, markdown, csv
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

    @Option(help: "Output format: table, summary (one line per plan), json, markdown or csv.")
    var format: StatusFormat = .table

    @Option(name: .customLong("fail-on"), help: "Exit 1 when anything is overdue, or overdue or due soon.")
    var failOn: FailOn?

    @Option(name: .customLong("due-soon"), help: "Days before a deadline that count as due soon (default: the plan's, else 14).")
    var dueSoonDays: Int?

    @Flag(name: .customLong("thai-digits"), help: "Print numbers in Thai digits (with --lang th).")
    var thaiDigits = false

    @Option(help: "Only steps of this unit (found within the step's or measure's responsible units, ignoring spacing and Thai punctuation such as ฯ), in every format.")
    var unit: String?

    @Flag(name: .customLong("no-bom"), help: "With --format csv: leave out the UTF-8 byte order mark that makes Excel read Thai correctly.")
    var noByteOrderMark = false

    @Flag(help: "Show when each done record was first recorded in a snapshot (refs/itaplan/snapshots), and flag those done more than 30 days before; walks the branch's history.")
    var recorded = false

    @Option(name: .customLong("plans-dir"), help: "With --recorded: the folder of plan files in the repository.")
    var plansDirectory = "plans"

    @OptionGroup var lang: LanguageOptions

    func validate() throws {
        if let dueSoonDays, !(0...366).contains(dueSoonDays) {
            throw ValidationError("--due-soon takes 0 to 366 days")
        }
        if let unit, UnitName.key(unit).isEmpty { throw ValidationError("--unit needs a name, e.g. --unit งานพัสดุ") }
    }

    /// What each plan file comes to: its rendered status, or why there is none.
    enum Outcome: Sendable {
        /// `otherUnits`: the plan's unit names when `--unit` matched none of them.
        case shown(text: [UInt8], completion: Completion, otherUnits: [String]?)
        case broken(CheckedPlan)
        case unreadable(ITAPlanError)
    }

    func run() throws {
        let language = lang.language
        let today = Clock.today()
        let loading: PlanLoading
        let recordings: RecordedLoading?
        do {
            loading = try PlanLoading(paths, today: today)
            try loading.yearModels.stopIfBroken(language: language)
            recordings = recorded ? try RecordedLoading.load(catalog: loading.checker.catalog,
                                                            plansDirectory: plansDirectory, language: language) : nil
        } catch {
            throw Console.fail(error, language: language)
        }
        let calculator = StatusCalculator(asOf: asOf?.date ?? today, dueSoonDays: dueSoonDays,
                                          catalog: loading.checker.catalog)
        let render = renderer(language: language)
        let unit = self.unit
        var broken: [CheckedPlan] = []
        var ioErrors = loading.discoveryErrors
        var shown = 0
        var total = Completion()
        var unitFound = false
        var unmatchedUnits: [String] = []
        // Plans are checked, computed and rendered on every core, a batch at a
        // time, and written in order as each batch completes.
        Console.out(Array(render.opening.utf8))
        loading.checker.check(paths: loading.files, roots: loading.roots, transform: { result -> Outcome in
            switch result {
            case .failure(let error): return .unreadable(error)
            case .success(let checked):
                guard checked.errorCount == 0, var status = calculator.status(of: checked) else {
                    return .broken(checked.findingsOnly)
                }
                var otherUnits: [String]?
                if let unit {
                    if !status.hasUnit(unit) { otherUnits = status.unitNames }
                    status = status.filtered(unit: unit)
                }
                if let recordings { status = recordings.apply(to: status, file: checked.source.path) }
                return .shown(text: render.plan(status), completion: status.completion, otherUnits: otherUnits)
            }
        }) { batch in
            var text: [UInt8] = []
            for outcome in batch {
                switch outcome {
                case .shown(let plan, let completion, let otherUnits):
                    if let otherUnits {
                        for name in otherUnits where !unmatchedUnits.contains(name) { unmatchedUnits.append(name) }
                    } else {
                        unitFound = true
                    }
                    if shown > 0 { text += render.separator.utf8 }
                    text += plan
                    shown += 1
                    total = total + completion
                case .broken(let checked): broken.append(checked)
                case .unreadable(let error): ioErrors.append(error)
                }
            }
            Console.out(text)
        }
        Console.out(Array(render.closing(total, shown).utf8))
        if !broken.isEmpty {
            Console.err(TextFindingsReporter(language: language).render(ValidationRun(files: broken)))
        }
        for error in ioErrors { Console.err("itaplan: " + error.text(in: language) + "\n") }

        if let unit, shown > 0, !unitFound {
            // A misspelt unit would otherwise give empty tables and a clean exit.
            Console.err("itaplan: " + RecordMessage.noSuchUnit(unit: unit, known: unmatchedUnits).text(in: language) + "\n")
            throw ExitStatus.usageOrIO
        }
        if !ioErrors.isEmpty { throw ExitStatus.usageOrIO }
        let failing = switch failOn {
        case nil: false
        case .overdue: total.overdue > 0
        case .dueSoon: total.overdue + total.dueSoon > 0
        }
        if !broken.isEmpty || failing { throw ExitStatus.findings }
    }

    /// How one format starts, renders a plan, separates plans and ends.
    struct PlanRenderer: Sendable {
        let opening: String
        let separator: String
        let plan: @Sendable (PlanStatus) -> [UInt8]
        /// The end, given every plan's instances together and how many plans were shown.
        let closing: @Sendable (_ total: Completion, _ plans: Int) -> String
    }

    private func renderer(language: Language) -> PlanRenderer {
        switch format {
        case .table:
            let table = StatusTableRenderer(language: language, thaiDigits: thaiDigits,
                                            style: TerminalStyle(enabled: Console.colorOnStandardOutput()))
            return PlanRenderer(opening: "", separator: "\n", plan: { Array(table.render($0).utf8) }, closing: { _, _ in "" })
        case .summary:
            let summary = StatusSummaryRenderer(language: language, thaiDigits: thaiDigits)
            return PlanRenderer(opening: summary.header, separator: "", plan: { Array(summary.plan($0).utf8) },
                                closing: { summary.total($0, plans: $1) })
        case .json:
            let json = StatusJSONRenderer()
            return PlanRenderer(opening: json.opening, separator: ",\n", plan: { json.planBytes($0) },
                                closing: { json.closing(empty: $1 == 0) })
        case .markdown:
            let markdown = StatusMarkdownRenderer(language: language, thaiDigits: thaiDigits)
            return PlanRenderer(opening: "", separator: "\n", plan: { Array(markdown.render($0).utf8) }, closing: { _, _ in "" })
        case .csv:
            let csv = StatusCSVRenderer(language: language, byteOrderMark: !noByteOrderMark)
            return PlanRenderer(opening: csv.headerLine, separator: "", plan: { Array(csv.rows($0).utf8) }, closing: { _, _ in "" })
        }
    }
}
