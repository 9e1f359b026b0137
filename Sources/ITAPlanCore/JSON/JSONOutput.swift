import Foundation

/// JSON documents of ordinary size (findings, reports, the audit trail's
/// log, history and `snapshot.json`), encoded by Foundation's `JSONEncoder`:
/// keys sorted, Swift's camelCase names written in snake_case by the key
/// strategy, two-space indentation, slashes and Thai as they are.
///
/// The status stream, where thousands of plans made Foundation most of the
/// time, is written by `JSONByteWriter` instead, with the same bytes for the
/// same values except that Foundation on Linux writes an empty container
/// over three lines (`[\n\n  ]`).
public enum JSONOutput {
    /// `value` as JSON text with a final newline.
    public static func encode<T: Encodable>(_ value: T) -> String {
        String(decoding: data(value, compact: false) + [0x0A], as: UTF8.self)
    }

    /// `value` as UTF-8 JSON, indented or on one line (no final newline).
    public static func data<T: Encodable>(_ value: T, compact: Bool) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = compact ? [.sortedKeys, .withoutEscapingSlashes]
            : [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        do {
            return try encoder.encode(value)
        } catch {
            // Output structs hold only strings, integers, booleans and finite
            // numbers (plan scores are checked to lie within 0–100).
            preconditionFailure("unencodable output: \(error)")
        }
    }

    /// A decoder for what `encode` wrote (`snapshot.json`).
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
