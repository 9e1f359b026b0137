import ITAPlanCore

/// The one way itaplan writes JSON: keys sorted, two-space indentation (or
/// none, for compact output), slashes and Thai as they are, every key of a
/// documented shape present (see `NullEncoded`).
///
/// Written by a small encoder of its own rather than Foundation's
/// `JSONEncoder`, which was most of the time `status --format json` took
/// over thousands of plans: values are written straight into one buffer,
/// and an object whose members did not arrive in key order is reordered in
/// place when it closes.
public enum JSONOutput {
    /// `value` as JSON text with a final newline.
    public static func encode<T: Encodable>(_ value: T) -> String {
        String(decoding: bytes(value, indentLevel: 0, compact: false) + [0x0A], as: UTF8.self)
    }

    /// `value` as JSON whose lines are indented `indentLevel` levels, to be
    /// written inside a larger document (no final newline).
    public static func encode<T: Encodable>(_ value: T, indentLevel: Int) -> String {
        String(decoding: bytes(value, indentLevel: indentLevel, compact: false), as: UTF8.self)
    }

    /// `value` as UTF-8 JSON bytes, indented or compact (no final newline).
    public static func bytes<T: Encodable>(_ value: T, indentLevel: Int = 0, compact: Bool) -> [UInt8] {
        let writer = JSONByteWriter(compact: compact, baseDepth: indentLevel)
        do {
            try value.encode(to: JSONTextEncoder(writer: writer))
        } catch {
            // Output structs hold only strings, numbers and booleans: nothing throws.
            preconditionFailure("unencodable output: \(error)")
        }
        writer.closeAll()
        return writer.out
    }
}

extension JSONOutput {
    /// A value that writes itself, as UTF-8 JSON bytes (no final newline).
    static func bytes(_ value: some JSONWritable, indentLevel: Int = 0, compact: Bool) -> [UInt8] {
        let writer = JSONByteWriter(compact: compact, baseDepth: indentLevel)
        value.write(to: writer)
        writer.closeAll()
        return writer.out
    }
}

/// A shape that writes itself straight into the writer, members in key
/// order, without the `Encodable` machinery: for the status of thousands of
/// plans, where generic encoding was a third of a snapshot's time.
protocol JSONWritable {
    func write(to json: JSONByteWriter)
}

extension JSONByteWriter {
    /// An object whose members `body` writes, in key order.
    func object(_ body: () -> Void) {
        open(object: true)
        body()
        close()
    }

    func member(_ key: StaticString, _ value: String) {
        beginMember(key)
        appendString(value)
    }

    func member(_ key: StaticString, _ value: String?) {
        beginMember(key)
        if let value { appendString(value) } else { appendNull() }
    }

    func member(_ key: StaticString, _ value: Int) {
        beginMember(key)
        appendInt(value)
    }

    func member(_ key: StaticString, _ value: Int?) {
        beginMember(key)
        if let value { appendInt(value) } else { appendNull() }
    }

    func member(_ key: StaticString, _ value: Double?) {
        beginMember(key)
        if let value { appendDouble(value) } else { appendNull() }
    }

    func member(_ key: StaticString, _ value: Bool) {
        beginMember(key)
        appendBool(value)
    }

    func member(_ key: StaticString, _ date: CivilDate) {
        beginMember(key)
        appendDate(date)
    }

    func member(_ key: StaticString, _ date: CivilDate?) {
        beginMember(key)
        if let date { appendDate(date) } else { appendNull() }
    }

    func member(_ key: StaticString, _ value: (some JSONWritable)?) {
        beginMember(key)
        if let value { value.write(to: self) } else { appendNull() }
    }

    func member<Values: Sequence>(_ key: StaticString, _ values: Values) where Values.Element: JSONWritable {
        beginMember(key)
        open(object: false)
        for value in values {
            beginValue(key: nil)
            value.write(to: self)
        }
        close()
    }

    func member<Values: Sequence<String>>(_ key: StaticString, _ values: Values) {
        beginMember(key)
        open(object: false)
        for value in values {
            beginValue(key: nil)
            appendString(value)
        }
        close()
    }

