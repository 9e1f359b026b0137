import CLibGit2

/// A git object id (SHA-1), copied out of libgit2 into a Swift value.
public struct ObjectID: Hashable, Sendable, CustomStringConvertible, Comparable {
    public let bytes: [UInt8]

    init(bytes: [UInt8]) {
        precondition(bytes.count == 20, "a SHA-1 object id has 20 bytes")
        self.bytes = bytes
    }

    init(_ oid: git_oid) {
        var copy = oid
        bytes = withUnsafeBytes(of: &copy.id) { Array($0) }
    }

    /// Nil for text that is not a full 40-digit hex id.
    public init?(hex: String) {
        guard hex.utf8.count == 40 else { return nil }
        var oid = git_oid()
        LibGit2.ensureInitialized()
        guard git_oid_fromstr(&oid, hex) == 0 else { return nil }
        self.init(oid)
    }

    var oid: git_oid {
        var oid = git_oid()
        withUnsafeMutableBytes(of: &oid.id) { buffer in
            for (index, byte) in bytes.enumerated() { buffer[index] = byte }
        }
        return oid
    }

    public var description: String {
        bytes.map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// The all-zero id git uses for "no object" (a reflog's creation entry).
    public var isZero: Bool { bytes.allSatisfy { $0 == 0 } }

    /// The first seven hex digits, as git shows them.
    public var short: String { String(description.prefix(7)) }

    public static func < (lhs: ObjectID, rhs: ObjectID) -> Bool {
        lhs.bytes.lexicographicallyPrecedes(rhs.bytes)
    }
}
