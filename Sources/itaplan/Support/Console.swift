import ArgumentParser
import Foundation
import ITAPlanCore

/// Where output goes, and what the process environment says about it.
/// Only the executable reads the environment; the library is given values.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func out(_ bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes))
    }

    /// Standard error is always plain text (never coloured, never workflow
    /// commands), so everything on it goes through `SafeText`: a path or
    /// document text with control characters shows them escaped.
    static func err(_ text: String) {
        FileHandle.standardError.write(Data(SafeText.plainText(text).utf8))
    }

    static var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// Colour only on a terminal, and never when NO_COLOR is set.
    static func colorOnStandardOutput() -> Bool {
        isatty(STDOUT_FILENO) == 1 && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    }

    /// Prints a command-stopping error in the user's language and gives the exit status for it.
    static func fail(_ error: Error, language: Language) -> ExitCode {
        if let exit = error as? ExitCode { return exit }
        err("itaplan: " + FailureText.text(for: error, in: language) + "\n")
        return ExitStatus.usageOrIO
    }
}

/// The exit statuses itaplan promises.
enum ExitStatus {
    static let clean = ExitCode(0)
    static let findings = ExitCode(1)
    static let usageOrIO = ExitCode(2)

    /// The exit status for how a library-run command came out.
    static func code(_ exit: CommandExit) -> ExitCode {
        switch exit {
        case .clean: clean
        case .findings: findings
        case .usageOrIO: usageOrIO
        }
    }
}