    func member(_ key: StaticString, _ values: [Int]) {
        beginMember(key)
        open(object: false)
        for value in values {
            beginValue(key: nil)
            appendInt(value)
        }
        close()
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

// MARK: - The writer

/// Writes JSON into one byte buffer. Containers are opened and closed as
/// the encoder walks the value; a value is announced by `beginValue`, which
/// writes the separator, indentation and key it needs.
final class JSONByteWriter {
    // Only ever used from one thread, one call at a time: the runtime's
    // exclusivity checks on every append were a tenth of the time.
    @exclusivity(unchecked) private(set) var out: [UInt8] = []
    let compact: Bool
    let baseDepth: Int

    private struct Frame {
        let isObject: Bool
        /// Where the container's first member starts.
        let contentStart: Int
        var count = 0
        /// Each member's key and where its bytes (separator included) start.
        var members: [(key: String, start: Int)] = []
        var sorted = true
        #if DEBUG
        /// The last key `beginMember` wrote, to check the caller's order.
        var lastKey: String?
        #endif
    }

    @exclusivity(unchecked) private var frames: [Frame] = []

    init(compact: Bool, baseDepth: Int) {
        self.compact = compact
        self.baseDepth = baseDepth
        out.reserveCapacity(4096)
    }

    var depth: Int { frames.count }

    /// Writes what comes before a value: in an object the key, in an array
    /// the separator; nothing at the top level.
    func beginValue(key: String?) {
        guard !frames.isEmpty else { return }
        let top = frames.count - 1
        let start = out.count
        if frames[top].count > 0 { out.append(0x2C) }
        newline(depth: baseDepth + frames.count)
        if frames[top].isObject, let key {
            if let last = frames[top].members.last, last.key > key { frames[top].sorted = false }
            frames[top].members.append((key, start))
            appendString(key)
            if compact { out.append(0x3A) } else { append(" : ") }
        }
        frames[top].count += 1
    }

    /// Like `beginValue`, for a member whose key the caller writes in order:
    /// nothing is recorded for reordering.
    func beginMember(_ key: StaticString) {
        let top = frames.count - 1
        if frames[top].count > 0 { out.append(0x2C) }
        newline(depth: baseDepth + frames.count)
        out.append(0x22)
        key.withUTF8Buffer { out.append(contentsOf: $0) }
        out.append(0x22)
        if compact { out.append(0x3A) } else { append(" : ") }
        frames[top].count += 1
        #if DEBUG
        let text = "\(key)"
        assert(frames[top].lastKey.map { $0 < text } ?? true, "JSON member \(text) written out of key order")
        frames[top].lastKey = text
        #endif
    }

    func open(object: Bool) {
        out.append(object ? 0x7B : 0x5B)
        frames.append(Frame(isObject: object, contentStart: out.count))
    }

    func close() {
        guard let frame = frames.popLast() else { return }
        if frame.isObject, !frame.sorted { reorder(frame) }
        if frame.count > 0 { newline(depth: baseDepth + frames.count) }
        out.append(frame.isObject ? 0x7D : 0x5D)
    }

    func closeAll() {
        while !frames.isEmpty { close() }
    }

    /// Puts an object's members in key order; only the first keeps no comma.
    /// Members are located by index ranges, not slices: a slice would keep
    /// the buffer shared and make the final replace copy the whole document.
    private func reorder(_ frame: Frame) {
        let end = out.count
        var pieces: [(key: String, range: Range<Int>)] = []
        pieces.reserveCapacity(frame.members.count)
        for (index, member) in frame.members.enumerated() {
            let stop = index + 1 < frame.members.count ? frame.members[index + 1].start : end
            // Drop the member's leading comma; it is put back in the new order.
            let begin = out[member.start] == 0x2C ? member.start + 1 : member.start
            pieces.append((member.key, begin..<stop))
        }
        var rebuilt: [UInt8] = []
        rebuilt.reserveCapacity(end - frame.contentStart)
        for (index, piece) in pieces.sorted(by: { $0.key < $1.key }).enumerated() {
            if index > 0 { rebuilt.append(0x2C) }
            rebuilt.append(contentsOf: out[piece.range])
        }
        out.replaceSubrange(frame.contentStart..<end, with: rebuilt)
    }

    private func newline(depth: Int) {
        guard !compact else { return }
        out.append(0x0A)
        out.append(contentsOf: repeatElement(0x20, count: depth * 2))
    }

    // MARK: Scalars

    func appendString(_ text: String) {
        out.append(0x22)
        var text = text
        text.withUTF8 { bytes in
            // Most text needs no escaping: copy it whole.
            if !bytes.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
                out.append(contentsOf: bytes)
                return
            }
            for byte in bytes {
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
        }
        out.append(0x22)
    }

    /// A day as "YYYY-MM-DD", digit by digit: status has millions of them,
    /// and building each as a String first was a tenth of the rendering.
    func appendDate(_ date: CivilDate) {
        guard (1000...9999).contains(date.year) else { return appendString(date.description) }
        let y = date.year
        var text: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0x22, 0x30 + UInt8(y / 1000), 0x30 + UInt8(y / 100 % 10), 0x30 + UInt8(y / 10 % 10), 0x30 + UInt8(y % 10),
             0x2D, 0x30 + UInt8(date.month / 10), 0x30 + UInt8(date.month % 10),
             0x2D, 0x30 + UInt8(date.day / 10), 0x30 + UInt8(date.day % 10), 0x22)
        withUnsafeBytes(of: &text) { out.append(contentsOf: $0) }
    }

    /// Digits straight into the buffer: no String or Array per number (status
    /// writes millions of counts, nulls and booleans).
    func appendInt(_ value: Int) {
        if value < 0 { out.append(0x2D) }
        var magnitude = value.magnitude
        guard magnitude >= 10 else { return out.append(0x30 + UInt8(magnitude)) }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            while magnitude > 0 {
                buffer[19 - count] = 0x30 + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            }
            out.append(contentsOf: buffer[(20 - count)...])
        }
    }

