import Foundation
import ITAPlanCore

/// Prints the print layout to PDF with headless Chromium, the engine that
/// lays the page out as the tests check it (named A4 pages, repeated table
/// headers, Thai line breaking through ICU). The executable finds Chromium
/// and says how; this type only runs it.
public struct ChromiumPDF: Sendable {
    public enum Failure: LocalizedFailure, Sendable, Equatable {
        /// No Chromium among the names and the variable the executable looked at.
        case engineMissing(searched: [String])
        /// Chromium ran and failed, or wrote no PDF.
        case engineFailed(engine: String, status: Int32, detail: String)
        /// Chromium did not finish in time (and was stopped).
        case engineTimedOut(engine: String, seconds: Int)

        public func text(in language: Language) -> String {
            let th = language == .thai
            switch self {
            case .engineMissing(let searched):
                return th
                    ? "ทำ PDF ไม่ได้: ไม่พบ Chromium (ค้นหา \(searched.joined(separator: ", "))) "
                      + "ติดตั้งด้วย apt-get install chromium หรือระบุโปรแกรมด้วยตัวแปร ITAPLAN_CHROMIUM "
                      + "หรือใช้ --format print แล้วสั่งพิมพ์เป็น PDF จากเบราว์เซอร์"
                    : "cannot make a PDF: Chromium was not found (looked for \(searched.joined(separator: ", "))); "
                      + "install it (apt-get install chromium), or name it in ITAPLAN_CHROMIUM, "
                      + "or use --format print and print to PDF from a browser"
            case .engineFailed(let engine, let status, let detail):
                return th
                    ? "\(engine) ทำ PDF ไม่สำเร็จ (สถานะ \(status)): \(detail)"
                    : "\(engine) did not make the PDF (status \(status)): \(detail)"
            case .engineTimedOut(let engine, let seconds):
                return th
                    ? "\(engine) ทำ PDF ไม่เสร็จใน \(seconds) วินาที จึงหยุดไว้"
                    : "\(engine) did not finish the PDF in \(seconds) seconds and was stopped"
            }
        }
    }

    public let executable: URL
    /// Chromium refuses to run as root without `--no-sandbox` (containers, CI).
    public let disableSandbox: Bool
    public let timeoutSeconds: Int

    public init(executable: URL, disableSandbox: Bool, timeoutSeconds: Int = 120) {
        self.executable = executable
        self.disableSandbox = disableSandbox
        self.timeoutSeconds = timeoutSeconds
    }

    /// Prints `html` (a self-contained page) and returns the PDF's bytes.
    /// `scratch` is a folder for the page, the PDF and Chromium's profile;
    /// it is removed afterwards.
    public func pdf(html: String, scratch: URL) throws -> Data {
        let files = FileManager.default
        try files.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? files.removeItem(at: scratch) }
        let page = scratch.appendingPathComponent("page.html")
        let output = scratch.appendingPathComponent("page.pdf")
        try Data(html.utf8).write(to: page)

        let process = Process()
        process.executableURL = executable
        process.arguments = (disableSandbox ? ["--no-sandbox"] : []) + [
            "--headless", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
            "--disable-extensions", "--user-data-dir=" + scratch.appendingPathComponent("profile").path,
            "--no-pdf-header-footer", "--print-to-pdf=" + output.path, page.absoluteString,
        ]
        let log = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = log
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw Failure.engineFailed(engine: executable.path, status: -1, detail: "\(error.localizedDescription)")
        }
        // Drain the log while waiting, so a chatty Chromium cannot fill the pipe and stall.
        nonisolated(unsafe) var logData = Data()
        let drained = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            logData = log.fileHandleForReading.readDataToEndOfFile()
            drained.signal()
        }
        if drained.wait(timeout: .now() + .seconds(timeoutSeconds)) == .timedOut {
            process.terminate()
            process.waitUntilExit()
            throw Failure.engineTimedOut(engine: executable.lastPathComponent, seconds: timeoutSeconds)
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0, let data = files.contents(atPath: output.path), data.starts(with: Array("%PDF".utf8)) else {
            let lines = String(decoding: logData, as: UTF8.self).split(separator: "\n")
                .filter { !$0.contains(":INFO:") && !$0.contains(":WARNING:") }
            throw Failure.engineFailed(engine: executable.lastPathComponent, status: process.terminationStatus,
                                       detail: SafeText.inline(lines.suffix(3).joined(separator: " | ")))
        }
        return data
    }
}
