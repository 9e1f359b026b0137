import ITAPlanCore
import ITAPlanImport
import ITAPlanTestSupport
import Testing

/// The seed document laid out the other ways real exports lay it out; each
/// must say exactly what the seed says.
@Suite("Importing variants of the seed document")
struct VariantImportTests {
    @Test("each variant imports to the seed's content and validates clean",
          arguments: ImportFixtures.variants)
    func sameAsSeed(_ variant: String) throws {
        let seed = try ImportFixtures.run(ImportFixtures.seed)
        let run = try ImportFixtures.run(variant)
        #expect(run.errors.isEmpty, "\(run.errors)")
        #expect(run.result.plan.withoutLines == seed.result.plan.withoutLines)
        #expect(run.result.plan.notes.isEmpty, "\(run.result.plan.notes)")
        #expect(run.result.warnings.map(\.message) == seed.result.warnings.map(\.message))
        expectSameDocumentContent(try #require(run.checked.plan), try ImportFixtures.seedPlan())
    }

    @Test("(a) CRLF, NBSPs, spaces and extra tabs around cells, trailing whitespace")
    func whitespaceVariantIsWhatItClaims() throws {
        let text = String(decoding: try ImportFixtures.bytes(ImportFixtures.variants[0]), as: UTF8.self)
        #expect(text.unicodeScalars.contains("\r"))
        #expect(text.contains("\u{A0}"))
        #expect(text.contains("\t\t"))
        #expect(text.contains("  \t "))
    }

    @Test("(b) no <p> tags and blank lines everywhere")
    func noTagsVariantIsWhatItClaims() throws {
        let text = String(decoding: try ImportFixtures.bytes(ImportFixtures.variants[1]), as: UTF8.self)
        #expect(!text.contains("<p>"))
        #expect(text.contains("\n\n\n"))
    }

    @Test("(c) measure 3 continues after a repeated header, merged cell by cell; line numbers stay the source's")
    func pageBreak() throws {
        let run = try ImportFixtures.run(ImportFixtures.variants[2])
        let measure = try #require(run.result.plan.measures.first { $0.id == "3" })
        #expect(measure.steps.count == 4)
        #expect(measure.timeframe == "-รายไตรมาส ประจำปี งบประมาณ ๒๕๖๔")
        #expect(measure.recommendations == ["ตรวจสอบให้เป็นไปตามข้อกำหนดที่เกี่ยวข้องอย่างสม่ำเสมอ"])
        #expect(measure.line == 34)
        #expect(run.result.plan.measures.first { $0.id == "4" }?.line == 38)
    }
}
