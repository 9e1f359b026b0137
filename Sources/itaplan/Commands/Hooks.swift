import ArgumentParser
import Foundation
import ITAPlanAudit
import ITAPlanGit

struct Hooks: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Install git hooks.", subcommands: [Install.self])

    struct Install: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Install the pre-commit hook that refuses commits of invalid plans.",
            discussion: "Honours core.hooksPath. Another hook is only replaced with --force, and is kept as pre-commit.before-itaplan.")

        @Flag(help: "Replace a pre-commit hook that is not itaplan's.")
        var force = false

        @OptionGroup var lang: LanguageOptions

        func run() throws {
            let language = lang.language
            do {
                let repository = try GitRepository(discoveringFrom: FileManager.default.currentDirectoryPath)
                let executable = Bundle.main.executableURL?.resolvingSymlinksInPath().path
                let outcome = try HookInstaller(repository: repository, home: Console.environment["HOME"])
                    .install(invoking: executable, force: force)
                Console.out(outcome.text(in: language) + "\n")
            } catch {
                throw Console.fail(error, language: language)
            }
        }
    }
}
