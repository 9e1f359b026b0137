import ArgumentParser
import Foundation
import ITAPlanAudit
import ITAPlanCore
import ITAPlanGit
import ITAPlanReport

extension FindingsFormat: ExpressibleByArgument {}

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
        Console.out(format.reporter(language: language, color: Console.colorOnStandardOutput()).render(run))
        if format != .github {
            for error in run.ioErrors { Console.err("itaplan: " + error.text(in: language) + "\n") }
        }
        throw exitStatus(run)
    }

    /// In a hook, git names the index it is committing in GIT_INDEX_FILE: that one is read.
    private func stagedRun() throws -> ValidationRun {
        let repository = try GitRepository(discoveringFrom: FileManager.default.currentDirectoryPath)
        let indexFile = Console.environment["GIT_INDEX_FILE"].flatMap { $0.isEmpty ? nil : $0 }
        return try StagedValidation.run(in: repository, directories: paths.isEmpty ? ["plans"] : paths,
                                        indexFile: indexFile, today: Clock.today(),
                                        // Folders given are read from here, as git reads paths; the default is the top's plans.
                                        currentFolder: paths.isEmpty ? nil : FileManager.default.currentDirectoryPath)
    }

    private func exitStatus(_ run: ValidationRun) -> ExitCode {
        if !run.ioErrors.isEmpty { return ExitStatus.usageOrIO }
        if run.errorCount > 0 || (strict && run.warningCount > 0) { return ExitStatus.findings }
        return ExitStatus.clean
    }
}
