/// Bytes added at one offset of a file: the whole of the edit `record`
/// makes, so that every byte already in the file stays where it was.
public struct Insertion: Sendable, Equatable {
    public var offset: Int
    public var bytes: [UInt8]

    public init(offset: Int, bytes: [UInt8]) {
        self.offset = offset
        self.bytes = bytes
    }

    public func applied(to original: [UInt8]) -> [UInt8] {
        var result = original
        result.insert(contentsOf: bytes, at: offset)
        return result
    }
}
