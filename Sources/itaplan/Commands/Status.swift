import ArgumentParser
import Foundation
import ITAPlanAudit
import ITAPlanCore
import ITAPlanRecord
import ITAPlanReport

extension StatusFormat: ExpressibleByArgument {}
extension StatusStream.FailOn: ExpressibleByArgument {}

struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what is done, late, overdue and due soon on a day.",
        discussion: """
            Exit status: 0, or 1 when a plan has errors or --fail-on finds something, 2 usage or I/O error. \
            Plans with errors are reported on stderr and left out of the status.
            """)

    @OptionGroup var plans: PlanDayOptions

    @Option(help: "Output format: \(StatusFormat.allCases.map(\.rawValue).joined(separator: ", ")) (summary: one line per plan).")
    var format: StatusFormat = .table

    @Option(name: .customLong("fail-on"), help: "Exit 1 when anything is overdue, or overdue or due soon.")
    var failOn: StatusStream.FailOn?

    @Option(name: .customLong("due-soon"), help: "Days before a deadline that count as due soon (default: the plan's, else 14).")
    var dueSoonDays: Int?

    @Flag(help: "Show when each done record was first recorded in a snapshot (refs/itaplan/snapshots), and flag those done more than 30 days before; walks the branch's history.")
    var recorded = false

    @Option(name: .customLong("plans-dir"), help: "With --recorded: the folder of plan files in the repository.")
    var plansDirectory = "plans"

    @OptionGroup var lang: LanguageOptions

    func validate() throws {
        try plans.check(in: lang.language)
        if let dueSoonDays, !(0...366).contains(dueSoonDays) {
            throw UsageProblem.daysOutOfRange(option: "--due-soon").usageError(in: lang.language)
        }
    }

    func run() throws {
        let language = lang.language
        let today = Clock.today()
        let loading: PlanLoading
        let recordings: RecordedLoading?
        do {
            loading = try PlanLoading(plans.paths, today: today)
            try loading.yearModels.stopIfBroken(language: language)
            recordings = recorded ? try RecordedLoading.here(catalog: loading.checker.catalog,
                                                            plansDirectory: plansDirectory, language: language) : nil
        } catch {
            throw Console.fail(error, language: language)
        }
        let options = StatusFormat.Options(language: language, thaiDigits: plans.thaiDigits,
                                           color: Console.colorOnStandardOutput(), byteOrderMark: !plans.noByteOrderMark)
        var adjust: (@Sendable (PlanStatus) -> PlanStatus)?
        if let recordings {
            adjust = { status in recordings.apply(to: status, file: status.path) }
        }
        let stream = StatusStream(
            checker: loading.checker,
            calculator: StatusCalculator(asOf: try plans.asOf?.day(in: language) ?? today, dueSoonDays: dueSoonDays, catalog: loading.checker.catalog),
            renderer: format.renderer(options), unit: plans.unit, adjust: adjust)
        let result = stream.run(files: loading.files, roots: loading.roots) { Console.out($0) }
        let ioErrors = loading.discoveryErrors + result.ioErrors
        if !result.broken.isEmpty {
            Console.err(TextFindingsReporter(language: language).render(ValidationRun(files: result.broken)))
        }
        for error in ioErrors { Console.err("itaplan: " + error.text(in: language) + "\n") }
        if let unit = plans.unit, result.unitUnknown(unit) {
            Console.err("itaplan: " + RecordMessage.noSuchUnit(unit: unit, known: result.otherUnits).text(in: language) + "\n")
            throw ExitStatus.usageOrIO
        }
        if !ioErrors.isEmpty { throw ExitStatus.usageOrIO }
        if !result.broken.isEmpty || result.fails(on: failOn) { throw ExitStatus.findings }
    }
}
