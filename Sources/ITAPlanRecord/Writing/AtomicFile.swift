import Foundation
import ITAPlanCore

/// Replaces a file's contents so that a reader (or a crash) sees either the
/// old file or the new one, never a part: a temporary file in the same
/// folder, written and flushed to disk, given the file's permissions and
/// owner, renamed over it; then the folder itself is flushed so the rename
/// survives a power cut.
public enum AtomicFile {
    /// Why the file was left as it was.
    public enum Failure: LocalizedFailure, Sendable, Equatable {
        /// The file is not what was read and checked: someone changed it meanwhile.
        case changedMeanwhile(path: String)
        case notRegular(path: String)
        /// No write permission on the file: someone marked it read-only.
        /// Renaming over it would work in a writable folder, so it is asked, not tried.
        case readOnly(path: String)
        case cannotWrite(path: String, reason: String)
        /// The file belongs to someone else, and the new one could not be given to them.
        case ownerNotKept(path: String, reason: String)
        /// The file has `names` names (hard links): renaming over one would
        /// leave the others with the old text.
        case hardLinked(path: String, names: Int)

        public func text(in language: Language) -> String {
            switch self {
            case .changedMeanwhile(let path):
                return ITAPlanError.cannotWrite(path: path, reason: RecordMessage.fileChangedMeanwhile.text(in: language))
                    .text(in: language)
            case .notRegular(let path):
                return ITAPlanError.cannotWrite(path: path, reason: language.pick(th: "ไม่ใช่ไฟล์ปกติ", en: "not a regular file"))
                    .text(in: language)
            case .readOnly(let path):
                return ITAPlanError.cannotWrite(path: path, reason: language.pick(
                    th: "ไฟล์ถูกตั้งให้อ่านได้อย่างเดียว จึงไม่แก้ไข (ถ้าต้องการบันทึก: chmod u+w)",
                    en: "the file is read-only, so it was left as it is (to record into it: chmod u+w)"))
                    .text(in: language)
            case .hardLinked(let path, let names):
                let shown = Self.shellWord(SafeText.inline(path))
                let copy = Self.shellWord(SafeText.inline(path) + ".copy")
                let others = names == 2 ? "" : " \(names - 1)"
                return ITAPlanError.cannotWrite(path: path, reason: language.pick(
                    th: "ไฟล์นี้มี \(names) ชื่อ (hard link) การบันทึกจะเปลี่ยนเฉพาะชื่อนี้ ชื่ออื่น\(others)จะยังเป็นข้อความเดิม จึงไม่แก้ไข (ถ้าต้องการบันทึก ให้แยกเป็นไฟล์ของตัวเองก่อน: cp \(shown) \(copy) && mv \(copy) \(shown))",
                    en: "the file has \(names) names (hard links), and recording would change this name only, leaving the other\(others) with the old text; it was left as it is (to record into it, give it a name of its own: cp \(shown) \(copy) && mv \(copy) \(shown))"))
                    .text(in: language)
            case .cannotWrite(let path, let reason):
                return ITAPlanError.cannotWrite(path: path, reason: reason).text(in: language)
            case .ownerNotKept(let path, let reason):
                return ITAPlanError.cannotWrite(path: path, reason: language.pick(th: "คงเจ้าของไฟล์เดิมไว้ไม่ได้: ",
                                                                                   en: "cannot keep the file's owner: ") + reason)
                    .text(in: language)
            }
        }

        /// A path as a shell word, quoted when it holds anything but plain characters.
        static func shellWord(_ path: String) -> String {
            let plain = path.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._/-+".unicodeScalars.contains($0)) }
            return plain && !path.isEmpty ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
        }
    }

    /// Replaces `path` with `bytes` if it still holds `expected`. A symbolic
    /// link is followed: its target is replaced and the link kept.
    public static func replace(_ path: String, with bytes: [UInt8], expecting expected: [UInt8]) throws(Failure) {
        // Held from the check to the rename: a second itaplan recording into the
        // same plan at the same moment waits here, then finds the file changed
        // and says so; without it both checked the old text, both renamed, and
        // one record was lost while both said "recorded". (An editor saving
        // meanwhile takes no lock; the check still sees its change if made first.)
        let lock = FileReading.realPath(path).map { open($0, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW) } ?? -1
        if lock >= 0 {
            while flock(lock, LOCK_EX) != 0, errno == EINTR {}
        }
        defer { if lock >= 0 { close(lock) } }
        let (target, info) = try replaceable(path, expecting: expected)

        let folder = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        var template = Array((folder + "/." + name + ".itaplan-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: errorText()) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var renamed = false
        defer { if !renamed { unlink(temporary) } }
        do {
            defer { close(descriptor) }
            try writeAll(bytes, to: descriptor, path: path)
            // Permissions and owner of the file being replaced, not mkstemp's 0600 and ours.
            guard fchmod(descriptor, info.st_mode & 0o7777) == 0 else { throw Failure.cannotWrite(path: path, reason: errorText()) }
            if info.st_uid != geteuid() || info.st_gid != getegid() {
                guard fchown(descriptor, info.st_uid, info.st_gid) == 0 else {
                    throw Failure.ownerNotKept(path: path, reason: errorText())
                }
            }
            guard fsync(descriptor) == 0 else { throw Failure.cannotWrite(path: path, reason: errorText()) }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw .cannotWrite(path: path, reason: String(describing: error))
        }
        guard rename(temporary, target) == 0 else { throw .cannotWrite(path: path, reason: errorText()) }
        renamed = true
        let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// Whether `replace` would go ahead, checked without writing: for a batch
    /// of files, so that one that cannot be written stops all before any is.
    public static func check(_ path: String, expecting expected: [UInt8]) throws(Failure) {
        _ = try replaceable(path, expecting: expected)
    }

    /// The file a link leads to and its status, if it is a regular file the
    /// user may write that still holds `expected`.
    private static func replaceable(_ path: String, expecting expected: [UInt8]) throws(Failure) -> (String, stat) {
        guard let resolved = realpath(path, nil) else { throw .cannotWrite(path: path, reason: errorText()) }
        let target = String(cString: resolved)
        free(resolved)
        var info = stat()
        guard lstat(target, &info) == 0 else { throw .cannotWrite(path: path, reason: errorText()) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw .notRegular(path: path) }
        // Refused, not written in place: renaming a new file over one name
        // leaves every other name with the old text, silently; writing into
        // the file instead would reach them all, but a crash or a full disk
        // midway would leave the plan cut short under every name. Refusing
        // loses nothing and hides nothing; the message says how to give the
        // file a name of its own.
        guard info.st_nlink <= 1 else { throw .hardLinked(path: path, names: Int(info.st_nlink)) }
        // Mode bits too: root may write anything, but a file no one may write was marked so on purpose.
        guard info.st_mode & 0o222 != 0 else { throw .readOnly(path: path) }
        if access(target, W_OK) != 0 {
            if errno == EACCES { throw .readOnly(path: path) }
            throw .cannotWrite(path: path, reason: errorText())
        }
        guard let current = try? FileReading.read(path: target, maxBytes: max(expected.count, 1) * 2 + 4096),
              current.text.bytes == expected else { throw .changedMeanwhile(path: path) }
        return (target, info)
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(Failure) {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                write(descriptor, buffer.baseAddress! + written, buffer.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw .cannotWrite(path: path, reason: errorText())
            }
            written += count
        }
    }

    private static func errorText() -> String {
        String(cString: strerror(errno))
    }
}
