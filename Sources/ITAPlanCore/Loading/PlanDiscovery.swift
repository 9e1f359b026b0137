import Foundation

/// Finds the plan files named on a command line: files as given, and every
/// `*.yaml` / `*.yml` under a directory (hidden folders skipped, symlinked
/// folders not followed, so a link loop cannot trap the walk). Links to
/// files and special files are listed: `FileReading` refuses them with a
/// finding, so none goes unnoticed.
public enum PlanDiscovery {
    public struct Result: Sendable {
        public var files: [String] = []
        public var errors: [ITAPlanError] = []
        /// For each of `files`, the folder no symbolic link may lead out of:
        /// the repository the path given lies in, or, outside any
        /// repository, the folder given (a file's own folder for a file).
        public var roots: [String?] = []

        /// The files listed so far by device and inode, and whether each was
        /// reached through a link: one file is one plan, however many names
        /// lead to it (a link `current.yaml -> plan-2569.yaml` beside its
        /// target counted the plan twice in every total).
        var listed: [FileIdentity: (index: Int, throughLink: Bool)] = [:]
        /// Plan files met, the same file under two names counted twice: a
        /// folder whose plans were all listed already is not "no plans".
        var met = 0

        mutating func add(_ file: String, root: String?) {
            met += 1
            files.append(file)
            roots.append(root)
        }

        /// `file`, unless the same file is listed already; a link's entry
        /// gives way to the file's own name.
        mutating func add(_ file: String, root: String?, identity info: stat, throughLink: Bool) {
            let identity = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
            if let earlier = listed[identity] {
                met += 1
                if earlier.throughLink, !throughLink {
                    files[earlier.index] = file
                    roots[earlier.index] = root
                    listed[identity] = (earlier.index, false)
                }
                return
            }
            listed[identity] = (files.count, throughLink)
            add(file, root: root)
        }
    }

    struct FileIdentity: Hashable, Sendable {
        let device: UInt64
        let inode: UInt64
    }

    public static func discover(_ paths: [String]) -> Result {
        var result = Result()
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                result.errors.append(.notFound(path: path))
                continue
            }
            guard isDirectory.boolValue else {
                var link = stat(), info = stat()
                if lstat(path, &link) == 0, stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG {
                    result.add(path, root: FileReading.enclosingRoot(of: path), identity: info,
                               throughLink: link.st_mode & S_IFMT == S_IFLNK)
                } else {
                    result.add(path, root: FileReading.enclosingRoot(of: path))
                }
                continue
            }
            // A folder given as a link out of the repository (plans -> /etc)
            // is refused like a linked file: listed, so it gets its finding.
            if leadsOutside(path) {
                result.add(path, root: FileReading.enclosingRoot(of: path))
                continue
            }
            let before = result.met
            walk(path, root: FileReading.enclosingRoot(of: (path as NSString).appendingPathComponent(".")),
                 into: &result)
            if result.met == before, result.errors.isEmpty {
                result.errors.append(.noPlans(path: path))
            }
        }
        return result
    }

    /// `*.yaml` or `*.yml` in any case (`Plan.YAML`, as Windows tools name
    /// files): a plan whose extension is upper case would otherwise be
    /// skipped by validate, the hook and status alike, without a word.
    public static func isPlanFileName(_ name: String) -> Bool {
        !name.hasPrefix(".") && (hasExtension(name, "yaml") || hasExtension(name, "yml"))
    }

    /// Whether `name` ends in "." and `extension` (lower-case ASCII), ignoring ASCII case.
    public static func hasExtension(_ name: String, _ extension: String) -> Bool {
        let tail = name.utf8.suffix(`extension`.utf8.count + 1)
        guard tail.count == `extension`.utf8.count + 1, tail.first == UInt8(ascii: ".") else { return false }
        return zip(tail.dropFirst(), `extension`.utf8).allSatisfy { ($0 | 0x20) == $1 }
    }

    /// Walks by descriptor (`openat`, `fstatat`), not by path, so a folder
    /// whose path is longer than PATH_MAX is still listed: its plans are
    /// reported (`FileReading` gives them a finding), never skipped.
    private static func walk(_ directory: String, root: String?, into result: inout Result) {
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            result.errors.append(.cannotRead(path: directory, reason: FileReading.errorText()))
            return
        }
        walk(descriptor, path: directory, root: root, depth: 0, into: &result)
    }

    /// Deeper than this is a trap (or a loop through bind mounts), not plans.
    static let maxDepth = 128

    /// Lists the folder open at `descriptor` (and closes it).
    private static func walk(_ descriptor: Int32, path directory: String, root: String?, depth: Int,
                             into result: inout Result) {
        defer { close(descriptor) }
        guard depth < maxDepth else {
            result.errors.append(.refused(path: directory, why: .nestedDeeperThan(levels: maxDepth)))
            return
        }
        guard let names = entryNames(descriptor) else {
            result.errors.append(.cannotRead(path: directory, reason: FileReading.errorText()))
            return
        }
        for name in names where !name.hasPrefix(".") {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            var info = stat()
            guard fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else {
                if isPlanFileName(name) {
                    result.add(path, root: root)
                } else {
                    result.errors.append(.cannotRead(path: path, reason: FileReading.errorText()))
                }
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                let child = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                if child < 0 {
                    result.errors.append(.cannotRead(path: path, reason: FileReading.errorText()))
                } else {
                    walk(child, path: path, root: root, depth: depth + 1, into: &result)
                }
            case S_IFLNK:
                // A link to a plan file counts; a link to a folder is not followed.
                var target = stat()
                if fstatat(descriptor, name, &target, 0) != 0 {
                    if isPlanFileName(name) { result.errors.append(.refused(path: path, why: .brokenLink)) }
                } else if target.st_mode & S_IFMT != S_IFDIR {
                    if isPlanFileName(name) { result.add(path, root: root, identity: target, throughLink: true) }
                } else if leadsOutside(path, root: root) {
                    // Not followed either way; one leading out is reported.
                    result.add(path, root: root)
                }
            case S_IFREG:
                if isPlanFileName(name) { result.add(path, root: root, identity: info, throughLink: false) }
            default:
                if isPlanFileName(name) { result.add(path, root: root) }
            }
        }
    }

    /// Whether `path` is a symbolic link whose target lies outside the
    /// repository (or folder) it is in.
    static func leadsOutside(_ path: String, root given: String? = nil) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return false }
        guard let target = FileReading.realPath(path), let root = given ?? FileReading.enclosingRoot(of: path) else {
            return true
        }
        return !FileReading.isInside(target, root)
    }

    /// The names in the folder open at `descriptor`, sorted; nil on error.
    private static func entryNames(_ descriptor: Int32) -> [String]? {
        let copy = dup(descriptor)
        guard copy >= 0, let stream = fdopendir(copy) else { return nil }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { buffer in
                String(decoding: buffer.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names.sorted()
    }
}

extension FileReading {
    /// The operating system's words for an error from Foundation's file APIs.
    public static func describe(_ error: Error) -> String {
        errorText(for: error)
    }

    static func errorText(for error: Error) -> String {
        if let posix = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError {
            return String(cString: strerror(Int32(posix.code)))
        }
        return (error as NSError).localizedDescription
    }
}
