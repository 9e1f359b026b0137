import ArgumentParser
import ITAPlanAudit
import ITAPlanCore
import ITAPlanRecord
import ITAPlanReport

struct Todo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List what is overdue and due soon, for one unit, with the command that records each.",
        discussion: "Exit status: 0, or 1 when a plan has errors (reported on stderr and left out), 2 usage or I/O error.")

    @OptionGroup var plans: PlanDayOptions

    @Option(help: "Days ahead that count as due soon (default: the plan's, else 14).")
    var within: Int?

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, csv }

    @Option(help: "Output format: text, or csv for a spreadsheet.")
    var format: Format = .text

    @OptionGroup var lang: LanguageOptions

    func validate() throws {
        try plans.check(in: lang.language)
        if let within, !(0...366).contains(within) {
            throw UsageProblem.daysOutOfRange(option: "--within").usageError(in: lang.language)
        }
    }

    func run() throws {
        let language = lang.language
        let today = Clock.today()
        let loading: PlanLoading
        do {
            loading = try PlanLoading(plans.paths, today: today)
        } catch {
            throw Console.fail(error, language: language)
        }
        let day = try plans.asOf?.day(in: language) ?? today
        let calculator = StatusCalculator(asOf: day, dueSoonDays: within, catalog: loading.checker.catalog)
        let (files, ioErrors) = loading.checkedFiles()
        var statuses: [PlanStatus] = []
        var broken: [CheckedPlan] = []
        for file in files {
            switch PlanOutcome(.success(file), calculator: calculator, show: { $0 }) {
            case .shown(let status): statuses.append(status)
            case .broken(let findings): broken.append(findings)
            case .unreadable: break
            }
        }
        if let unit = plans.unit, !statuses.isEmpty, !statuses.contains(where: { $0.hasUnit(unit) }) {
            var known: [String] = []
            for status in statuses { known += status.unitNames.filter { !known.contains($0) } }
            Console.err("itaplan: " + RecordMessage.noSuchUnit(unit: unit, known: known).text(in: language) + "\n")
            throw ExitStatus.usageOrIO
        }
        let items = TodoList.items(statuses, unit: plans.unit)
        switch format {
        case .text:
            Console.out(TodoRenderer(language: language, thaiDigits: plans.thaiDigits).render(items, unit: plans.unit, asOf: day, within: within))
        case .csv:
            Console.out(TodoCSVRenderer(language: language, byteOrderMark: !plans.noByteOrderMark).render(items))
        }
        if !broken.isEmpty {
            Console.err(TextFindingsReporter(language: language).render(ValidationRun(files: broken)))
        }
        for error in ioErrors { Console.err("itaplan: " + error.text(in: language) + "\n") }
        if !ioErrors.isEmpty { throw ExitStatus.usageOrIO }
        if !broken.isEmpty { throw ExitStatus.findings }
    }
}
