import ITAPlanCore

/// Where in the source document a row of text came from, so a warning
/// points where the officer can look: a line of a text file, a page and
/// line of a PDF, a paragraph or table row of a Word file or web page.
public enum SourcePlace: Sendable, Equatable {
    case line(Int)
    case pageLine(page: Int, line: Int)
    case paragraph(Int)
    case tableRow(table: Int, row: Int)

    public func text(in language: Language) -> String {
        let th = language == .thai
        switch self {
        case .line(let line): return th ? "บรรทัด \(line)" : "line \(line)"
        case .pageLine(let page, let line): return th ? "หน้า \(page) บรรทัด \(line)" : "page \(page), line \(line)"
        case .paragraph(let number): return th ? "ย่อหน้า \(number)" : "paragraph \(number)"
        case .tableRow(let table, let row): return th ? "ตาราง \(table) แถว \(row)" : "table \(table), row \(row)"
        }
    }
}

/// The places of a document's rows, by the row number the importer gives
/// them (`TableRow.line`). A text file needs none: its row numbers are its
/// line numbers.
public struct SourcePlaces: Sendable, Equatable {
    private var places: [Int: SourcePlace]

    public init(_ places: [Int: SourcePlace] = [:]) {
        self.places = places
    }

    public subscript(row: Int) -> SourcePlace {
        places[row] ?? .line(row)
    }

    /// True when rows are lines of a text file, so `path:line:` can be printed as a compiler does.
    public var isText: Bool { places.isEmpty }
}
