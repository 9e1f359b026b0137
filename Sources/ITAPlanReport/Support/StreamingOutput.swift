import Foundation
import ITAPlanCore

/// Output written piece by piece: to standard output, or to a temporary
/// file beside the target that replaces it only when all is written, so a
/// failed run leaves any earlier file as it was.
public final class StreamingOutput {
    private let target: URL?
    private let temporary: URL?
    private let handle: FileHandle
    private var finished = false

    /// `path`: the file to write; nil, standard output.
    public init(path: String?) throws {
        guard let path else {
            target = nil
            temporary = nil
            handle = FileHandle.standardOutput
            return
        }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).itaplan-\(UUID().uuidString.prefix(8))")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
                throw CocoaError(.fileWriteNoPermission)
            }
            handle = try FileHandle(forWritingTo: temporary)
        } catch {
            throw ITAPlanError.cannotWrite(path: path, reason: FileReading.describe(error))
        }
        self.target = url
        self.temporary = temporary
    }

    public func write(_ text: String) throws {
        try write(Data(text.utf8))
    }

    public func write(_ data: Data) throws {
        do {
            try handle.write(contentsOf: data)
        } catch {
            discard()
            throw ITAPlanError.cannotWrite(path: target?.path ?? "-", reason: FileReading.describe(error))
        }
    }

    /// Puts the finished file in place.
    public func finish() throws {
        guard let target, let temporary else { return }
        finished = true
        do {
            try handle.close()
            _ = try? FileManager.default.removeItem(at: target)
            try FileManager.default.moveItem(at: temporary, to: target)
        } catch {
            discard()
            throw ITAPlanError.cannotWrite(path: target.path, reason: FileReading.describe(error))
        }
    }

    /// Removes the unfinished file.
    public func discard() {
        guard let temporary, !finished else { return }
        try? handle.close()
        try? FileManager.default.removeItem(at: temporary)
    }
}
