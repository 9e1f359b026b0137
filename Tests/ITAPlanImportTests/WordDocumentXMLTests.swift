import Foundation
@testable import ITAPlanImport
import Testing

/// WordprocessingML features the LibreOffice fixture does not use, as Word writes them.
@Suite("Reading word/document.xml")
struct WordDocumentXMLTests {
    static let namespaces = """
        xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
        """

    private func rows(_ body: String) throws -> [[String]] {
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document \(Self.namespaces)><w:body>\(body)</w:body></w:document>"
        return try WordDocumentXML.read(Data(xml.utf8), numbering: nil).rows().rows.map(\.cells)
    }

    @Test("tracked deletions, field codes and a drawing's fallback copy are not text; insertions are")
    func hiddenText() throws {
        let body = """
            <w:p><w:r><w:t>มาตรการ</w:t></w:r><w:del><w:r><w:delText>ลบแล้ว</w:delText></w:r></w:del>\
            <w:ins><w:r><w:t xml:space="preserve"> เพิ่ม</w:t></w:r></w:ins>\
            <w:r><w:instrText> PAGE </w:instrText></w:r>\
            <mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:t xml:space="preserve"> กล่อง</w:t></w:r></mc:Choice>\
            <mc:Fallback><w:r><w:t>ซ้ำ</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>
            """
        #expect(try rows(body) == [["มาตรการ เพิ่ม กล่อง"]])
    }

    @Test("a tab in a paragraph separates cells; a line break starts a row; in a cell both are spaces")
    func tabsAndBreaks() throws {
        let body = """
            <w:p><w:r><w:t>๑.การปฏิบัติหน้าที่</w:t><w:tab/><w:t>๘๘.๗๖ คะแนน</w:t><w:br/><w:t>ต่อ</w:t></w:r></w:p>
            <w:tbl><w:tr><w:tc><w:p><w:r><w:t>ก</w:t><w:tab/><w:t>ข</w:t><w:br/><w:t>ค</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
            """
        #expect(try rows(body) == [["๑.การปฏิบัติหน้าที่", "๘๘.๗๖ คะแนน"], ["ต่อ"], ["ก ข ค"]])
    }

    @Test("gridBefore, gridSpan, vMerge restart and continue, and a table inside a cell")
    func cells() throws {
        let body = """
            <w:tbl>
            <w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>หัว</w:t></w:r></w:p></w:tc>\
            <w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>รวม</w:t></w:r></w:p></w:tc></w:tr>
            <w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr><w:tc><w:p><w:r><w:t>ข</w:t></w:r></w:p></w:tc>\
            <w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr>
            <w:tr><w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>ใน</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>ตาราง</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc></w:tr>
            </w:tbl>
            """
        let xml = "<w:document \(Self.namespaces)><w:body>\(body)</w:body></w:document>"
        let result = try WordDocumentXML.read(Data(xml.utf8), numbering: nil).rows()
        #expect(result.rows.map(\.cells) == [["หัว", "", "รวม"], ["", "ข", "รวม"], ["ใน ตาราง"]])
        #expect(result.rows.map(\.merged) == [[], [2], []])
        #expect(result.places[2] == .tableRow(table: 1, row: 2))
    }

    @Test("XML cut short, or with text after its root, is refused although XMLParser returns true for it",
          arguments: ["<w:document \(namespaces)><w:body><w:p><w:r><w:t>ครึ่ง",
                      "<w:document \(namespaces)><w:body><w:p></w:p></w:body></w:document>ต่อท้าย"])
    func truncated(_ xml: String) {
        #expect(throws: WordImportError.self) { try WordDocumentXML.read(Data(xml.utf8), numbering: nil) }
    }

    @Test("malformed XML names its line")
    func malformed() {
        let xml = "<w:document \(Self.namespaces)>\n<w:body>\n<w:p></w:body></w:document>"
        #expect {
            try WordDocumentXML.read(Data(xml.utf8), numbering: nil)
        } throws: { error in
            guard case .badXML(let part, let line, _) = error as? WordImportError else { return false }
            return part == "word/document.xml" && line == 3
        }
    }
}
