import ArgumentParser
import ITAPlanCore
import ITAPlanReport

enum FindingsFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, github
}

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check plan files and print every finding like a compiler.",
        discussion: "Exit status: 0 clean (warnings allowed unless --strict), 1 findings, 2 usage or I/O error.")

    @Argument(help: "Plan files or folders (default: plans).")
    var paths: [String] = []

    @Option(help: "Output format: text, json or github (workflow commands).")
    var format: FindingsFormat = .text

    @Flag(help: "Fail on warnings too.")
    var strict = false

    @OptionGroup var lang: LanguageOptions

    func run() throws {
        let language = lang.language
        let run: ValidationRun
        do {
            run = try PlanLoading.load(paths, today: Clock.today()).run
        } catch {
            throw Console.fail(error, language: language)
        }
        Console.out(reporter(language).render(run))
        if format != .github {
            for error in run.ioErrors { Console.err("itaplan: " + error.text(in: language) + "\n") }
        }
        throw exitStatus(run)
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
