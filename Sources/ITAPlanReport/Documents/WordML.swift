import XMLCoder

/// The part of WordprocessingML (ECMA-376, the XML inside a .docx) that the
/// official document needs, as typed values that XMLCoder writes out:
/// element and attribute names, their order, and the escaping of text are
/// the encoder's job, not string pasting. Names follow the XML (`w:p` is a
/// paragraph, `w:r` a run, `w:tbl` a table…).
enum WordML {
    static let namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// An element whose only content is a `w:val` attribute (`<w:sz w:val="32"/>`).
    struct Value: Encodable, Equatable {
        var val: Attribute<String>
        init(_ val: String) { self.val = Attribute(val) }
        enum CodingKeys: String, CodingKey { case val = "w:val" }
    }

    /// An element with no content (`<w:b/>`, `<w:tblHeader/>`).
    struct Flag: Encodable, Equatable {}

    // MARK: - The document

    struct Document: Encodable {
        var w = Attribute<String>(WordML.namespace)
        let body: Body
        enum CodingKeys: String, CodingKey { case w = "xmlns:w", body = "w:body" }
    }

    /// Paragraphs and tables in order; the last section's properties close it.
    struct Body: Encodable {
        var blocks: [Block]
        var section: Section

        private enum CodingKeys: String, CodingKey {
            case paragraph = "w:p", table = "w:tbl", section = "w:sectPr"
        }

