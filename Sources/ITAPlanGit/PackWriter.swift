import CLibDeflate
import Foundation

/// Writes many new objects as one pack file and its index, the way `git
/// fast-import` and `git receive-pack` store a batch, instead of one loose
/// file per object.
///
/// Thousands of loose files cost a file creation each, serialised on the
/// objects folder's lock in the kernel; for a snapshot of 8,300 plans that
/// was over a third of the time. A pack is one file, written sequentially.
/// Objects are stored whole (no deltas) as zlib streams made by libdeflate
/// at its fastest level: 2.4 times zlib's level 1 (git's default for loose
/// objects) on status JSON, and smaller. `add` may be called from several
/// threads at once: hashing and compression happen outside the lock, only
/// the append is serialised.
///
/// The pack becomes visible only in `finish`, which renames the pack and
/// then its index into `objects/pack` (the order git uses: an index always
/// has its pack). Both temporary files are locked (`flock`) while they are
/// written; the kernel drops the lock when the writer dies, so the next
/// writer removes the `tmp_pack_*` files of a killed one and never a live
/// one's. With `fsync` (git's default for packs, `core.fsync`), both are
/// flushed to disk before they are renamed into place.
public final class PackWriter: @unchecked Sendable {
    private struct Entry {
        let id: ObjectID
        let offset: UInt64
        let crc: UInt32
    }

    private let directory: String
    private let temporaryPath: String
    private var descriptor: Int32
    private let lock = NSLock()
    private var entries: [Entry] = []
    private var written: Set<ObjectID> = []
    /// Where the next entry goes: after the 12-byte header.
    private var end: UInt64 = 12
    /// Compressors not in use; one is taken per `add` (each holds its own
    /// tables, so threads never share one).
    private var idleCompressors: [OpaquePointer] = []
    /// Offsets from here on go to the index's 64-bit table (git: 2³¹).
    let largeOffsetThreshold: UInt64

    /// Whether the pack and its index are flushed to disk before they are installed.
    let fsync: Bool

    public convenience init(repository: GitRepository) throws {
        try self.init(objectsDirectory: repository.objectsDirectory, fsync: try repository.fsyncPolicy().packs)
    }

