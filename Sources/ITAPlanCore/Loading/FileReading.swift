import Foundation
import ITAPlanYAML

/// Reads plan files from disk without ever blocking or reading more than a
/// plan can be worth: only regular files are opened (a FIFO named plan.yaml
/// would block forever), and a file over the size limit is not read at all.
public enum FileReading {
    public static func read(path: String, displayPath: String? = nil, maxBytes: Int) throws -> PlanSource {
        let shown = displayPath ?? path
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw ITAPlanError.cannotRead(path: shown, reason: errorText()) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw ITAPlanError.cannotRead(path: shown, reason: errorText()) }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw ITAPlanError.cannotRead(path: shown, reason: "not a regular file")
        }
        let size = Int(info.st_size)
        guard size <= maxBytes else {
            return PlanSource(path: shown, text: SourceText(bytes: []), size: size)
        }
        // Read to the end rather than trusting the size: the file may be growing.
        var bytes = [UInt8](repeating: 0, count: size + 1)
        var count = 0
        while true {
            if count == bytes.count {
                guard bytes.count <= maxBytes else { return PlanSource(path: shown, text: SourceText(bytes: []), size: count) }
                bytes.append(contentsOf: repeatElement(0, count: max(4096, bytes.count)))
            }
            let got = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw ITAPlanError.cannotRead(path: shown, reason: errorText())
            }
            if got == 0 { break }
            count += got
        }
        bytes.removeSubrange(count...)
        return PlanSource(path: shown, text: SourceText(bytes: bytes))
    }

    static func errorText() -> String {
        String(cString: strerror(errno))
    }
}
