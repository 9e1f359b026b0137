import Foundation
import ITAPlanImport

/// Runs poppler's `pdftotext -layout` on a PDF, as the import of a PDF
/// needs: the library is given the text, the executable runs the program.
/// Bounded: the text it may write, and the time it may take.
enum PDFTextExtraction {
    static let maxOutputBytes = 32 << 20
    static let timeoutSeconds = 120.0

    /// `pdftotext` on PATH, or nil.
    static func findTool() -> URL? {
        let path = Console.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("pdftotext")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    static func text(ofPDF path: String) throws -> String {
        guard let tool = findTool() else { throw WordImportError.noPDFText }
        let process = Process()
        process.executableURL = tool
        // "-enc UTF-8": Thai whatever the locale; "-" writes to standard output.
        process.arguments = ["-layout", "-enc", "UTF-8", "-q", "--", path, "-"]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw WordImportError.pdfTextFailed(error.localizedDescription)
        }
        let timer = DispatchSource.makeTimerSource()
        timer.schedule(deadline: .now() + timeoutSeconds)
        timer.setEventHandler { if process.isRunning { process.terminate() } }
        timer.resume()
        defer { timer.cancel() }
        var data = Data()
        let reader = output.fileHandleForReading
        while true {
            let chunk = reader.availableData
            if chunk.isEmpty { break }
            data.append(chunk)
            if data.count > maxOutputBytes {
                process.terminate()
                throw WordImportError.pdfTextFailed("more than \(maxOutputBytes >> 20) MiB of text")
            }
        }
        process.waitUntilExit()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile().prefix(400), as: UTF8.self)
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let reason = process.terminationReason == .uncaughtSignal ? "stopped after \(Int(timeoutSeconds)) s" : message
            throw WordImportError.pdfTextFailed(reason.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return String(decoding: data, as: UTF8.self)
    }
}
