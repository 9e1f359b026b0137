import Foundation
import ITAPlanCore
@testable import ITAPlanReport
import Testing

@Suite("The JSON writer")
struct JSONOutputTests {
    private struct Numbers: Encodable {
        let values: [Int]
        let fractions: [Double]
        let flags: [Bool]
        let missing: String?
        let text: String
    }

    @Test("numbers, booleans, null and escapes read back through Foundation's parser")
    func scalarsReadBack() throws {
        let value = Numbers(values: [0, 7, 10, -1, -10, 1_234_567, Int.max, Int.min], fractions: [0.5, -2.25, 3, 1e20],
                            flags: [true, false], missing: nil, text: "ก \"quoted\" \\ tab\tnew\nline \u{1}")
        let bytes = JSONOutput.bytes(value, compact: true)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(parsed["values"] as? [Int] == value.values)
        #expect(parsed["fractions"] as? [Double] == value.fractions)
        #expect(parsed["flags"] as? [Bool] == [true, false])
        #expect(parsed["text"] as? String == value.text)
        // Every key is written, a missing optional as null only when asked (NullEncoded); Encodable skips nil.
        #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("{\"flags\":[true,false],\"fractions\":[0.5,-2.25,3,"))
    }

    private struct Dates: JSONWritable {
        let dates: [CivilDate]

        func write(to json: JSONByteWriter) {
            json.object {
                json.member("dates", dates.lazy.map(DateJSON.init))
                json.member("none", Optional<CivilDate>.none)
            }
        }
    }

    private struct DateJSON: JSONWritable {
        let date: CivilDate
        func write(to json: JSONByteWriter) { json.appendDate(date) }
    }

    @Test("dates are written as ISO days, padded, in any year")
    func dates() throws {
        let dates = [CivilDate(year: 2021, month: 3, day: 1)!, CivilDate(year: 2564, month: 12, day: 31)!,
                     CivilDate(year: 999, month: 1, day: 9)!]
        let text = String(decoding: JSONOutput.bytes(Dates(dates: dates), compact: true), as: UTF8.self)
        #expect(text == "{\"dates\":[\"2021-03-01\",\"2564-12-31\",\"\(dates[2].description)\"],\"none\":null}")
    }

    private struct Unsorted: Encodable {
        let zebra: Int
        let apple: [String: Int]
        let mango: String
    }

    @Test("members that arrive out of key order are put in order, at every depth")
    func reorders() {
        let text = JSONOutput.encode(Unsorted(zebra: 1, apple: ["b": 2, "a": 1], mango: "m"))
        #expect(text == "{\n  \"apple\" : {\n    \"a\" : 1,\n    \"b\" : 2\n  },\n  \"mango\" : \"m\",\n  \"zebra\" : 1\n}\n")
    }
}
