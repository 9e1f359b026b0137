import Foundation

/// Every `Encodable` output (findings, reports, the audit trail's log and
/// history, `snapshot.json`) as JSON, through a small bridge onto the one
/// byte writer (`JSONByteWriter`): keys sorted, Swift's camelCase names
/// written in snake_case (`asOfText` → `as_of_text`, as Foundation's
/// `convertToSnakeCase` does), two-space indentation, slashes and Thai as
/// they are. Foundation's `JSONEncoder` gives the same values, 12–20 % more
/// slowly on the large documents (docs/performance.md, "One JSON writer").
public enum JSONOutput {
    /// `value` as JSON text with a final newline.
    public static func encode<T: Encodable>(_ value: T) -> String {
        String(decoding: bytes(value, compact: false) + [0x0A], as: UTF8.self)
    }

    /// `value` as UTF-8 JSON, indented or on one line (no final newline).
    public static func bytes<T: Encodable>(_ value: T, compact: Bool) -> [UInt8] {
        let writer = JSONByteWriter(compact: compact)
        do {
            try JSONBridge(writer: writer, keys: SnakeCaseKeys()).write(value)
        } catch {
            // Output structs hold only strings, numbers and booleans: nothing throws.
            preconditionFailure("unencodable output: \(error)")
        }
        writer.closeAll()
        return writer.out
    }

    /// Reads what `encode` wrote (`snapshot.json`): Foundation's decoder, the
    /// snake_case names mapped back by its key strategy.
    public static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return decoder
    }
}

/// An optional that encodes as `null` when absent, so that every key of a
/// documented JSON shape is always present (a synthesized `Encodable` leaves
/// a nil optional out).
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

/// Swift names in snake_case, as Foundation's `convertToSnakeCase` writes
/// them (`doneOfDueSoFar` → `done_of_due_so_far`, `mangoURLText` →
/// `mango_url_text`), each name converted once per document.
final class SnakeCaseKeys {
    private var converted: [String: String] = [:]

    func callAsFunction(_ key: String) -> String {
        // Most names are one small word: no capital, nothing to look up.
        // (On the contiguous bytes: the UTF8View's iterator was a third of
        // the bridge's time in `report --format json`.)
        var key = key
        guard key.withUTF8({ $0.contains { $0 &- 0x41 < 26 } }) else { return key }
        if let known = converted[key] { return known }
        let result = Self.convert(key)
        converted[key] = result
        return result
    }

    static func convert(_ key: String) -> String {
        let characters = Array(key)
        guard characters.contains(where: \.isUppercase) else { return key }
        var out = ""
        for (index, character) in characters.enumerated() {
            if character.isUppercase, index > 0 {
                let previous = characters[index - 1]
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                // A word starts at a capital after a small letter, or at the
                // last capital of a run that a small letter follows (URLText).
                if !previous.isUppercase || (next?.isLowercase ?? false) { out.append("_") }
            }
            out += character.lowercased()
        }
        return out
    }
}

/// Walks an `Encodable` value and drives the writer. Every container closes
/// the containers opened inside it before writing its next member.
private struct JSONBridge: Encoder {
    let writer: JSONByteWriter
    let keys: SnakeCaseKeys
    var codingPath: [CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        writer.open(object: true)
        return KeyedEncodingContainer(Keyed(bridge: self, depth: writer.depth))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        writer.open(object: false)
        return Unkeyed(bridge: self, depth: writer.depth)
    }

    func singleValueContainer() -> SingleValueEncodingContainer {
        Single(bridge: self)
    }

    /// Writes any value at the writer's current position: scalars directly,
    /// anything else by its own `encode(to:)`, then closes what it opened.
    func write<T: Encodable>(_ value: T) throws {
        switch value {
        case let text as String: writer.appendString(text)
        case let number as Int: writer.appendInt(number)
        case let number as Double: writer.appendDouble(number)
        case let flag as Bool: writer.appendBool(flag)
        // Other number types reach `Single`'s own methods through their `encode(to:)`.
        // A dictionary's keys are data, not Swift names: written as they are
        // (Foundation's key strategy leaves them alone too).
        case let dictionary as any StringKeyedDictionary: try dictionary.write(to: self)
        default:
            let depth = writer.depth
            try value.encode(to: self)
            while writer.depth > depth { writer.close() }
        }
    }

    /// Closes containers a previous member opened, down to `depth`.
    func settle(at depth: Int) {
        while writer.depth > depth { writer.close() }
    }

