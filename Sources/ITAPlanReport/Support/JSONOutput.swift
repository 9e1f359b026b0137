import Foundation

/// The one way itaplan writes JSON: sorted keys, indented, slashes and Thai as is.
public enum JSONOutput {
    public static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Encoding plain output structs cannot fail; a failure is a programming error.
        guard let data = try? encoder.encode(value) else { preconditionFailure("unencodable output") }
        return String(decoding: data, as: UTF8.self) + "\n"
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
