import Foundation
import ITAPlanYAML

/// Reads plan files from disk without ever blocking, reading more than a
/// plan can be worth, or reading what the plan's author should not show:
/// only regular files are opened (a FIFO named plan.yaml would block
/// forever, /proc files are endless or secret), a symbolic link is followed
/// only when it stays inside the repository, and a file over the size limit
/// is not read at all. A path refused unread carries its `SourceProblem`, so
/// that checking it gives a located finding rather than its content.
public enum FileReading {
    /// `root` bounds where a symbolic link may lead; by default the working
    /// tree the file is in (the nearest folder above it holding `.git`), or
    /// the file's own folder outside a repository.
    public static func read(path: String, displayPath: String? = nil, maxBytes: Int,
                            within root: String? = nil) throws -> PlanSource {
        let shown = displayPath ?? path
        func refused(_ problem: SourceProblem) -> PlanSource {
            PlanSource(path: shown, text: SourceText(bytes: []), problem: problem)
        }
        guard path.utf8.count < Int(PATH_MAX) else { return refused(.pathTooLong) }
        var link = stat()
        if lstat(path, &link) != 0 {
            if errno == ENAMETOOLONG { return refused(.pathTooLong) }
            throw ITAPlanError.cannotRead(path: shown, reason: errorText())
        }
        // Where the path really leads, links anywhere along it resolved: the
        // file itself may be a link, or a folder on the way (plans -> /etc).
        guard let openPath = realPath(path) else {
            if link.st_mode & S_IFMT == S_IFLNK { throw ITAPlanError.refused(path: shown, why: .brokenLink) }
            if errno == ENAMETOOLONG { return refused(.pathTooLong) }
            throw ITAPlanError.cannotRead(path: shown, reason: errorText())
        }
        guard let boundary = root.flatMap(realPath) ?? enclosingRoot(of: path),
              isInside(openPath, boundary) else { return refused(.symbolicLinkOutside) }
        // O_NOFOLLOW: the resolved path cannot be swapped for a link meanwhile.
        let descriptor = open(openPath, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else {
            if errno == ELOOP { return refused(.symbolicLinkOutside) }
            if errno == ENAMETOOLONG { return refused(.pathTooLong) }
            throw ITAPlanError.cannotRead(path: shown, reason: errorText())
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw ITAPlanError.cannotRead(path: shown, reason: errorText()) }
        guard info.st_mode & S_IFMT == S_IFREG else { return refused(.notRegularFile(kind: kind(of: info))) }
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

    /// The working tree holding `path` (the nearest folder above it, as
    /// written, with a `.git` entry), else the folder `path` is in; the
    /// result with links resolved. Looked for along the path as written, so
    /// that a linked folder (plans -> /etc) does not move the boundary.
    ///
    /// A relative path is walked relative, as the system opens it: its own
    /// folders as written, then `.`, `..`, `../..` up to the root. The
    /// working folder is never read here; the system resolves `..` from
    /// the process's working folder exactly as it resolves the path itself.
    public static func enclosingRoot(of path: String) -> String? {
        let folder = (path as NSString).deletingLastPathComponent
        let start = folder.isEmpty ? "." : folder
        var candidate = start
        var above = 0
        while true {
            var info = stat()
            if lstat(candidate + (candidate.hasSuffix("/") ? "" : "/") + ".git", &info) == 0 { return realPath(candidate) }
            if candidate.hasPrefix("/") {
                guard candidate != "/" else { return realPath(start) }
                candidate = (candidate as NSString).deletingLastPathComponent
            } else if candidate != "." && !isParents(candidate) {
                let parent = (candidate as NSString).deletingLastPathComponent
                candidate = parent.isEmpty ? "." : parent
            } else {
                // Past the path as written: the working folder's parents.
                guard above < Int(PATH_MAX) / 3, realPath(candidate) != "/" else { return realPath(start) }
                above += 1
                candidate = Array(repeating: "..", count: above).joined(separator: "/")
            }
        }
    }

    /// `..`, `../..`, …: the working folder's parents, as the walk names them.
    private static func isParents(_ path: String) -> Bool {
        path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { $0 == ".." }
    }

    /// Whether `target` lies under `root` and not in its `.git` folder
    /// (which holds the repository's configuration and credentials).
    public static func isInside(_ target: String, _ root: String) -> Bool {
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return target.hasPrefix(prefix) && !(target + "/").hasPrefix(prefix + ".git/")
    }

    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// What a file that is not a regular one is, in words ("FIFO", "character device").
    public static func kindName(_ info: stat) -> String {
        kind(of: info)
    }

    static func kind(of info: stat) -> String {
        switch info.st_mode & S_IFMT {
        case S_IFIFO: return "FIFO"
        case S_IFSOCK: return "socket"
        case S_IFCHR: return "character device"
        case S_IFBLK: return "block device"
        case S_IFDIR: return "folder"
        default: return "special file"
        }
    }

    static func errorText() -> String {
        String(cString: strerror(errno))
    }
}
