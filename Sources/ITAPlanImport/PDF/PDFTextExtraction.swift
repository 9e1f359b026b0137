import Foundation

/// Runs poppler's `pdftotext -layout` on a PDF, as the import of a PDF
/// needs. Bounded: the text it may write, and the time it may take. The
/// search path is the caller's (the executable: PATH).
public enum PDFTextExtraction {
    static let maxOutputBytes = 32 << 20
    static let timeoutSeconds = 120.0

    /// `pdftotext` in one of `searchPath`'s folders (`PATH`'s form), or nil.
    static func findTool(searchPath: String) -> URL? {
        for folder in searchPath.split(separator: ":") where !folder.isEmpty {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("pdftotext")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    public static func text(ofPDF path: String, searchPath: String) throws -> String {
        guard let tool = findTool(searchPath: searchPath) else { throw WordImportError.noPDFText }
        let process = Process()
        process.executableURL = tool
        // "-enc UTF-8": Thai whatever the locale; "-" writes to standard output.
        process.arguments = ["-layout", "-enc", "UTF-8", "--", path, "-"]
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
        // Standard error is drained alongside, so a PDF that makes pdftotext warn a lot cannot fill its
        // pipe and stall it; the first few hundred bytes are kept for the message.
        let errorText = ErrorCollector()
        let drained = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            let handle = errors.fileHandleForReading
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                errorText.add(chunk)
            }
            drained.signal()
        }
        var data = Data()
        let reader = output.fileHandleForReading
        while true {
            let chunk = reader.availableData
            if chunk.isEmpty { break }
            data.append(chunk)
            if data.count > maxOutputBytes {
                process.terminate()
                drained.wait()
                throw WordImportError.pdfTextFailed("more than \(maxOutputBytes >> 20) MiB of text")
            }
        }
        process.waitUntilExit()
        drained.wait()
        let message = String(decoding: errorText.data, as: UTF8.self)
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let reason = process.terminationReason == .uncaughtSignal ? "stopped after \(Int(timeoutSeconds)) s"
                : message.isEmpty ? "exit status \(process.terminationStatus)" : message
            // pdftotext's own words, without the controls a crafted PDF could put in them.
            let printable = String(reason.unicodeScalars.map { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) ? " " : Character($0) })
            throw WordImportError.pdfTextFailed(printable.trimmingCharacters(in: .whitespaces))
        }
        return String(decoding: data, as: UTF8.self)
    }
}

/// The first bytes of a child's standard error, gathered on another thread.
private final class ErrorCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var kept = Data()

    func add(_ chunk: Data) {
        lock.lock()
        defer { lock.unlock() }
        if kept.count < 400 { kept.append(chunk.prefix(400 - kept.count)) }
    }

    var data: Data {
        lock.lock()
        defer { lock.unlock() }
        return kept
    }
}