    func writeMember<T: Encodable>(_ key: String, _ value: T) throws {
        writer.member(sorting: key)
        try write(value)
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let bridge: JSONBridge
        /// The writer depth at which this container's members are written.
        let depth: Int
        var codingPath: [CodingKey] { [] }

        private func member(_ key: Key) {
            bridge.settle(at: depth)
            bridge.writer.member(sorting: bridge.keys(key.stringValue))
        }

        mutating func encodeNil(forKey key: Key) throws {
            member(key)
            bridge.writer.appendNull()
        }

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            member(key)
            try bridge.write(value)
        }

        // The usual members written straight away: through the generic
        // method above each would be cast at run time to find its type.
        mutating func encode(_ value: String, forKey key: Key) throws {
            member(key)
            bridge.writer.appendString(value)
        }

        mutating func encode(_ value: Int, forKey key: Key) throws {
            member(key)
            bridge.writer.appendInt(value)
        }

        mutating func encode(_ value: Double, forKey key: Key) throws {
            member(key)
            bridge.writer.appendDouble(value)
        }

        mutating func encode(_ value: Bool, forKey key: Key) throws {
            member(key)
            bridge.writer.appendBool(value)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                           forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            member(key)
            return bridge.container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
            member(key)
            return bridge.unkeyedContainer()
        }

        mutating func superEncoder() -> Encoder {
            member(Key(stringValue: "super")!)
            return bridge
        }

        mutating func superEncoder(forKey key: Key) -> Encoder {
            member(key)
            return bridge
        }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let bridge: JSONBridge
        let depth: Int
        var codingPath: [CodingKey] { [] }
        var count = 0

        private mutating func item() {
            bridge.settle(at: depth)
            bridge.writer.item()
            count += 1
        }

        mutating func encodeNil() throws {
            item()
            bridge.writer.appendNull()
        }

        mutating func encode<T: Encodable>(_ value: T) throws {
            item()
            try bridge.write(value)
        }

        // As in `Keyed`: the usual items without a run-time cast.
        mutating func encode(_ value: String) throws {
            item()
            bridge.writer.appendString(value)
        }

        mutating func encode(_ value: Int) throws {
            item()
            bridge.writer.appendInt(value)
        }

        mutating func encode(_ value: Double) throws {
            item()
            bridge.writer.appendDouble(value)
        }

        mutating func encode(_ value: Bool) throws {
            item()
            bridge.writer.appendBool(value)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            item()
            return bridge.container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
            item()
            return bridge.unkeyedContainer()
        }

        mutating func superEncoder() -> Encoder {
            item()
            return bridge
        }
    }

    struct Single: SingleValueEncodingContainer {
        let bridge: JSONBridge
        var codingPath: [CodingKey] { [] }

        mutating func encodeNil() throws {
            bridge.writer.appendNull()
        }

        mutating func encode<T: Encodable>(_ value: T) throws {
            // A wrapped value (NullEncoded<Struct>) encodes at this same place.
            try bridge.write(value)
        }

        mutating func encode(_ value: Float) throws { bridge.writer.appendDouble(Double(value)) }
        mutating func encode(_ value: Int8) throws { bridge.writer.appendInt(Int(value)) }
        mutating func encode(_ value: Int16) throws { bridge.writer.appendInt(Int(value)) }
        mutating func encode(_ value: Int32) throws { bridge.writer.appendInt(Int(value)) }
        mutating func encode(_ value: Int64) throws { bridge.writer.appendInt(Int(value)) }
        mutating func encode(_ value: UInt) throws { bridge.writer.appendNumber(String(value)) }
        mutating func encode(_ value: UInt8) throws { bridge.writer.appendInt(Int(value)) }
        mutating func encode(_ value: UInt16) throws { bridge.writer.appendInt(Int(value)) }
        mutating func encode(_ value: UInt32) throws { bridge.writer.appendInt(Int(value)) }
        mutating func encode(_ value: UInt64) throws { bridge.writer.appendNumber(String(value)) }
    }
}

private protocol StringKeyedDictionary {
    func write(to bridge: JSONBridge) throws
}

extension Dictionary: StringKeyedDictionary where Key == String, Value: Encodable {
    fileprivate func write(to bridge: JSONBridge) throws {
        bridge.writer.open(object: true)
        let depth = bridge.writer.depth
        for (key, value) in self {
            bridge.settle(at: depth)
            try bridge.writeMember(key, value)
        }
        bridge.settle(at: depth)
        bridge.writer.close()
    }
}
