import Foundation
import ITAPlanImport
import ITAPlanTestSupport
import Testing

/// Hostile Word files, written by scripts/import-fixtures/hostile-docx.py with
/// Python's zipfile: each is refused with its own error before it can cost
/// more than the limits allow.
@Suite("Hostile Word files")
struct HostileWordFileTests {
    static let folder: URL? = {
        guard let folder = try? Fixtures.temporaryDirectory("itaplan-hostile-docx") else { return nil }
        let script = Fixtures.root.appendingPathComponent("scripts/import-fixtures/hostile-docx.py").path
        let output = try? ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", script, folder.path])
        return output?.status == 0 ? folder : nil
    }()

    static func bytes(_ name: String) throws -> [UInt8] {
        let folder = try #require(folder, "python3 could not write the hostile files")
        return Array(try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    @Test("each is refused with the error that names what is wrong",
          arguments: [
            ("zip-bomb.docx", WordImportError.partTooLarge("word/document.xml", limit: 32 << 20)),
            ("lying-size.docx", .partTooLarge("word/document.xml", limit: 32 << 20)),
            ("many-entries.docx", .tooManyEntries(limit: 5_000)),
            ("traversal.docx", .unsafeEntryName("../../etc/evil.xml")),
            ("absolute.docx", .unsafeEntryName("/etc/evil.xml")),
            ("broken.docx", .notAZip),
            ("no-document.docx", .noDocumentPart),
            ("entity-bomb.docx", .doctype(part: "word/document.xml")),
            ("deep.docx", .tooDeep(part: "word/document.xml", limit: 256)),
            ("opendocument.docx", .openDocument),
            ("bad-checksum.docx", .damaged("word/document.xml")),
            ("short-directory.docx", .damagedDirectory(declared: 2, readable: 1)),
          ])
    func refused(_ name: String, _ expected: WordImportError) throws {
        let bytes = try Self.bytes(name)
        #expect(throws: expected) { try PlanDocumentImporter().readWord(bytes) }
        #expect(!expected.text(in: .thai).isEmpty && expected.text(in: .thai) != expected.text(in: .english))
    }

    @Test("a header that lies about its size is caught while inflating, not trusted")
    func lyingHeaderStopsAtTheLimit() throws {
        // The headers say 100 bytes; with a 1 MiB limit the part is refused once 1 MiB has come out.
        let bytes = try Self.bytes("lying-size.docx")
        #expect(throws: WordImportError.partTooLarge("word/document.xml", limit: 1 << 20)) {
            try PlanDocumentImporter().readWord(bytes, limits: WordLimits(maxPartBytes: 1 << 20))
        }
    }

    @Test("random bytes, an empty zip and a Word 97 file are clear errors too")
    func otherBadFiles() {
        #expect(throws: WordImportError.notAZip) { try PlanDocumentImporter().readWord([0x50, 0x4B, 0x03, 0x04, 0x00]) }
        let emptyZip: [UInt8] = [0x50, 0x4B, 0x05, 0x06] + Array(repeating: 0, count: 18)
        #expect(throws: WordImportError.notAZip) { try PlanDocumentImporter().readWord(emptyZip) }
        #expect(throws: PlanImportError.binary(format: "Word 97–2003 (.doc)")) {
            try PlanDocumentImporter().readWord([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
        }
    }
}
