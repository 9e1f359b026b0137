/// A JSON value whose objects keep their keys in the order given, printed
/// the same way every time (the committed schema is compared byte for byte)
/// by the one byte writer (`JSONByteWriter`): Foundation's encoder cannot
/// keep a declared key order.
public indirect enum JSONValue: Sendable, Equatable {
    case string(String)
    case number(Double)
    case integer(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.rendered() == rhs.rendered()
    }

    /// Two-space indented JSON with a final newline.
    public func rendered() -> String {
        String(decoding: JSONByteWriter.bytes(self, compact: false) + [0x0A], as: UTF8.self)
    }
}

extension JSONValue: JSONWritable {
    @usableFromInline package func write(to json: JSONByteWriter) {
        switch self {
        case .string(let text): json.appendString(text)
        case .number(let value): json.appendDouble(value)
        case .integer(let value): json.appendInt(value)
        case .bool(let value): json.appendBool(value)
        case .null: json.appendNull()
        case .array(let items):
            json.array {
                for item in items {
                    json.item()
                    item.write(to: json)
                }
            }
        case .object(let pairs):
            json.object {
                for (key, value) in pairs {
                    json.member(unordered: key)
                    value.write(to: json)
                }
            }
        }
    }
}
