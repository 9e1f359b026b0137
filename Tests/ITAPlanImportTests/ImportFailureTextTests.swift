import ITAPlanCore
import ITAPlanImport
import Testing

/// Every import failure words itself in Thai and English, not as a Swift dump.
@Suite("import failure text")
struct ImportFailureTextTests {
    static let failures: [any ImportFailure] = {
        var all: [any ImportFailure] = []
        let word: [WordImportError] = [
            .notAZip, .tooManyEntries(limit: 10_000), .unsafeEntryName("../x"), .duplicateEntry("word/document.xml"),
            .partTooLarge("word/document.xml", limit: 64 << 20), .damaged("word/document.xml"),
            .damagedDirectory(declared: 9, readable: 3), .noDocumentPart, .openDocument,
            .tooDeep(part: "word/document.xml", limit: 256),
            .doctype(part: "word/document.xml"), .noPDFText, .pdfTextFailed("Syntax Error"),
        ] + XMLProblem.allCases.map { .badXML(part: "word/document.xml", line: 3, reason: $0) }
        for error in word {
            switch error {
            case .notAZip, .tooManyEntries, .unsafeEntryName, .duplicateEntry, .partTooLarge, .damaged, .damagedDirectory,
                 .noDocumentPart, .openDocument, .badXML, .tooDeep, .doctype, .noPDFText, .pdfTextFailed: all.append(error)
            }
        }
        let plan: [PlanImportError] = [.empty, .binary(format: "PNG"), .binary(format: nil), .invalidUTF8(line: 4, byte: 0xE0),
                                       .otherEncoding("TIS-620"), .notAMeasuresDocument]
        for error in plan {
            switch error { case .empty, .binary, .invalidUTF8, .otherEncoding, .notAMeasuresDocument: all.append(error) }
        }
        return all
    }()

    @Test("Thai and English words of its own", arguments: 0..<failures.count)
    func worded(_ index: Int) {
        let failure = Self.failures[index]
        let thai = FailureText.text(for: failure, in: .thai)
        let english = FailureText.text(for: failure, in: .english)
        #expect(!english.isEmpty && thai != english)
        #expect(thai.unicodeScalars.contains { (0x0E00...0x0E7F).contains($0.value) }, "no Thai in: \(thai)")
        for text in [thai, english] {
            #expect(text.range(of: #"[A-Za-z]+\([A-Za-z]+: "#, options: .regularExpression) == nil, "a dump: \(text)")
            #expect(!text.contains("unexpected error"))
        }
    }
}