    /// Integral values print without a fraction, as JSON readers expect of
    /// counts; others in Swift's shortest exact form.
    func appendDouble(_ value: Double) {
        guard value.isFinite else { return appendNull() }
        if value == value.rounded(), abs(value) < 1e15 { return appendInt(Int(value)) }
        out.append(contentsOf: String(value).utf8)
    }

    func appendBool(_ value: Bool) {
        append(value ? "true" : "false")
    }

    func appendNull() {
        append("null")
    }

    private func append(_ literal: StaticString) {
        literal.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    /// Writes a scalar if `value` is one; false for anything else.
    func appendScalar<T: Encodable>(_ value: T) -> Bool {
        switch value {
        case let text as String: appendString(text)
        case let number as Int: appendInt(number)
        case let number as Double: appendDouble(number)
        case let flag as Bool: appendBool(flag)
        default: return false
        }
        return true
    }
}

// MARK: - The encoder

/// Walks an `Encodable` value and drives the writer. Every container closes
/// the containers opened inside it before writing its next member.
struct JSONTextEncoder: Encoder {
    let writer: JSONByteWriter
    var codingPath: [CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        writer.open(object: true)
        return KeyedEncodingContainer(KeyedContainer(writer: writer, depth: writer.depth))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        writer.open(object: false)
        return UnkeyedContainer(writer: writer, depth: writer.depth)
    }

    func singleValueContainer() -> SingleValueEncodingContainer {
        SingleContainer(writer: writer)
    }

    /// Writes any value at the writer's current position.
    static func write<T: Encodable>(_ value: T, to writer: JSONByteWriter) throws {
        if writer.appendScalar(value) { return }
        let depth = writer.depth
        try value.encode(to: JSONTextEncoder(writer: writer))
        // Close what the value opened (its top container).
        while writer.depth > depth { writer.close() }
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let writer: JSONByteWriter
    /// The writer depth at which this container's members are written.
    let depth: Int
    var codingPath: [CodingKey] { [] }

    private func member(_ key: Key) {
        while writer.depth > depth { writer.close() }
        writer.beginValue(key: key.stringValue)
    }

    mutating func encodeNil(forKey key: Key) throws {
        member(key)
        writer.appendNull()
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        member(key)
        try JSONTextEncoder.write(value, to: writer)
    }

    mutating func encode(_ value: String, forKey key: Key) throws {
        member(key)
        writer.appendString(value)
    }

    mutating func encode(_ value: Int, forKey key: Key) throws {
        member(key)
        writer.appendInt(value)
    }

    mutating func encode(_ value: Double, forKey key: Key) throws {
        member(key)
        writer.appendDouble(value)
    }

    mutating func encode(_ value: Bool, forKey key: Key) throws {
        member(key)
        writer.appendBool(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                       forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        member(key)
        writer.open(object: true)
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(writer: writer, depth: writer.depth))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
        member(key)
        writer.open(object: false)
        return UnkeyedContainer(writer: writer, depth: writer.depth)
    }

    mutating func superEncoder() -> Encoder {
        member(Key(stringValue: "super")!)
        return JSONTextEncoder(writer: writer)
    }

    mutating func superEncoder(forKey key: Key) -> Encoder {
        member(key)
        return JSONTextEncoder(writer: writer)
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let writer: JSONByteWriter
    let depth: Int
    var codingPath: [CodingKey] { [] }
    var count = 0

    private mutating func item() {
        while writer.depth > depth { writer.close() }
        writer.beginValue(key: nil)
        count += 1
    }

    mutating func encodeNil() throws {
        item()
        writer.appendNull()
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        item()
        try JSONTextEncoder.write(value, to: writer)
    }

    mutating func encode(_ value: String) throws {
        item()
        writer.appendString(value)
    }

    mutating func encode(_ value: Int) throws {
        item()
        writer.appendInt(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        item()
        writer.open(object: true)
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(writer: writer, depth: writer.depth))
    }

    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
        item()
        writer.open(object: false)
        return UnkeyedContainer(writer: writer, depth: writer.depth)
    }

    mutating func superEncoder() -> Encoder {
        item()
        return JSONTextEncoder(writer: writer)
    }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let writer: JSONByteWriter
    var codingPath: [CodingKey] { [] }

    mutating func encodeNil() throws {
        writer.appendNull()
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        // A wrapped value (NullEncoded<Struct>) encodes at this same place.
        try JSONTextEncoder.write(value, to: writer)
    }
}
