/// The one way itaplan writes JSON: keys sorted, two-space indentation,
/// slashes and Thai as they are, every key of a documented shape present
/// (see `NullEncoded`). Written by a small encoder of its own rather than
/// Foundation's `JSONEncoder`, which was most of the time `status --format
/// json` took over thousands of plans.
public enum JSONOutput {
    /// `value` as JSON text with a final newline.
    public static func encode<T: Encodable>(_ value: T) -> String {
        encode(value, indentLevel: 0) + "\n"
    }

    /// `value` as JSON whose lines are indented `indentLevel` levels, to be
    /// written inside a larger document (no final newline).
    public static func encode<T: Encodable>(_ value: T, indentLevel: Int) -> String {
        let encoder = JSONTextEncoder(depth: indentLevel)
        do {
            try value.encode(to: encoder)
        } catch {
            // Output structs hold only strings, numbers and booleans: nothing throws.
            preconditionFailure("unencodable output: \(error)")
        }
        return String(decoding: encoder.finish(), as: UTF8.self)
    }
}

/// An optional that encodes as `null` when absent, so that every key of a
/// documented JSON shape is always present.
@propertyWrapper
public struct NullEncoded<Value: Encodable>: Encodable {
    public var wrappedValue: Value?

    public init(wrappedValue: Value?) {
        self.wrappedValue = wrappedValue
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue { try container.encode(wrappedValue) } else { try container.encodeNil() }
    }
}

// MARK: - The encoder

/// Encodes one value at a known depth into JSON bytes. A keyed container
/// gathers its members' bytes and sorts them by key when it is finished.
final class JSONTextEncoder: Encoder {
    let depth: Int
    var codingPath: [CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]
    private var content: Content = .none

    enum Content {
        case none
        case scalar([UInt8])
        case object(ObjectBox)
        case array(ArrayBox)
    }

    /// A member's bytes, or the encoder of a nested container, finished last.
    enum Member {
        case bytes([UInt8])
        case nested(JSONTextEncoder)

        var bytes: [UInt8] {
            switch self {
            case .bytes(let bytes): return bytes
            case .nested(let encoder): return encoder.finish()
            }
        }
    }

    final class ObjectBox {
        var members: [(key: String, value: Member)] = []
    }

    final class ArrayBox {
        var items: [Member] = []
    }

    init(depth: Int) {
        self.depth = depth
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object(let box) = content { return KeyedEncodingContainer(KeyedContainer(encoder: self, box: box)) }
        let box = ObjectBox()
        content = .object(box)
        return KeyedEncodingContainer(KeyedContainer(encoder: self, box: box))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        if case .array(let box) = content { return UnkeyedContainer(encoder: self, box: box) }
        let box = ArrayBox()
        content = .array(box)
        return UnkeyedContainer(encoder: self, box: box)
    }

    func singleValueContainer() -> SingleValueEncodingContainer {
        SingleContainer(encoder: self)
    }

    func set(_ bytes: [UInt8]) {
        content = .scalar(bytes)
    }

    /// Encodes a child value one level deeper.
    func child<T: Encodable>(_ value: T) throws -> [UInt8] {
        if let bytes = Self.scalar(value) { return bytes }
        let encoder = JSONTextEncoder(depth: depth + 1)
        try value.encode(to: encoder)
        return encoder.finish()
    }

    func finish() -> [UInt8] {
        let inner = [UInt8](repeating: 0x20, count: (depth + 1) * 2)
        let outer = [UInt8](repeating: 0x20, count: depth * 2)
        switch content {
        case .none:
            return Array("{}".utf8)
        case .scalar(let bytes):
            return bytes
        case .object(let box):
            guard !box.members.isEmpty else { return Array("{}".utf8) }
            var out: [UInt8] = [0x7B, 0x0A]
            for (index, member) in box.members.sorted(by: { $0.key < $1.key }).enumerated() {
                if index > 0 { out += [0x2C, 0x0A] }
                out += inner
                out += Self.string(member.key)
                out += [0x20, 0x3A, 0x20]
                out += member.value.bytes
            }
            return out + [0x0A] + outer + [0x7D]
        case .array(let box):
            guard !box.items.isEmpty else { return Array("[]".utf8) }
            var out: [UInt8] = [0x5B, 0x0A]
            for (index, item) in box.items.enumerated() {
                if index > 0 { out += [0x2C, 0x0A] }
                out += inner
                out += item.bytes
            }
            return out + [0x0A] + outer + [0x5D]
        }
    }

