import Foundation
import ITAPlanCore

/// Where `report -o PATH` puts its bytes, decided from what is at PATH now.
///
/// A report is made in a temporary file beside its target and renamed into
/// place, so that a failed run leaves an earlier report as it was. That is
/// right only for a regular file: renaming over `/dev/null` (as root) puts a
/// report where the device was, over `/dev/stdout` replaces the link for
/// every program, and clearing a folder first to make way deletes it with
/// everything in it. So a folder is refused, a device or FIFO is written
/// into as a shell's `>` would, and a link to a file is followed (the file
/// is replaced, keeping its permissions; the link stays).
public enum OutputTarget: Equatable, Sendable {
    /// Nothing there yet: made beside it and renamed into place.
    case create(path: String)
    /// A regular file (reached through links): replaced by rename, keeping `mode`.
    case replace(path: String, mode: mode_t)
    /// A device, FIFO or socket: written into, never replaced.
    case stream(path: String)

    /// What to do with `path`; throws `ITAPlanError.cannotWrite` for a folder or a dangling link.
    public static func resolve(_ path: String) throws -> OutputTarget {
        var link = stat()
        guard lstat(path, &link) == 0 else { return .create(path: path) }
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw ITAPlanError.cannotWrite(path: path, reason: "broken symbolic link")
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: throw ITAPlanError.cannotWrite(path: path, reason: "it is a folder")
        case S_IFREG: return .replace(path: FileReading.realPath(path) ?? path, mode: info.st_mode & 0o7777)
        default: return .stream(path: path)
        }
    }

    /// Writes `data` whole to `path` as `resolve` decides.
    public static func write(_ data: Data, to path: String) throws {
        let target = try resolve(path)
        do {
            switch target {
            case .create(let file):
                let url = URL(fileURLWithPath: file)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url, options: .atomic)
            case .replace(let file, let mode):
                try data.write(to: URL(fileURLWithPath: file), options: .atomic)
                try FileManager.default.setAttributes([.posixPermissions: Int(mode)], ofItemAtPath: file)
            case .stream(let file):
                let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: file))
                defer { try? handle.close() }
                try handle.write(contentsOf: data)
            }
        } catch let error as ITAPlanError {
            throw error
        } catch {
            throw ITAPlanError.cannotWrite(path: path, reason: FileReading.describe(error))
        }
    }
}
