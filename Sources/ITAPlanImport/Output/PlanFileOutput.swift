import Foundation
import ITAPlanCore

/// The plan file `import --output` writes: a new file, or with `replacing`
/// an existing one. Never a folder, and without `replacing` never a file
/// that appeared meanwhile (created exclusively). With `replacing`, only a
/// regular file is replaced (a link is followed, and stays a link): the
/// atomic write renames a new file over the path, so `-o /dev/null --force`
/// run as root would otherwise put a plan where the device was, and `-o
/// /dev/stdout` would replace the link for every program on the machine.
public enum PlanFileOutput {
    public enum Failure: LocalizedFailure, Equatable {
        case exists(path: String)
        case isFolder(path: String)
        /// A device, FIFO or socket: never replaced by a file.
        case notRegular(path: String, kind: String)

        public func text(in language: Language) -> String {
            switch self {
            case .exists(let path):
                language.pick(th: "\(path) มีอยู่แล้ว ไม่เขียนทับ (ใช้ --force เพื่อแทนที่)",
                              en: "\(path) already exists; not replacing it (use --force to replace it)")
            case .isFolder(let path):
                ITAPlanError.cannotWrite(path: path, reason: language.pick(th: "เป็นโฟลเดอร์", en: "it is a folder"))
                    .text(in: language)
            case .notRegular(let path, let kind):
                ITAPlanError.cannotWrite(path: path, reason: language.pick(
                    th: "ไม่ใช่ไฟล์ปกติ (\(kind)) จึงไม่แทนที่แม้ใช้ --force ให้ระบุชื่อไฟล์แผน หรือไม่ใส่ -o เพื่อพิมพ์แผนออกทางหน้าจอ",
                    en: "not a regular file (a \(kind)), so it is not replaced, even with --force; give a plan file's name, or leave out -o to print the plan"))
                    .text(in: language)
            }
        }
    }

    public static func write(_ yaml: String, to path: String, replacing: Bool) throws {
        var target = path
        var mode: mode_t?
        var link = stat()
        if lstat(path, &link) == 0 {
            var info = stat()
            // A dangling link counts as there; a link to a file is followed.
            let resolved = stat(path, &info) == 0
            if resolved, info.st_mode & S_IFMT == S_IFDIR { throw Failure.isFolder(path: path) }
            if !replacing { throw Failure.exists(path: path) }
            guard resolved, info.st_mode & S_IFMT == S_IFREG else {
                throw Failure.notRegular(path: path, kind: resolved ? FileReading.kindName(info) : "broken symbolic link")
            }
            target = FileReading.realPath(path) ?? path
            mode = info.st_mode & 0o7777
        }
        let url = URL(fileURLWithPath: target)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(yaml.utf8).write(to: url, options: replacing ? .atomic : .withoutOverwriting)
            if let mode { try FileManager.default.setAttributes([.posixPermissions: Int(mode)], ofItemAtPath: target) }
        } catch {
            throw ITAPlanError.cannotWrite(path: path, reason: FileReading.describe(error))
        }
    }
}
