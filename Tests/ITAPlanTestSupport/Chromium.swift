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
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                             "--enable-logging=stderr", "--v=0", "--virtual-time-budget=3000"]
            + arguments + [page.absoluteString]
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        DispatchQueue.global().async(group: group) { outData = out.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { errData = err.fileHandleForReading.readDataToEndOfFile() }
        group.wait()
        process.waitUntilExit()
        let console = String(decoding: errData, as: UTF8.self).split(separator: "\n")
            .filter { $0.contains(":CONSOLE") }.map(String.init)
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), console: console)
    }

    /// Runs a command-line tool (pdftoppm, pdffonts, pdftotext) and returns its output.
    public static func tool(_ name: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
