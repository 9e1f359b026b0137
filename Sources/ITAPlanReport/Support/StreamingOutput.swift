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
    /// The permissions of the file replaced, kept on the new one.
    private var mode: mode_t?

    /// `path`: the file to write; nil, standard output. A device or FIFO is
    /// written into, a folder refused, a link to a file followed (`OutputTarget`).
    public init(path: String?) throws {
        guard let path else {
            target = nil
            temporary = nil
            handle = FileHandle.standardOutput
            return
        }
        let resolved = try OutputTarget.resolve(path)
        if case .stream(let device) = resolved {
            do {
                handle = try FileHandle(forWritingTo: URL(fileURLWithPath: device))
            } catch {
                throw ITAPlanError.cannotWrite(path: path, reason: FileReading.describe(error))
            }
            target = nil
            temporary = nil
            return
        }
        let url: URL
        switch resolved {
        case .replace(let file, let mode):
            url = URL(fileURLWithPath: file)
            self.mode = mode
        default:
            url = URL(fileURLWithPath: path)
        }
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
        guard let target, let temporary else {
            if handle !== FileHandle.standardOutput { try? handle.close() }
            return
        }
        do {
            try handle.close()
            finished = true
            if let mode { try FileManager.default.setAttributes([.posixPermissions: Int(mode)], ofItemAtPath: temporary.path) }
            // rename(2) replaces a file in one step; never remove what is there first (it may be a folder).
            guard rename(temporary.path, target.path) == 0 else {
                throw ITAPlanError.cannotWrite(path: target.path, reason: String(cString: strerror(errno)))
            }
        } catch let error as ITAPlanError {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
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
