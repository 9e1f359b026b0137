import Foundation

/// Headless Chromium (Debian's `chromium`), for checking pages as a browser
/// renders them: screenshots, PDFs, the DOM after load, console messages.
public enum Chromium {
    public struct Run {
        public let status: Int32
        public let stdout: String
        /// Console messages the page logged, as Chromium reports them.
        public let console: [String]
    }

    public static func run(_ arguments: [String], page: URL) throws -> Run {
        let output = try ProcessRunner.run(command: "chromium", [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--enable-logging=stderr", "--v=0", "--virtual-time-budget=3000",
        ] + arguments + [page.absoluteString])
        let console = output.stderr.split(separator: "\n").filter { $0.contains(":CONSOLE") }.map(String.init)
        return Run(status: output.status, stdout: output.stdout, console: console)
    }

    /// Runs a command-line tool (pdftoppm, pdffonts, pdftotext) and returns its output.
    public static func tool(_ name: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let output = try ProcessRunner.run(command: name, arguments)
        return (output.status, output.stdout + output.stderr)
    }
}