    // MARK: Scalars

    static func scalar<T: Encodable>(_ value: T) -> [UInt8]? {
        switch value {
        case let text as String: return string(text)
        case let number as Int: return Array(String(number).utf8)
        case let number as Double: return double(number)
        case let flag as Bool: return Array((flag ? "true" : "false").utf8)
        default: return nil
        }
    }

    /// Integral values print without a fraction, as JSON readers expect of
    /// counts; others in Swift's shortest exact form.
    static func double(_ value: Double) -> [UInt8] {
        guard value.isFinite else { return Array("null".utf8) }
        if value == value.rounded(), abs(value) < 1e15 { return Array(String(Int(value)).utf8) }
        return Array(String(value).utf8)
    }

    static func string(_ text: String) -> [UInt8] {
        var out: [UInt8] = [0x22]
        out.reserveCapacity(text.utf8.count + 2)
        for byte in text.utf8 {
            switch byte {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, 0x6E]
            case 0x0D: out += [0x5C, 0x72]
            case 0x09: out += [0x5C, 0x74]
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out += [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: out.append(byte)
            }
        }
        out.append(0x22)
        return out
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: JSONTextEncoder
    let box: JSONTextEncoder.ObjectBox
    var codingPath: [CodingKey] { encoder.codingPath }

    mutating func encodeNil(forKey key: Key) throws {
        box.members.append((key.stringValue, .bytes(Array("null".utf8))))
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        box.members.append((key.stringValue, .bytes(try encoder.child(value))))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                       forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let child = JSONTextEncoder(depth: encoder.depth + 1)
        box.members.append((key.stringValue, .nested(child)))
        return child.container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
        let child = JSONTextEncoder(depth: encoder.depth + 1)
        box.members.append((key.stringValue, .nested(child)))
        return child.unkeyedContainer()
    }

    mutating func superEncoder() -> Encoder { superEncoder(forKey: Key(stringValue: "super")!) }

    mutating func superEncoder(forKey key: Key) -> Encoder {
        let child = JSONTextEncoder(depth: encoder.depth + 1)
        box.members.append((key.stringValue, .nested(child)))
        return child
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let encoder: JSONTextEncoder
    let box: JSONTextEncoder.ArrayBox
    var codingPath: [CodingKey] { encoder.codingPath }
    var count: Int { box.items.count }

    mutating func encodeNil() throws {
        box.items.append(.bytes(Array("null".utf8)))
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        box.items.append(.bytes(try encoder.child(value)))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let child = JSONTextEncoder(depth: encoder.depth + 1)
        box.items.append(.nested(child))
        return child.container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
        let child = JSONTextEncoder(depth: encoder.depth + 1)
        box.items.append(.nested(child))
        return child.unkeyedContainer()
    }

    mutating func superEncoder() -> Encoder {
        let child = JSONTextEncoder(depth: encoder.depth + 1)
        box.items.append(.nested(child))
        return child
    }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let encoder: JSONTextEncoder
    var codingPath: [CodingKey] { encoder.codingPath }

    mutating func encodeNil() throws {
        encoder.set(Array("null".utf8))
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        if let bytes = JSONTextEncoder.scalar(value) {
            encoder.set(bytes)
            return
        }
        // A wrapped value (NullEncoded<Struct>) encodes at this same depth.
        try value.encode(to: encoder)
    }
}
