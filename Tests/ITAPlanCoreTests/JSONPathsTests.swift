import Foundation
import ITAPlanCore
import Testing

/// itaplan writes JSON with one byte writer (`JSONByteWriter`) reached three
/// ways: shapes that write themselves (`JSONWritable`, the status stream),
/// `Encodable` values through the bridge (`JSONOutput`), and `JSONValue`
/// (the JSON Schema). The same data must come out as the same bytes all three
/// ways, and as the same JSON values as Foundation's `JSONEncoder` writes,
/// byte for byte wherever no container is empty (docs/json-output.md).
@Suite("JSON paths")
struct JSONPathsTests {
    /// Every kind of value the outputs hold, with the strings that need
    /// escaping: every control character, quote, backslash, slash, Thai,
    /// line and paragraph separators, a bidi override, an emoji.
    struct Sample: Encodable, JSONWritable {
        var agencyName = "เทศบาลตำบล/โพหัก \"อ.บางแพ\" \\ ๒๕๖๔"
        var controls = String(String.UnicodeScalarView((0..<0x20).map { Unicode.Scalar($0)! })) + "\u{7F}"
        var separators = "a\u{2028}b\u{2029}c\u{202E}d 😀 https://example.go.th/a/b"
        var counts = [0, 7, 10, -1, -10, 1_234_567, Int.max, Int.min]
        var fractions = [0.5, -2.25, 3, 0.8, 87.68, 0.0001, 100]
        var flags = [true, false]
        @NullEncoded var missing: String? = nil
        @NullEncoded var present: Int? = 4
        var nested = [Inner(doneOfDue: 3, unitName: "งานพัสดุ"), Inner(doneOfDue: 0, unitName: "")]
        var empty: [Int] = []

        struct Inner: Encodable, JSONWritable {
            let doneOfDue: Int
            let unitName: String

            func write(to json: JSONByteWriter) {
                json.object {
                    json.member("done_of_due", doneOfDue)
                    json.member("unit_name", unitName)
                }
            }
        }

        /// Without the empty array: where the two paths' bytes must be equal.
        func withoutEmpty() -> Sample {
            var copy = self
            copy.empty = [42]
            return copy
        }

        func write(to json: JSONByteWriter) {
            json.object {
                json.member("agency_name", agencyName)
                json.member("controls", controls)
                json.member("counts", counts)
                json.member("empty", empty)
                json.member("flags")
                json.array {
                    for flag in flags {
                        json.item()
                        json.appendBool(flag)
                    }
                }
                json.member("fractions")
                json.array {
                    for value in fractions {
                        json.item()
                        json.appendDouble(value)
                    }
                }
                json.member("missing", missing)
                json.member("nested", nested)
                json.member("present", present)
                json.member("separators", separators)
            }
        }

        /// The same data as a `JSONValue`, keys in sorted order.
        var value: JSONValue {
            .object([
                ("agency_name", .string(agencyName)), ("controls", .string(controls)),
                ("counts", .array(counts.map(JSONValue.integer))), ("empty", .array(empty.map(JSONValue.integer))),
                ("flags", .array(flags.map(JSONValue.bool))), ("fractions", .array(fractions.map(JSONValue.number))),
                ("missing", .null), ("nested", .array(nested.map {
                    .object([("done_of_due", .integer($0.doneOfDue)), ("unit_name", .string($0.unitName))])
                })),
                ("present", present.map(JSONValue.integer) ?? .null), ("separators", .string(separators)),
            ])
        }
    }

    /// Foundation's encoder, set up as itaplan's documents are: the reference.
    static func foundation(_ value: some Encodable, compact: Bool) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = compact ? [.sortedKeys, .withoutEscapingSlashes]
            : [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return Array(try encoder.encode(value))
    }

    /// JSON values in one canonical text: parsed by Foundation's parser and
    /// printed again with sorted keys, so layout and escapes do not count and
    /// every value (true is not 1) does.
    static func canonical(_ bytes: some Sequence<UInt8>) throws -> String {
        let parsed = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        let data = try JSONSerialization.data(withJSONObject: parsed, options: [.sortedKeys, .fragmentsAllowed])
        return String(decoding: data, as: UTF8.self)
    }

    @Test("the Encodable bridge, JSONWritable and JSONValue give the same bytes for the same data, empty containers too")
    func samePathsSameBytes() throws {
        let sample = Sample()
        let written = JSONByteWriter.bytes(sample, compact: false)
        #expect(JSONOutput.bytes(sample, compact: false) == written)
        #expect(JSONOutput.encode(sample) == written.text + "\n")
        #expect(sample.value.rendered() == written.text + "\n")
        #expect(JSONOutput.bytes(sample, compact: true) == JSONByteWriter.bytes(sample, compact: true))
    }

