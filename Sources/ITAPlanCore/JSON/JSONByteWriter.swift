/// The one JSON writer: bytes into one buffer. Three kinds of caller use
/// it: the status stream (thousands of plans, millions of values), whose
/// shapes write themselves member by member (`JSONWritable`); every other
/// output, through the `Encodable` bridge (`JSONOutput`); and the JSON
/// Schema (`JSONValue`), whose keys keep their declared order.
/// docs/performance.md says why it is not Foundation's `JSONEncoder`.
///
/// Its bytes are Foundation's for the same values wherever a container is
/// not empty: `"key" : value`, two-space indentation, slashes and Thai as
/// they are, the same escapes (`JSONPathsTests` compares them). An empty
/// container is `[]`, where Foundation on Linux writes `[\n\n  ]`.
///
/// `@usableFromInline` on the type (and on `JSONWritable`) is what makes
/// its `@inlinable package` members inline into ITAPlanReport and
/// ITAPlanAudit: without it Swift 6.3 accepts them but calls them across
/// modules, unspecialized, and status JSON took a tenth longer.
@usableFromInline package final class JSONByteWriter {
    // Only ever used from one thread, one call at a time: the runtime's
    // exclusivity checks on every append were a tenth of the time.
    @exclusivity(unchecked) @usableFromInline package internal(set) var out: [UInt8] = []
    @usableFromInline let compact: Bool
    @usableFromInline let baseDepth: Int

    @usableFromInline struct Frame {
        @usableFromInline let isObject: Bool
        /// Where the container's first member starts.
        @usableFromInline let contentStart: Int
        @usableFromInline var count = 0
        /// For members the bridge writes in declaration order: each key and
        /// where its bytes (separator included) start, to sort them at the end.
        @usableFromInline var members: [(key: String, start: Int)] = []
        @usableFromInline var sorted = true
        #if DEBUG
        /// The last key `member` wrote, to check the caller's order.
        @usableFromInline var lastKey: String?
        #endif

        @usableFromInline init(isObject: Bool, contentStart: Int) {
            self.isObject = isObject
            self.contentStart = contentStart
        }
    }

    @exclusivity(unchecked) @usableFromInline var frames: [Frame] = []

    /// `baseDepth`: how many levels every line is indented by, for a value
    /// written inside a larger document.
    package init(compact: Bool, baseDepth: Int = 0) {
        self.compact = compact
        self.baseDepth = baseDepth
        out.reserveCapacity(4096)
    }

    /// `value`'s bytes, with no final newline.
    package static func bytes(_ value: some JSONWritable, compact: Bool, indentLevel: Int = 0) -> [UInt8] {
        let writer = JSONByteWriter(compact: compact, baseDepth: indentLevel)
        value.write(to: writer)
        writer.closeAll()
        return writer.out
    }

    // MARK: Containers

    /// An object whose members `body` writes, in key order.
    @inlinable package func object(_ body: () -> Void) {
        open(object: true)
        body()
        close()
    }

    /// An array whose items `body` writes, each after `item()`.
    @inlinable package func array(_ body: () -> Void) {
        open(object: false)
        body()
        close()
    }

    /// Starts an array item: the separator and indentation before it.
    @inlinable package func item() {
        separate()
    }

    /// Starts an object member whose key the caller writes in key order.
    @inlinable package func member(_ key: StaticString) {
        separate()
        out.append(0x22)
        key.withUTF8Buffer { out.append(contentsOf: $0) }
        out.append(0x22)
        keySeparator()
        #if DEBUG
        let text = "\(key)"
        let top = frames.count - 1
        assert(frames[top].lastKey.map { $0 < text } ?? true, "JSON member \(text) written out of key order")
        frames[top].lastKey = text
        #endif
    }

    /// Starts an object member in the order given, whatever it is (the JSON
    /// Schema's keys read in the order they are declared).
    @inlinable package func member(unordered key: String) {
        separate()
        appendString(key)
        keySeparator()
    }

    /// Starts an object member that may arrive out of key order (an
    /// `Encodable` value's members come in declaration order): the object is
    /// put in key order when it closes.
    func member(sorting key: String) {
        let top = frames.count - 1
        let start = out.count
        if let last = frames[top].members.last, last.key > key { frames[top].sorted = false }
        frames[top].members.append((key, start))
        member(unordered: key)
    }

    @inlinable func separate() {
        let top = frames.count - 1
        if frames[top].count > 0 { out.append(0x2C) }
        newline(depth: baseDepth + frames.count)
        frames[top].count += 1
    }

    @inlinable func keySeparator() {
        if compact { out.append(0x3A) } else { append(" : ") }
    }

    var depth: Int { frames.count }

    @inlinable func open(object: Bool) {
        out.append(object ? 0x7B : 0x5B)
        frames.append(Frame(isObject: object, contentStart: out.count))
    }

    @inlinable func close() {
        guard let frame = frames.popLast() else { return }
        if !frame.sorted { reorder(frame) }
        if frame.count > 0 { newline(depth: baseDepth + frames.count) }
        out.append(frame.isObject ? 0x7D : 0x5D)
    }

    func closeAll() {
        while !frames.isEmpty { close() }
    }

    /// Puts an object's members in key order; only the first keeps no comma.
    /// Members are located by index ranges, not slices: a slice would keep
    /// the buffer shared and make the final replace copy the whole document.
    @usableFromInline func reorder(_ frame: Frame) {
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

    @inlinable func newline(depth: Int) {
        guard !compact else { return }
        out.append(0x0A)
        out.append(contentsOf: repeatElement(0x20, count: depth * 2))
    }

    // MARK: Scalars

    /// The one JSON string escaper of itaplan's own: `"` and `\`, and every
    /// control character (the short forms where JSON has them, as
    /// Foundation writes them). Everything else, Thai, `/` and U+2028
    /// included, is copied as UTF-8: JSON keeps a plan's text exactly.
    @inlinable package func appendString(_ text: String) {
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
                case 0x08: out += [0x5C, 0x62]
                case 0x0C: out += [0x5C, 0x66]
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
    @inlinable package func appendDate(_ date: CivilDate) {
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
    @inlinable package func appendInt(_ value: Int) {
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
    /// counts; others in Swift's shortest exact form; NaN and infinities,
    /// which JSON has not, as null.
    @inlinable package func appendDouble(_ value: Double) {
        guard value.isFinite else { return appendNull() }
        if value == value.rounded(), abs(value) < 1e15 { return appendInt(Int(value)) }
        out.append(contentsOf: String(value).utf8)
    }

    /// An integer of another width, in its decimal digits.
    func appendNumber(_ digits: String) {
        out.append(contentsOf: digits.utf8)
    }

    @inlinable package func appendBool(_ value: Bool) {
        append(value ? "true" : "false")
    }

    @inlinable package func appendNull() {
        append("null")
    }

    @inlinable func append(_ literal: StaticString) {
        literal.withUTF8Buffer { out.append(contentsOf: $0) }
    }
}

/// A shape that writes itself straight into the writer, members in key
/// order, without the `Encodable` machinery: for the status of thousands of
/// plans, where generic encoding was a third of a snapshot's time.
@usableFromInline package protocol JSONWritable {
    func write(to json: JSONByteWriter)
}

// MARK: - Members of the usual kinds

extension JSONByteWriter {
    @inlinable package func member(_ key: StaticString, _ value: String) {
        member(key)
        appendString(value)
    }

    @inlinable package func member(_ key: StaticString, _ value: String?) {
        member(key)
        if let value { appendString(value) } else { appendNull() }
    }

    @inlinable package func member(_ key: StaticString, _ value: Int) {
        member(key)
        appendInt(value)
    }

    @inlinable package func member(_ key: StaticString, _ value: Int?) {
        member(key)
        if let value { appendInt(value) } else { appendNull() }
    }

    @inlinable package func member(_ key: StaticString, _ value: Double?) {
        member(key)
        if let value { appendDouble(value) } else { appendNull() }
    }

    @inlinable package func member(_ key: StaticString, _ value: Bool) {
        member(key)
        appendBool(value)
    }

    @inlinable package func member(_ key: StaticString, _ date: CivilDate) {
        member(key)
        appendDate(date)
    }

    @inlinable package func member(_ key: StaticString, _ date: CivilDate?) {
        member(key)
        if let date { appendDate(date) } else { appendNull() }
    }

    @inlinable package func member(_ key: StaticString, _ value: (some JSONWritable)?) {
        member(key)
        if let value { value.write(to: self) } else { appendNull() }
    }

    @inlinable package func member<Values: Sequence>(_ key: StaticString, _ values: Values) where Values.Element: JSONWritable {
        member(key)
        array {
            for value in values {
                item()
                value.write(to: self)
            }
        }
    }

    @inlinable package func member<Values: Sequence<String>>(_ key: StaticString, _ values: Values) {
        member(key)
        array {
            for value in values {
                item()
                appendString(value)
            }
        }
    }

    @inlinable package func member(_ key: StaticString, _ values: [Int]) {
        member(key)
        array {
            for value in values {
                item()
                appendInt(value)
            }
        }
    }
}
