import ArgumentParser
import ITAPlanCore
import ITAPlanRecord
import ITAPlanReport

struct Todo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List what is overdue and due soon, for one unit, with the command that records each.",
        discussion: "Exit status: 0, or 1 when a plan has errors (reported on stderr and left out), 2 usage or I/O error.")

    @Argument(help: "Plan files or folders (default: plans).")
    var paths: [String] = []

    @Option(help: "Only steps of this unit: found within the step's (or measure's) responsible units, ignoring spacing and Thai punctuation such as ฯ.")
    var unit: String?

    @Option(help: "Days ahead that count as due soon (default: the plan's, else 14).")
    var within: Int?

    @Option(name: .customLong("as-of"), help: "The day: 2021-03-31, 2564-03-31 or 31 มี.ค. 2564 (default: today in Asia/Bangkok).")
    var asOf: AsOfDate?

    @Flag(name: .customLong("thai-digits"), help: "Print numbers in Thai digits (with --lang th).")
    var thaiDigits = false

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, csv }

    @Option(help: "Output format: text, or csv for a spreadsheet.")
    var format: Format = .text

    @Flag(name: .customLong("no-bom"), help: "With --format csv: leave out the UTF-8 byte order mark Excel needs.")
    var noByteOrderMark = false

    @OptionGroup var lang: LanguageOptions

    func validate() throws {
        if let within, !(0...366).contains(within) { throw ValidationError("--within takes 0 to 366 days") }
        if let unit, UnitName.key(unit).isEmpty { throw ValidationError("--unit needs a name, e.g. --unit งานพัสดุ") }
    }

    func run() throws {
        let language = lang.language
        let today = Clock.today()
        let loading: PlanLoading
        do {
            loading = try PlanLoading(paths, today: today)
        } catch {
            throw Console.fail(error, language: language)
        }
        let day = (try asOf?.day(in: language) ?? today)
        let calculator = StatusCalculator(asOf: day, dueSoonDays: within, catalog: loading.checker.catalog)
        let (files, ioErrors) = loading.checkedFiles()
        var statuses: [PlanStatus] = []
        var broken: [CheckedPlan] = []
        for file in files {
            if file.errorCount == 0, let status = calculator.status(of: file) { statuses.append(status) } else { broken.append(file.findingsOnly) }
        }
        if let unit, !statuses.isEmpty, !statuses.contains(where: { $0.hasUnit(unit) }) {
            var known: [String] = []
            for status in statuses { known += status.unitNames.filter { !known.contains($0) } }
            Console.err("itaplan: " + RecordMessage.noSuchUnit(unit: unit, known: known).text(in: language) + "\n")
            throw ExitStatus.usageOrIO
        }
        let items = TodoList.items(statuses, unit: unit)
        switch format {
        case .text:
            Console.out(TodoRenderer(language: language, thaiDigits: thaiDigits).render(items, unit: unit, asOf: day, within: within))
        case .csv:
            Console.out(TodoCSVRenderer(language: language, byteOrderMark: !noByteOrderMark).render(items))
        }
        if !broken.isEmpty {
            Console.err(TextFindingsReporter(language: language).render(ValidationRun(files: broken)))
        }
        for error in ioErrors { Console.err("itaplan: " + error.text(in: language) + "\n") }
        if !ioErrors.isEmpty { throw ExitStatus.usageOrIO }
        if !broken.isEmpty { throw ExitStatus.findings }
    }
}
