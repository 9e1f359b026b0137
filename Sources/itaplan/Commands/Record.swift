import ArgumentParser
import Foundation
import ITAPlanAudit
import ITAPlanCore
import ITAPlanGit
import ITAPlanRecord
import ITAPlanReport

struct Record: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Add a progress record to a step of a plan, changing nothing else in the file.",
        discussion: """
            Example: itaplan record 4.3 --period 2564-02 --done 2564-03-20 --evidence https://… --by "นิติกร"
            The result is checked with the plan's rules first; when it would have errors, nothing is written. \
            Many at once: itaplan record --from progress.csv (columns: plan, step, period, done, percent, \
            evidence, by, note, or their Thai names; docs/recording-progress.md). \
            Exit status: 0 recorded, 1 refused (the plan's rules), 2 usage or I/O error.
            """)

    @Argument(help: "The step id, e.g. 4.3 (not with --from).")
    var step: String?

    @Option(help: ArgumentHelp("The plan file (may be left out when plans/ holds a single plan).", valueName: "file"))
    var plan: String?

    @Option(help: "The due instance: 2564-02, ก.พ. 2564, Q2, H1, FY (default: the earliest one not yet done).")
    var period: String?

    @Option(help: ArgumentHelp("The day it was done: 2564-03-20, 2021-03-20, 20 มี.ค. 2564.", valueName: "date"))
    var done: String?

    @Option(help: ArgumentHelp("How far it has got, 0 to 100, when not done yet.", valueName: "n"))
    var percent: String?

    @Option(help: ArgumentHelp("A link to the evidence (repeat for several).", valueName: "url"))
    var evidence: [String] = []

    @Option(help: "Who records it.")
    var by: String?

    @Option(help: "A note.")
    var note: String?

    @Option(name: .customLong("from"), help: ArgumentHelp("Record every row of a CSV file (all rows or none).", valueName: "file.csv"))
    var csv: String?

    @Flag(help: "Commit the plan file alone through git, after the same checks as the pre-commit hook.")
    var commit = false

    @Flag(name: .customLong("dry-run"), help: "Print the change as a diff and write nothing.")
    var dryRun = false

    @OptionGroup var lang: LanguageOptions

    func validate() throws {
        if csv != nil {
            guard step == nil, period == nil, done == nil, percent == nil, evidence.isEmpty, by == nil, note == nil else {
                throw UsageProblem.fromTakesNoFields.usageError(in: lang.language)
            }
        } else if step == nil {
            throw UsageProblem.nameTheStep.usageError(in: lang.language)
        }
    }

    func run() throws {
        let language = lang.language
        do {
            // The repository that holds the plan decides the year models, as for validate.
            let models = try YearModelLoading.workingTree(near: plan ?? "plans")
            try models.stopIfBroken(language: language)
            let checker = PlanChecker(catalog: models.catalog, today: Clock.today())
            let run = RecordRun(recorder: ProgressRecorder(checker: checker), language: language, commit: commit,
                                dryRun: dryRun, signatures: CommitIdentity.now, output: Console.out, errors: Console.err)
            let exit = if let csv {
                try run.recordCSV(csv, plan: plan)
            } else {
                try run.record(ProgressInput(step: step ?? "", period: period, done: done, percent: percent,
                                             evidence: evidence, by: by, note: note), plan: plan)
            }
            throw ExitStatus.code(exit)
        } catch {
            throw Console.fail(error, language: language)
        }
    }
}
