import ArgumentParser
import ITAPlanAudit
import ITAPlanCore
import ITAPlanRecord
import ITAPlanReport

extension TodoRun.Format: ExpressibleByArgument {}

struct Todo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List what is overdue and due soon, for one unit, with the command that records each.",
        discussion: "Exit status: 0, or 1 when a plan has errors (reported on stderr and left out), 2 usage or I/O error.")

    @OptionGroup var plans: PlanDayOptions

    @Option(help: "Days ahead that count as due soon (default: the plan's, else 14).")
    var within: Int?

    @Option(help: "Output format: text, or csv for a spreadsheet.")
    var format: TodoRun.Format = .text

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
        let request = TodoRun.Request(language: language, thaiDigits: plans.thaiDigits, byteOrderMark: !plans.noByteOrderMark,
                                      format: format, unit: plans.unit, within: within,
                                      asOf: try plans.asOf?.day(in: language) ?? today)
        let (files, ioErrors) = loading.checkedFiles()
        let run = TodoRun(request, output: Console.out, errors: Console.err)
        throw ExitStatus.code(run.run(files, ioErrors: ioErrors, catalog: loading.checker.catalog))
    }
}