    init(objectsDirectory: String, largeOffsetThreshold: UInt64 = 0x8000_0000, fsync: Bool = true) throws {
        self.largeOffsetThreshold = largeOffsetThreshold
        self.fsync = fsync
        directory = objectsDirectory + "pack/"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        Self.removeStaleTemporaryFiles(in: directory)
        let folder = directory
        (descriptor, temporaryPath) = try Self.createLocked {
            var template = Array((folder + "tmp_pack_XXXXXX").utf8CString)
            let file = mkstemp(&template)
            return (file, String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
    }

    /// A new file, locked, and still under its name: another writer's
    /// cleanup may have removed it between its creation and the lock, and
    /// then a new one is made.
    private static func createLocked(_ create: () -> (Int32, String)) throws -> (Int32, String) {
        while true {
            let (file, path) = create()
            guard file >= 0 else { throw posixError("create \(path)") }
            flock(file, LOCK_EX)
            var opened = stat(), named = stat()
            if fstat(file, &opened) == 0, stat(path, &named) == 0,
               opened.st_ino == named.st_ino, opened.st_dev == named.st_dev {
                return (file, path)
            }
            close(file)
        }
    }

    /// Removes the `tmp_pack_*` files of writers that died: a live writer
    /// holds a lock on each of its own.
    static func removeStaleTemporaryFiles(in packDirectory: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: packDirectory) else { return }
        for name in names where name.hasPrefix("tmp_pack_") {
            let path = packDirectory + name
            let file = open(path, O_RDONLY | O_NOFOLLOW)
            guard file >= 0 else { continue }
            if flock(file, LOCK_EX | LOCK_NB) == 0 { unlink(path) }
            close(file)
        }
    }

    deinit {
        discard()
        idleCompressors.forEach { libdeflate_free_compressor($0) }
    }

    /// How many distinct objects the pack holds so far.
    public var count: Int { lock.withLock { entries.count } }

    /// Adds an object and returns its id. An object added twice is stored
    /// once; one for which `stored` says true (already in the repository) is not stored.
    @discardableResult
    public func add(_ bytes: [UInt8], type: GitObjectType = .blob,
                    unless stored: (ObjectID) throws -> Bool = { _ in false }) throws -> ObjectID {
        let id = try ObjectID.hashing(bytes, as: type)
        if try lock.withLock({ written.contains(id) }) || stored(id) { return id }
        let compressor = try lock.withLock { idleCompressors.popLast() } ?? Self.newCompressor()
        let record = Self.record(bytes, type: type, compressor: compressor)
        lock.withLock { idleCompressors.append(compressor) }
        let crc = record.withUnsafeBytes { UInt32(libdeflate_crc32(0, $0.baseAddress, $0.count)) }
        try lock.withLock {
            guard descriptor >= 0 else { throw Self.posixError("write to a finished pack", code: EBADF) }
            guard written.insert(id).inserted else { return }
            try Self.write(record, to: descriptor, at: end, path: temporaryPath)
            entries.append(Entry(id: id, offset: end, crc: crc))
            end += UInt64(record.count)
        }
        return id
    }

    /// Completes the pack and its index and moves them into the object
    /// store; `repository` then sees the new objects. Returns the pack's
    /// name (`pack-<checksum>`), or nil when nothing was added (nothing is
    /// installed then).
    @discardableResult
    public func finish(refreshing repository: GitRepository) throws -> String? {
        let name: String? = try lock.withLock {
            guard descriptor >= 0 else { return nil }
            guard !entries.isEmpty else {
                close(descriptor)
                descriptor = -1
                unlink(temporaryPath)
                return nil
            }
            try Self.write(Self.header(count: entries.count), to: descriptor, at: 0, path: temporaryPath)
            let checksum = try Self.checksum(descriptor, length: end, path: temporaryPath)
            try Self.write(checksum, to: descriptor, at: end, path: temporaryPath)
            let name = "pack-" + ObjectID(bytes: checksum).description
            let index = PackIndex(entries: entries.map { ($0.id, $0.offset, $0.crc) }, packChecksum: checksum,
                                  largeOffsetThreshold: largeOffsetThreshold).bytes
            let indexPath = temporaryPath + ".idx"
            let indexDescriptor = try Self.writeFile(index, path: indexPath, fsync: fsync)
            defer { close(indexDescriptor) }
            if fsync, Foundation.fsync(descriptor) != 0 { throw Self.posixError("flush \(temporaryPath)") }
            // Read-only, as git leaves pack files; renamed while still open and
            // locked, so no cleanup of stale files takes it for a dead writer's.
            fchmod(descriptor, 0o444)
            defer {
                close(descriptor)
                descriptor = -1
            }
            guard rename(temporaryPath, directory + name + ".pack") == 0 else {
                let error = Self.posixError("install \(name).pack")
                unlink(temporaryPath)
                unlink(indexPath)
                throw error
            }
            guard rename(indexPath, directory + name + ".idx") == 0 else {
                let error = Self.posixError("install \(name).idx")
                unlink(indexPath)
                throw error
            }
            return name
        }
        if name != nil { try repository.refreshObjects() }
        return name
    }

    /// Abandons the pack: nothing added becomes visible.
    public func discard() {
        lock.withLock {
            guard descriptor >= 0 else { return }
            close(descriptor)
            descriptor = -1
            unlink(temporaryPath)
        }
    }

    // MARK: - The format (git's Documentation/gitformat-pack.txt)

    /// "PACK", version 2, the number of objects; all big-endian.
    private static func header(count: Int) -> [UInt8] {
        Array("PACK".utf8) + bigEndian(UInt32(2)) + bigEndian(UInt32(count))
    }

    /// One entry: the type and size in git's variable-length header, then the
    /// bytes as a zlib stream.
    static func record(_ bytes: [UInt8], type: GitObjectType, compressor: OpaquePointer) -> [UInt8] {
        var size = bytes.count
        var record: [UInt8] = []
        var byte = UInt8(type.rawValue << 4) | UInt8(size & 0x0F)
        size >>= 4
        while size > 0 {
            record.append(byte | 0x80)
            byte = UInt8(size & 0x7F)
            size >>= 7
        }
        record.append(byte)
        let headerCount = record.count
        let capacity = libdeflate_zlib_compress_bound(compressor, bytes.count)
        record += [UInt8](repeating: 0, count: capacity)
        let written = record.withUnsafeMutableBytes { output in
            bytes.withUnsafeBytes { input in
                libdeflate_zlib_compress(compressor, input.baseAddress, input.count,
                                         output.baseAddress! + headerCount, capacity)
            }
        }
        // The bound is always enough: libdeflate returns 0 only for a smaller buffer.
        precondition(written > 0, "libdeflate_zlib_compress had too little room")
        record.removeLast(capacity - written)
        return record
    }

    /// Level 1: the fastest; git itself writes loose objects at zlib's level 1.
    private static func newCompressor() throws -> OpaquePointer {
        guard let compressor = libdeflate_alloc_compressor(1) else {
            throw posixError("allocate a compressor", code: ENOMEM)
        }
        return compressor
    }

    static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    // MARK: - Files

    private static func write(_ bytes: [UInt8], to descriptor: Int32, at offset: UInt64, path: String) throws {
        try bytes.withUnsafeBytes { buffer in
            var done = 0
            while done < buffer.count {
                let count = pwrite(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(offset) + off_t(done))
                if count < 0 {
                    if errno == EINTR { continue }
                    throw posixError("write \(path)")
                }
                done += count
            }
        }
    }

    /// Writes a new file and gives its descriptor, still locked, for the
    /// caller to close once the file is renamed into place.
    private static func writeFile(_ bytes: [UInt8], path: String, fsync: Bool) throws -> Int32 {
        let (descriptor, _) = try createLocked { (open(path, O_WRONLY | O_CREAT | O_EXCL, 0o444), path) }
        do {
            try write(bytes, to: descriptor, at: 0, path: path)
            if fsync, Foundation.fsync(descriptor) != 0 { throw posixError("flush \(path)") }
        } catch {
            unlink(path)
            close(descriptor)
            throw error
        }
        return descriptor
    }

    /// SHA-1 of the first `length` bytes of the file, read back in chunks
    /// (the header, written last, comes first).
    private static func checksum(_ descriptor: Int32, length: UInt64, path: String) throws -> [UInt8] {
        var hasher = SHA1()
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var offset: UInt64 = 0
        while offset < length {
            let wanted = Int(min(UInt64(chunk.count), length - offset))
            let count = chunk.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress!, wanted, off_t(offset)) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw posixError("read back \(path)", code: count == 0 ? EIO : errno) }
            chunk.withUnsafeBytes { hasher.update(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
            offset += UInt64(count)
        }
        return hasher.finish()
    }

    private static func posixError(_ what: String, code: Int32 = errno) -> GitError {
        GitError(call: what, code: -1, message: String(cString: strerror(code)))
    }
}

/// A pack's `.idx`, version 2: a fan-out table by first byte, the sorted
/// ids, their CRC-32s, their offsets (31 bits, or an index into a table of
/// 64-bit offsets), then the pack's checksum and the index's own.
struct PackIndex {
    let bytes: [UInt8]

