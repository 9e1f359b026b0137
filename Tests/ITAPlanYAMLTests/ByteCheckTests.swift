import ITAPlanTestSupport
import ITAPlanYAML
import Testing

@Suite("Checking a file's bytes before parsing")
struct ByteCheckTests {
    @Test("a NUL is found at every offset, inside or across eight-byte words")
    func nulEverywhere() {
        for length in 1...40 {
            for position in 0..<length {
                var bytes = [UInt8](repeating: 0x61, count: length)
                bytes[position] = 0
                #expect(ByteCheck.check(bytes) == .binary(offset: position), "length \(length), NUL at \(position)")
            }
        }
    }

    @Test("a NUL inside a letter's bytes, or after the first invalid byte, still makes the file binary, at the NUL")
    func nulInsideSequence() {
        #expect(ByteCheck.check(Array("ab".utf8) + [0xE0, 0x00, 0x81]) == .binary(offset: 3))
        #expect(ByteCheck.check(Array("ab".utf8) + [0xE0, 0xB8, 0x00]) == .binary(offset: 4))
        #expect(ByteCheck.check(Array("ab".utf8) + [0xE0, 0x00]) == .binary(offset: 3))
        #expect(ByteCheck.check([0xFF, 0x41, 0x00]) == .binary(offset: 2))
        // No NUL: still the first invalid byte.
        #expect(ByteCheck.check(Array("ab".utf8) + [0xE0, 0x41, 0x42]) == .invalidUTF8(offset: 3, byte: 0x41))
    }

    @Test("Thai text is text; a broken Thai sequence is reported at its bad byte")
    func thai() {
        let thai = Array("ปีงบประมาณ ๒๕๖๔ เทศบาลตำบลโพหัก: ok\n".utf8)
        #expect(ByteCheck.check(thai) == .text)
        for prefix in 0...9 {
            let bytes = [UInt8](repeating: 0x20, count: prefix) + [0xE0, 0xB8, 0x41] + Array("tail text".utf8)
            #expect(ByteCheck.check(bytes) == .invalidUTF8(offset: prefix + 2, byte: 0x41))
        }
        // Truncated at the end of the file.
        #expect(ByteCheck.check(Array("ab".utf8) + [0xE0, 0xB8]) == .invalidUTF8(offset: 2, byte: 0xE0))
    }

    @Test("agrees with Swift's own UTF-8 validation on random bytes")
    func agreesWithSwift() {
        var generator = SeededRandom(seed: 2564)
        let alphabet: [UInt8] = [0x41, 0x20, 0x0A, 0x80, 0xBF, 0xC2, 0xDF, 0xE0, 0xB8, 0xB9, 0xED, 0xA0, 0xF0, 0xF4, 0x90,
                                 0x8F, 0xFF, 0xC0, 0xF5]
        for _ in 0..<5_000 {
            let length = Int.random(in: 0...24, using: &generator)
            let bytes = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }
            let valid = String(validating: bytes, as: UTF8.self) != nil
            #expect((ByteCheck.check(bytes) == .text) == valid, "\(bytes)")
        }
    }
}

