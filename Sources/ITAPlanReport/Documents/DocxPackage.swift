import Foundation
import XMLCoder
import ZIPFoundation

/// The Open Packaging container of a .docx: the zip (ZIPFoundation), the
/// content types, the relationships, the styles, and the document itself.
/// Every part is XML written by XMLCoder from typed values.
enum DocxPackage {
    /// The font the official documents are typed in; Word and LibreOffice
    /// substitute the closest installed one (Laksaman, on Debian, whose
    /// fontconfig maps TH Sarabun to it) where it is missing.
    static let font = "TH SarabunPSK"
    static let bodyPoints = 16

    static func data(document: WordML.Document) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        let parts: [(String, Data)] = [
            ("[Content_Types].xml", try xml(ContentTypes(), root: "Types")),
            ("_rels/.rels", try xml(Relationships(items: [
                Relationship(id: "rId1", type: Relationship.officeDocument, target: "word/document.xml"),
            ]), root: "Relationships")),
            ("word/_rels/document.xml.rels", try xml(Relationships(items: [
                Relationship(id: "rId1", type: Relationship.styles, target: "styles.xml"),
            ]), root: "Relationships")),
            ("word/styles.xml", try xml(Styles(), root: "w:styles")),
            ("word/document.xml", try xml(document, root: "w:document")),
        ]
        for (path, bytes) in parts {
            // A fixed date: the same report gives the same file, byte for byte.
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count),
                                 modificationDate: Date(timeIntervalSince1970: 315_532_800),
                                 compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    private static func xml<T: Encodable>(_ value: T, root: String) throws -> Data {
        try XMLEncoder().encode(value, withRootKey: root,
                                header: XMLHeader(version: 1.0, encoding: "UTF-8", standalone: "yes"))
    }

    // MARK: - Parts

    struct ContentTypes: Encodable {
        var xmlns = Attribute<String>("http://schemas.openxmlformats.org/package/2006/content-types")
        var defaults = [
            Default(extension: "rels", contentType: "application/vnd.openxmlformats-package.relationships+xml"),
            Default(extension: "xml", contentType: "application/xml"),
        ]
        var overrides = [
            Override(partName: "/word/document.xml",
                     contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
            Override(partName: "/word/styles.xml",
                     contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"),
        ]
        enum CodingKeys: String, CodingKey { case xmlns, defaults = "Default", overrides = "Override" }

        struct Default: Encodable {
            var `extension`: Attribute<String>
            var contentType: Attribute<String>
            init(extension: String, contentType: String) {
                self.extension = Attribute(`extension`)
                self.contentType = Attribute(contentType)
            }
            enum CodingKeys: String, CodingKey { case `extension` = "Extension", contentType = "ContentType" }
        }

        struct Override: Encodable {
            var partName: Attribute<String>
            var contentType: Attribute<String>
            init(partName: String, contentType: String) {
                self.partName = Attribute(partName)
                self.contentType = Attribute(contentType)
            }
            enum CodingKeys: String, CodingKey { case partName = "PartName", contentType = "ContentType" }
        }
    }

    struct Relationships: Encodable {
        var xmlns = Attribute<String>("http://schemas.openxmlformats.org/package/2006/relationships")
        let items: [Relationship]
        enum CodingKeys: String, CodingKey { case xmlns, items = "Relationship" }
    }

    struct Relationship: Encodable {
        static let officeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
        static let styles = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
        var id: Attribute<String>
        var type: Attribute<String>
        var target: Attribute<String>
        init(id: String, type: String, target: String) {
            self.id = Attribute(id); self.type = Attribute(type); self.target = Attribute(target)
        }
        enum CodingKeys: String, CodingKey { case id = "Id", type = "Type", target = "Target" }
    }

    /// The document defaults: the Thai font at 16 pt for Latin and Thai
    /// text alike, Thai as the complex-script language.
    struct Styles: Encodable {
        var w = Attribute<String>(WordML.namespace)
        var defaults = DocDefaults()
        enum CodingKeys: String, CodingKey { case w = "xmlns:w", defaults = "w:docDefaults" }

        struct DocDefaults: Encodable {
            var run = RunDefault()
            var paragraph = ParagraphDefault()
            enum CodingKeys: String, CodingKey { case run = "w:rPrDefault", paragraph = "w:pPrDefault" }
        }

        struct RunDefault: Encodable {
            var properties = WordML.RunProperties(
                fonts: WordML.Fonts(DocxPackage.font),
                size: WordML.Value(String(DocxPackage.bodyPoints * 2)),
                sizeComplex: WordML.Value(String(DocxPackage.bodyPoints * 2)),
                language: WordML.Lang(latin: "th-TH", complex: "th-TH"))
            enum CodingKeys: String, CodingKey { case properties = "w:rPr" }
        }

        struct ParagraphDefault: Encodable {
            var properties = WordML.ParagraphProperties(spacing: WordML.Spacing(before: 0, after: 0))
            enum CodingKeys: String, CodingKey { case properties = "w:pPr" }
        }
    }
}