    init(entries: [(id: ObjectID, offset: UInt64, crc: UInt32)], packChecksum: [UInt8], largeOffsetThreshold: UInt64) {
        let sorted = entries.sorted { $0.id < $1.id }
        var out: [UInt8] = [0xFF, 0x74, 0x4F, 0x63] + PackWriter.bigEndian(2)
        out.reserveCapacity(8 + 1024 + sorted.count * 28 + 40)
        var fanout = [UInt32](repeating: 0, count: 256)
        for entry in sorted { fanout[Int(entry.id.bytes[0])] += 1 }
        var running: UInt32 = 0
        for index in 0..<256 {
            running += fanout[index]
            out += PackWriter.bigEndian(running)
        }
        for entry in sorted { out += entry.id.bytes }
        for entry in sorted { out += PackWriter.bigEndian(entry.crc) }
        var large: [UInt64] = []
        for entry in sorted {
            if entry.offset < largeOffsetThreshold, entry.offset < 0x8000_0000 {
                out += PackWriter.bigEndian(UInt32(entry.offset))
            } else {
                out += PackWriter.bigEndian(0x8000_0000 | UInt32(large.count))
                large.append(entry.offset)
            }
        }
        for offset in large {
            out += PackWriter.bigEndian(UInt32(offset >> 32)) + PackWriter.bigEndian(UInt32(offset & 0xFFFF_FFFF))
        }
        out += packChecksum
        var hasher = SHA1()
        hasher.update(out)
        out += hasher.finish()
        bytes = out
    }
}
