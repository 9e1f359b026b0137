import CLibGit2
import CMbedCrypto

/// SHA-1, for object ids and pack checksums computed outside libgit2
/// (libgit2 exposes no hasher of its own for arbitrary bytes).
struct SHA1 {
    private var context = mbedtls_sha1_context()

    init() {
        mbedtls_sha1_init(&context)
        _ = itaplan_sha1_starts(&context)
    }

    mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        _ = itaplan_sha1_update(&context, base.assumingMemoryBound(to: UInt8.self), bytes.count)
    }

    mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    /// The 20-byte digest; the hasher is spent afterwards.
    mutating func finish() -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: 20)
        _ = itaplan_sha1_finish(&context, &digest)
        mbedtls_sha1_free(&context)
        return digest
    }
}

/// The kinds of object a pack holds here, with git's type numbers.
public enum GitObjectType: UInt8, Sendable {
    case commit = 1, tree = 2, blob = 3

    var name: String {
        switch self {
        case .commit: "commit"
        case .tree: "tree"
        case .blob: "blob"
        }
    }
}

extension ObjectID {
    /// The id git gives `bytes` stored as an object of `type`: the SHA-1 of
    /// "<type> <size>\0" followed by the bytes, computed by libgit2
    /// (`git_odb_hash`), which uses SHA-1DC's collision detection as git does.
    /// Throws when SHA-1DC detects the bytes as half of a collision attack.
    public static func hashing(_ bytes: [UInt8], as type: GitObjectType = .blob) throws -> ObjectID {
        LibGit2.ensureInitialized()
        var oid = git_oid()
        let code = bytes.withUnsafeBytes { buffer in
            git_odb_hash(&oid, buffer.baseAddress ?? UnsafeRawPointer(bitPattern: 1), buffer.count,
                         git_object_t(rawValue: Int32(type.rawValue)))
        }
        try LibGit2.check(code, "git_odb_hash")
        return ObjectID(oid)
    }
}