    @Test("every path gives the JSON values Foundation's encoder gives for the same data")
    func sameValues() throws {
        let sample = Sample()
        let foundation = try Self.canonical(Self.foundation(sample, compact: false))
        #expect(try Self.canonical(JSONByteWriter.bytes(sample, compact: false)) == foundation)
        #expect(try Self.canonical(JSONByteWriter.bytes(sample, compact: true)) == foundation)
        #expect(try Self.canonical(Array(sample.value.rendered().utf8)) == foundation)
        #expect(try Self.canonical(JSONOutput.bytes(sample, compact: false)) == foundation)
        #expect(try Self.canonical(JSONOutput.bytes(sample, compact: true)) == foundation)
        // The values are the data: strings exactly, numbers, booleans, null.
        let parsed = try #require(try JSONSerialization.jsonObject(with: JSONByteWriter.bytes(sample, compact: true).data)
            as? [String: Any])
        #expect(parsed["agency_name"] as? String == sample.agencyName)
        #expect(parsed["controls"] as? String == sample.controls)
        #expect(parsed["separators"] as? String == sample.separators)
        #expect(parsed["counts"] as? [Int] == sample.counts)
        #expect(parsed["fractions"] as? [Double] == sample.fractions)
        #expect(parsed["flags"] as? [Bool] == [true, false])
        #expect(parsed["missing"] is NSNull)
        #expect(parsed["present"] as? Int == 4)
        #expect(parsed["empty"] as? [Int] == [])
    }

    @Test("with no empty container, Foundation and the byte writer give the same bytes, indented and compact")
    func sameBytes() throws {
        let sample = Sample().withoutEmpty()
        let pretty = JSONByteWriter.bytes(sample, compact: false)
        #expect(pretty.text == (try Self.foundation(sample, compact: false)).text)
        #expect(JSONByteWriter.bytes(sample, compact: true).text == (try Self.foundation(sample, compact: true)).text)
        #expect(JSONOutput.bytes(sample, compact: false).text == (try Self.foundation(sample, compact: false)).text)
    }

    @Test("an empty container is the one difference from Foundation: [] here, three lines on Linux there")
    func emptyContainers() throws {
        let sample = Sample()
        let mine = JSONOutput.bytes(sample, compact: false).text
        let foundation = try Self.foundation(sample, compact: false).text
        #expect(mine.contains("\"empty\" : [],"))
        #expect(mine != foundation)
        #expect(mine == foundation.replacingOccurrences(of: "\"empty\" : [\n\n  ]", with: "\"empty\" : []"))
    }

    @Test("escapes: control characters escaped, slashes and Thai as they are")
    func escapes() {
        let text = JSONByteWriter.bytes(JSONValue.string("a/b\u{8}\u{C}\u{1B}\t\"\\ก"), compact: true).text
        #expect(text == #""a/b\b\f\u001b\t\"\\ก""#)
    }

    private struct Dates: JSONWritable {
        let dates: [CivilDate]

        func write(to json: JSONByteWriter) {
            json.object {
                json.member("dates")
                json.array {
                    for date in dates {
                        json.item()
                        json.appendDate(date)
                    }
                }
                json.member("none", Optional<CivilDate>.none)
            }
        }
    }

    @Test("dates are written as ISO 8601 days, the year in four digits, in any year")
    func dates() throws {
        let dates = [CivilDate(year: 2021, month: 3, day: 1)!, CivilDate(year: 2564, month: 12, day: 31)!,
                     CivilDate(year: 999, month: 1, day: 9)!, CivilDate(year: 1, month: 10, day: 1)!,
                     CivilDate(year: 9999, month: 12, day: 31)!]
        let text = JSONByteWriter.bytes(Dates(dates: dates), compact: true).text
        #expect(text == #"{"dates":["2021-03-01","2564-12-31","0999-01-09","0001-10-01","9999-12-31"],"none":null}"#)
        // What is written reads back as the same day (years from 2400 are read as BE, by design).
        for (date, written) in zip([dates[0], dates[2], dates[3]], ["2021-03-01", "0999-01-09", "0001-10-01"]) {
            #expect(DateParsing.parse(written) == .date(date))
        }
    }

    private struct CamelCase: Encodable {
        let zebraCount: Int
        let apple: [String: Int]
        let mangoURLText: String
        let doneOfDueSoFar: Int
        let isFirst: Bool
        let ioErrors: [Int]
        let aB: Int
        let nested: Nested

        struct Nested: Encodable {
            let zLast: Int
            let aFirst: UInt8
            let middleHTTPServer: Float
        }
    }

    @Test("the Encodable bridge: names in snake_case as Foundation's strategy writes them, sorted at every depth, dictionary keys as they are")
    func bridgeNamesAndOrder() throws {
        let value = CamelCase(zebraCount: 1, apple: ["bKey": 2, "aKey": 1], mangoURLText: "m/n", doneOfDueSoFar: 3,
                              isFirst: true, ioErrors: [1], aB: 2, nested: .init(zLast: 1, aFirst: 255, middleHTTPServer: 0.5))
        let text = JSONOutput.encode(value)
        #expect(text == (try Self.foundation(value, compact: false)).text + "\n")
        #expect(text.hasPrefix("{\n  \"a_b\" : 2,\n  \"apple\" : {\n    \"aKey\" : 1,\n    \"bKey\" : 2\n  },\n  \"done_of_due_so_far\" : 3,"))
        #expect(text.contains("\"mango_url_text\" : \"m/n\""))
        #expect(text.contains("\"a_first\" : 255,\n    \"middle_http_server\" : 0.5,\n    \"z_last\" : 1"))
    }
}

private extension [UInt8] {
    var text: String { String(decoding: self, as: UTF8.self) }
    var data: Data { Data(self) }
}

private extension Data {
    var text: String { String(decoding: self, as: UTF8.self) }
}