        // XMLCoder keeps a keyed container's entries in the order they are
        // encoded, repeated keys included: the body's mixed children in order.
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            for block in blocks {
                switch block {
                case .paragraph(let value): try container.encode(value, forKey: .paragraph)
                case .table(let value): try container.encode(value, forKey: .table)
                }
            }
            try container.encode(section, forKey: .section)
        }
    }

    enum Block {
        case paragraph(Paragraph)
        case table(Table)
    }

    // MARK: - Sections: page size, orientation, margins

    struct Section: Encodable {
        let pageSize: PageSize
        let margins: Margins
        enum CodingKeys: String, CodingKey { case pageSize = "w:pgSz", margins = "w:pgMar" }

        /// A4 (210 × 297 mm) in twentieths of a point.
        static func a4(landscape: Bool, margins: Margins) -> Section {
            landscape
                ? Section(pageSize: PageSize(w: "16838", h: "11906", orient: "landscape"), margins: margins)
                : Section(pageSize: PageSize(w: "11906", h: "16838", orient: "portrait"), margins: margins)
        }
    }

    struct PageSize: Encodable {
        var w: Attribute<String>
        var h: Attribute<String>
        var orient: Attribute<String>
        init(w: String, h: String, orient: String) {
            self.w = Attribute(w); self.h = Attribute(h); self.orient = Attribute(orient)
        }
        enum CodingKeys: String, CodingKey { case w = "w:w", h = "w:h", orient = "w:orient" }
    }

    struct Margins: Encodable {
        var top: Attribute<String>
        var right: Attribute<String>
        var bottom: Attribute<String>
        var left: Attribute<String>
        var header: Attribute<String>
        var footer: Attribute<String>
        var gutter: Attribute<String>
        /// Margins in twips (1 cm = 567).
        init(top: Int, right: Int, bottom: Int, left: Int) {
            self.top = Attribute(String(top)); self.right = Attribute(String(right))
            self.bottom = Attribute(String(bottom)); self.left = Attribute(String(left))
            self.header = Attribute("709"); self.footer = Attribute("709"); self.gutter = Attribute("0")
        }
        enum CodingKeys: String, CodingKey {
            case top = "w:top", right = "w:right", bottom = "w:bottom", left = "w:left"
            case header = "w:header", footer = "w:footer", gutter = "w:gutter"
        }
    }

    // MARK: - Paragraphs and runs

    struct Paragraph: Encodable {
        var properties: ParagraphProperties?
        var runs: [Run]
        enum CodingKeys: String, CodingKey { case properties = "w:pPr", runs = "w:r" }
    }

    struct ParagraphProperties: Encodable {
        var keepNext: Flag?
        var spacing: Spacing?
        var justification: Value?
        var runDefaults: RunProperties?
        /// Set on the last paragraph of a section: the section it ends.
        var section: Section?
        enum CodingKeys: String, CodingKey {
            case keepNext = "w:keepNext", spacing = "w:spacing", justification = "w:jc"
            case runDefaults = "w:rPr", section = "w:sectPr"
        }
    }

    struct Spacing: Encodable {
        var before: Attribute<String>
        var after: Attribute<String>
        init(before: Int, after: Int) { self.before = Attribute(String(before)); self.after = Attribute(String(after)) }
        enum CodingKeys: String, CodingKey { case before = "w:before", after = "w:after" }
    }

    struct Run: Encodable {
        var properties: RunProperties?
        var text: Text
        enum CodingKeys: String, CodingKey { case properties = "w:rPr", text = "w:t" }
    }

    /// Thai is a complex script to Word: its font and size are the `cs` ones.
    struct RunProperties: Encodable {
        var fonts: Fonts?
        var bold: Flag?
        var boldComplex: Flag?
        var size: Value?
        var sizeComplex: Value?
        var language: Lang?
        enum CodingKeys: String, CodingKey {
            case fonts = "w:rFonts", bold = "w:b", boldComplex = "w:bCs", size = "w:sz", sizeComplex = "w:szCs"
            case language = "w:lang"
        }

        /// `points` as Word's half-points, for Latin and Thai alike.
        static func size(_ points: Int, bold: Bool = false) -> RunProperties {
            RunProperties(bold: bold ? Flag() : nil, boldComplex: bold ? Flag() : nil,
                          size: Value(String(points * 2)), sizeComplex: Value(String(points * 2)))
        }
    }

    struct Fonts: Encodable {
        var ascii: Attribute<String>
        var hAnsi: Attribute<String>
        var eastAsia: Attribute<String>
        var cs: Attribute<String>
        init(_ name: String) {
            self.ascii = Attribute(name); self.hAnsi = Attribute(name); self.eastAsia = Attribute(name); self.cs = Attribute(name)
        }
        enum CodingKeys: String, CodingKey { case ascii = "w:ascii", hAnsi = "w:hAnsi", eastAsia = "w:eastAsia", cs = "w:cs" }
    }

    struct Lang: Encodable {
        var val: Attribute<String>
        var bidi: Attribute<String>
        init(latin: String, complex: String) { self.val = Attribute(latin); self.bidi = Attribute(complex) }
        enum CodingKeys: String, CodingKey { case val = "w:val", bidi = "w:bidi" }
    }

    /// Text, spaces kept as written.
    struct Text: Encodable {
        var space = Attribute<String>("preserve")
        let value: String
        enum CodingKeys: String, CodingKey { case space = "xml:space", value = "" }
    }

    // MARK: - Tables

    struct Table: Encodable {
        let properties: TableProperties
        let grid: Grid
        let rows: [Row]
        enum CodingKeys: String, CodingKey { case properties = "w:tblPr", grid = "w:tblGrid", rows = "w:tr" }
    }

    struct TableProperties: Encodable {
        var width: Width
        var borders: Borders = Borders()
        var layout: Layout = Layout()
        var cellMargins: CellMargins = CellMargins()
        enum CodingKeys: String, CodingKey {
            case width = "w:tblW", borders = "w:tblBorders", layout = "w:tblLayout", cellMargins = "w:tblCellMar"
        }
    }

    struct Width: Encodable {
        var w: Attribute<String>
        var type: Attribute<String>
        init(twips: Int) { self.w = Attribute(String(twips)); self.type = Attribute("dxa") }
        enum CodingKeys: String, CodingKey { case w = "w:w", type = "w:type" }
    }

    struct Layout: Encodable {
        var type = Attribute<String>("fixed")
        enum CodingKeys: String, CodingKey { case type = "w:type" }
    }

    /// Single black lines around and between every cell, as the published tables have.
    struct Borders: Encodable {
        var top = Border(), left = Border(), bottom = Border(), right = Border()
        var insideH = Border(), insideV = Border()
        enum CodingKeys: String, CodingKey {
            case top = "w:top", left = "w:left", bottom = "w:bottom", right = "w:right"
            case insideH = "w:insideH", insideV = "w:insideV"
        }
    }

    struct Border: Encodable {
        var val = Attribute<String>("single")
        var sz = Attribute<String>("4")
        var space = Attribute<String>("0")
        var color = Attribute<String>("000000")
        enum CodingKeys: String, CodingKey { case val = "w:val", sz = "w:sz", space = "w:space", color = "w:color" }
    }

    struct CellMargins: Encodable {
        var left = Width(twips: 85)
        var right = Width(twips: 85)
        enum CodingKeys: String, CodingKey { case left = "w:left", right = "w:right" }
    }

    struct Grid: Encodable {
        let columns: [GridColumn]
        enum CodingKeys: String, CodingKey { case columns = "w:gridCol" }
    }

    struct GridColumn: Encodable {
        var w: Attribute<String>
        init(twips: Int) { self.w = Attribute(String(twips)) }
        enum CodingKeys: String, CodingKey { case w = "w:w" }
    }

    struct Row: Encodable {
        let properties: RowProperties
        let cells: [Cell]
        enum CodingKeys: String, CodingKey { case properties = "w:trPr", cells = "w:tc" }
    }

    /// A header row repeats on every page; no row breaks across pages
    /// unless it is taller than a page.
    struct RowProperties: Encodable {
        var cantSplit: Flag? = Flag()
        var header: Flag?
        enum CodingKeys: String, CodingKey { case cantSplit = "w:cantSplit", header = "w:tblHeader" }
    }

    struct Cell: Encodable {
        let properties: CellProperties
        /// A cell holds at least one paragraph.
        let paragraphs: [Paragraph]
        enum CodingKeys: String, CodingKey { case properties = "w:tcPr", paragraphs = "w:p" }
    }

    struct CellProperties: Encodable {
        var width: Width
        var span: Value?
        /// "restart" on a merged cell's first row, "continue" below it.
        var verticalMerge: Value?
        var shading: Shading?
        enum CodingKeys: String, CodingKey {
            case width = "w:tcW", span = "w:gridSpan", verticalMerge = "w:vMerge", shading = "w:shd"
        }
    }

    struct Shading: Encodable {
        var val = Attribute<String>("clear")
        var color = Attribute<String>("auto")
        var fill: Attribute<String>
        init(fill: String) { self.fill = Attribute(fill) }
        enum CodingKeys: String, CodingKey { case val = "w:val", color = "w:color", fill = "w:fill" }
    }
}
