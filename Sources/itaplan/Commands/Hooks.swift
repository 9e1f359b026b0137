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
                switch try HookInstaller(repository: repository, home: Console.environment["HOME"]).install(invoking: executable, force: force) {
                case .installed(let path): Console.out(language.pick(th: "ติดตั้ง hook แล้ว: \(path)\n", en: "installed \(path)\n"))
                case .updated(let path): Console.out(language.pick(th: "ปรับปรุง hook แล้ว: \(path)\n", en: "updated \(path)\n"))
                case .replaced(let path, let backup):
                    Console.out(language.pick(th: "ติดตั้ง hook แล้ว: \(path) (hook เดิมเก็บไว้ที่ \(backup))\n",
                                              en: "installed \(path); the previous hook is kept as \(backup)\n"))
                }
            } catch {
                throw Console.fail(error, language: language)
            }
        }
    }
}
