import ArgumentParser
import Foundation
import ITAPlanAudit
import ITAPlanCore
import ITAPlanSetup

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Set up a plan repository: git, a plan template, the pre-commit hook, CI workflows and the editor schema.",
        discussion: """
            Run again in a plan repository, it writes what is missing and says what it kept. The plan and README are \
            never overwritten; --force rewrites itaplan's own files (schema, workflows) and replaces another pre-commit \
            hook, keeping it as pre-commit.before-itaplan. The plan is the commented template, or --plan FILE (e.g. made by itaplan import).
            """)

    @Argument(help: "The folder to set up (default: the current folder).")
    var directory = "."

    @Option(name: .customLong("fiscal-year"), help: "The plan's fiscal year, Buddhist Era (default: the current one).")
    var fiscalYear: Int?

    @Option(help: "The agency's name, for the template.")
    var agency: String?

    @Option(help: "Start from this plan file instead of the template.")
    var plan: String?

    @Flag(help: "Rewrite itaplan's own files that differ (never the plan or README) and replace another pre-commit hook.")
    var force = false

    @OptionGroup var lang: LanguageOptions

    func validate() throws {
        if let fiscalYear, !(2500...2700).contains(fiscalYear) {
            throw UsageProblem.fiscalYearNotBuddhist.usageError(in: lang.language)
        }
    }

    func run() throws {
        let language = lang.language
        do {
            let year = fiscalYear ?? FiscalYear(containing: Clock.today()).buddhistYear
            var planText: String?
            if let plan { planText = try RepositorySetup.planText(readingFrom: plan) }
            let request = RepositorySetup.Request(
                directory: directory, fiscalYear: year,
                planFileName: plan.map { URL(fileURLWithPath: $0).lastPathComponent }, planText: planText,
                agency: agency, hookExecutable: Bundle.main.executableURL?.resolvingSymlinksInPath().path, force: force,
                home: Console.environment["HOME"])
            let models = try YearModelLoading.folder(root: directory)
            try models.stopIfBroken(language: language)
            // Paths hold the --plan file's name and the hooks folder git config names: shown safely.
            let outcome = try RepositorySetup(catalog: models.catalog).run(request).shownSafely
            for message in outcome.messages(version: ITAPlanVersion.current) {
                let line = message.text(in: language) + "\n"
                if message.isNote { Console.err(line) } else { Console.out(line) }
            }
            // A file left unwritten is not a set-up repository: said above, and the exit says so too.
            if !outcome.throughLink.isEmpty { throw ExitStatus.usageOrIO }
        } catch {
            throw Console.fail(error, language: language)
        }
    }
}
