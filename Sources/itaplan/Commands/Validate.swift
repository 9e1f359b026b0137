import ArgumentParser
import Foundation
import ITAPlanAudit
import ITAPlanCore
import ITAPlanGit
import ITAPlanReport

enum FindingsFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, github
}

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check plan files and print every finding like a compiler.",
        discussion: "Exit status: 0 clean (warnings allowed unless --strict), 1 findings, 2 usage or I/O error.")

    @Argument(help: "Plan files or folders (default: plans). With --staged: folders in the repository.")
    var paths: [String] = []

    @Flag(help: "Check plan files as staged in the git index (what the next commit adds or changes), not the working tree.")
    var staged = false

    @Option(help: "Output format: text, json or github (workflow commands).")
    var format: FindingsFormat = .text

    @Flag(help: "Fail on warnings too.")
    var strict = false

    @OptionGroup var lang: LanguageOptions

    func run() throws {
        let language = lang.language
        let run: ValidationRun
        do {
            run = staged ? try stagedRun() : try PlanLoading(paths, today: Clock.today()).validationRun()
        } catch {
            throw Console.fail(error, language: language)
        }
        Console.out(reporter(language).render(run))
        if format != .github {
            for error in run.ioErrors { Console.err("itaplan: " + error.text(in: language) + "\n") }
        }
        throw exitStatus(run)
    }

    /// Plans read from the index through libgit2, shown with repository paths.
    /// In a hook, git names the index it is committing in GIT_INDEX_FILE (a
    /// temporary one for `commit -a` and `commit <paths>`): that one is read.
    private func stagedRun() throws -> ValidationRun {
        let repository = try GitRepository(discoveringFrom: FileManager.default.currentDirectoryPath)
        // The year models as staged too: the commit is checked as it will be.
        let indexFile = ProcessInfo.processInfo.environment["GIT_INDEX_FILE"].flatMap { $0.isEmpty ? nil : $0 }
        let models = try YearModelLoading.staged(in: repository, indexFile: indexFile)
        let checker = PlanChecker(catalog: models.catalog, today: Clock.today())
        let directories = paths.isEmpty ? ["plans"] : paths
        // A changed model changes how every plan checks, not only the staged ones.
        let sources = try RepositoryYearModels.stagedChangesModels(in: repository, indexFile: indexFile)
            ? try RepositoryPlans.allStaged(in: repository, directories: directories, indexFile: indexFile)
            : try RepositoryPlans.staged(in: repository, directories: directories, indexFile: indexFile)
        return ValidationRun(files: models.files.filter { !$0.findings.isEmpty }.map(\.asCheckedFile)
            + sources.map(checker.check))
    }

    private func reporter(_ language: Language) -> any FindingsReporter {
        switch format {
        case .text: TextFindingsReporter(language: language, style: TerminalStyle(enabled: Console.colorOnStandardOutput()))
        case .json: JSONFindingsReporter(language: language)
        case .github: GitHubFindingsReporter(language: language)
        }
    }

    private func exitStatus(_ run: ValidationRun) -> ExitCode {
        if !run.ioErrors.isEmpty { return ExitStatus.usageOrIO }
        if run.errorCount > 0 || (strict && run.warningCount > 0) { return ExitStatus.findings }
        return ExitStatus.clean
    }
}
