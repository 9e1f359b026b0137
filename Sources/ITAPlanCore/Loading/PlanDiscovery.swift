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
                result.files.append(path)
                continue
            }
            let before = result.files.count
            walk(path, into: &result)
            if result.files.count == before, result.errors.isEmpty {
                result.errors.append(.noPlans(path: path))
            }
        }
        return result
    }

    public static func isPlanFileName(_ name: String) -> Bool {
        (name.hasSuffix(".yaml") || name.hasSuffix(".yml")) && !name.hasPrefix(".")
    }

    private static func walk(_ directory: String, into result: inout Result) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        } catch {
            result.errors.append(.cannotRead(path: directory, reason: FileReading.errorText(for: error)))
            return
        }
        for name in names where !name.hasPrefix(".") {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0 else {
                // Never skipped in silence: a plan that cannot even be
                // looked at (a path over PATH_MAX) gets its own finding.
                if isPlanFileName(name) {
                    result.files.append(path)
                } else {
                    result.errors.append(.cannotRead(path: path, reason: FileReading.errorText()))
                }
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                walk(path, into: &result)
            case S_IFLNK:
                // A link to a plan file counts; a link to a folder is not followed.
                var target = stat()
                if stat(path, &target) != 0 {
                    if isPlanFileName(name) { result.errors.append(.cannotRead(path: path, reason: "broken symbolic link")) }
                } else if target.st_mode & S_IFMT != S_IFDIR, isPlanFileName(name) {
                    result.files.append(path)
                }
            default:
                if isPlanFileName(name) { result.files.append(path) }
            }
        }
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
