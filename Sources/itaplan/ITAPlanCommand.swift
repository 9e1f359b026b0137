import ArgumentParser
import Foundation
import ITAPlanCore

/// The `itaplan` command. Subcommands parse flags, call the library and print;
/// the library does the work.
@main
struct ITAPlanCommand: ParsableCommand {
    static let version = ITAPlanVersion.current

    static let configuration = CommandConfiguration(
        commandName: "itaplan",
        abstract: "Integrity and transparency (ITA) measures as plan-as-code / มาตรการ ITA ในรูปแบบไฟล์แผน",
        version: version,
        subcommands: [Validate.self, Status.self, Record.self, Todo.self, Report.self, Snapshot.self, Audit.self, History.self, Init.self, Import.self, Hooks.self, Schema.self, Years.self])

    /// Exit codes are part of the interface: 0 clean, 1 findings, 2 usage or I/O.
    static func main() {
        do {
            var command = try parseAsRoot()
            do {
                try command.run()
            } catch let error where !Self.isArgumentParsers(error) {
                // A library error no command caught: its words, never ArgumentParser's dump of it.
                let language = Language(localeEnvironment: Console.environment)
                throw Console.fail(error, language: language)
            }
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                Console.out(message + "\n")
                Foundation.exit(0)
            }
            Console.err(message + "\n")
            Foundation.exit(ExitStatus.usageOrIO.rawValue)
        }
    }

    /// Help, usage and exit requests, which ArgumentParser words and exits on itself.
    private static func isArgumentParsers(_ error: Error) -> Bool {
        error is ExitCode || error is ValidationError || error is CleanExit
            || String(reflecting: type(of: error)).hasPrefix("ArgumentParser.")
    }
}
