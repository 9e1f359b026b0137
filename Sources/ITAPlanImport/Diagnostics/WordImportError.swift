import ITAPlanCore

/// Why a Word file, web page or PDF could not be read at all, with its
/// words in both languages. Each is a usage error (exit 2): the file is
/// refused as a whole, with what to do instead.
public enum WordImportError: Error, Sendable, Equatable {
    /// Not a zip at all, or one whose directory cannot be read.
    case notAZip
    case tooManyEntries(limit: Int)
    /// An entry name that climbs out of the package or is absolute.
    case unsafeEntryName(String)
    case duplicateEntry(String)
    /// A part that expands past its limit (a zip bomb, or not a measures document).
    case partTooLarge(String, limit: Int)
    /// A part that cannot be inflated: a bad checksum, a method zip readers do not know, a truncated file.
    case damaged(String)
    /// The zip's directory declares more entries than can be read.
    case damagedDirectory(declared: Int, readable: Int)
    /// A zip with no main document part: not a Word file.
    case noDocumentPart
    /// An OpenDocument file (.odt), which is a zip too.
    case openDocument
    /// The document's XML is not well formed, or nests deeper than any document does.
    case badXML(part: String, line: Int, reason: XMLProblem)
    case tooDeep(part: String, limit: Int)
    /// The XML declares a DTD, which Word never writes and entity bombs need.
    case doctype(part: String)
    /// `pdftotext` is not installed.
    case noPDFText
    /// `pdftotext` failed or ran too long.
    case pdfTextFailed(String)

    public func text(in language: Language) -> String {
        let th = language == .thai
        switch self {
        case .notAZip:
            return th ? "ไฟล์ Word (.docx) นี้เสียหรือไม่ใช่ไฟล์ zip ที่อ่านได้ ให้เปิดแล้วบันทึกใหม่เป็น .docx"
                      : "this Word file (.docx) is damaged or not a readable zip; open it and save it again as .docx"
        case .tooManyEntries(let limit):
            return th ? "ไฟล์ zip มีรายการมากกว่า \(limit) รายการ ซึ่งไม่ใช่เอกสาร Word ปกติ จึงไม่อ่าน"
                      : "the zip holds more than \(limit) entries, which no Word document does; not reading it"
        case .unsafeEntryName(let name):
            return th ? "ไฟล์ zip มีชื่อรายการที่ชี้ออกนอกแพ็กเกจ ('\(name)') จึงไม่อ่าน"
                      : "the zip has an entry name that points outside the package ('\(name)'); not reading it"
        case .duplicateEntry(let name):
            return th ? "ไฟล์ zip มีรายการ '\(name)' ซ้ำกัน จึงไม่อ่าน" : "the zip holds '\(name)' twice; not reading it"
        case .partTooLarge(let name, let limit):
            return th ? "ส่วน '\(name)' ขยายแล้วใหญ่เกิน \(limit / (1 << 20)) MiB (อาจเป็น zip bomb) จึงไม่อ่าน"
                      : "the part '\(name)' expands to more than \(limit / (1 << 20)) MiB (a zip bomb?); not reading it"
        case .damaged(let name):
            return th ? "ส่วน '\(name)' ในไฟล์ zip เสียหายหรืออ่านไม่ได้ ให้เปิดแล้วบันทึกใหม่เป็น .docx"
                      : "the part '\(name)' of the zip is damaged or cannot be read; open the file and save it again as .docx"
        case .damagedDirectory(let declared, let readable):
            return th ? "สารบัญของไฟล์ zip ระบุ \(declared) รายการ แต่อ่านได้ \(readable) รายการ ไฟล์เสียหาย ให้เปิดแล้วบันทึกใหม่เป็น .docx"
                      : "the zip's directory lists \(declared) entries but only \(readable) can be read: the file is damaged; open it and save it again as .docx"
        case .noDocumentPart:
            return th ? "ไฟล์ zip นี้ไม่มี word/document.xml (เนื้อหาหลักของเอกสาร Word) จึงไม่ใช่ไฟล์ .docx"
                      : "this zip has no word/document.xml (a Word document's main text), so it is not a .docx file"
        case .openDocument:
            return th ? "เป็นไฟล์ OpenDocument (.odt) ให้บันทึกเป็น .docx ก่อน (LibreOffice: บันทึกเป็น Word)"
                      : "this is an OpenDocument file (.odt); save it as .docx first (LibreOffice: Save As Word)"
        case .badXML(let part, let line, let reason):
            let why = reason.text(in: language)
            return th ? "\(part) บรรทัด \(line): XML ไม่ถูกต้อง (\(why))" : "\(part) line \(line): the XML is not well formed (\(why))"
        case .tooDeep(let part, let limit):
            return th ? "\(part): ซ้อนกันลึกเกิน \(limit) ชั้น จึงไม่อ่าน" : "\(part): nested more than \(limit) levels deep; not reading it"
        case .doctype(let part):
            return th ? "\(part): มีการประกาศ DOCTYPE ซึ่งเอกสาร Word ไม่มี จึงไม่อ่าน"
                      : "\(part): declares a DOCTYPE, which Word documents never do; not reading it"
        case .noPDFText:
            return th
                ? "การนำเข้า PDF ต้องใช้ pdftotext จาก poppler ให้ติดตั้งแพ็กเกจ poppler-utils (Debian/Ubuntu: sudo apt-get install poppler-utils) หรือคัดลอกข้อความจาก PDF เป็นไฟล์ .txt"
                : "importing a PDF needs pdftotext from poppler: install the package poppler-utils (Debian/Ubuntu: sudo apt-get install poppler-utils), or copy the PDF's text into a .txt file"
        case .pdfTextFailed(let reason):
            return th ? "pdftotext อ่าน PDF นี้ไม่ได้: \(reason)" : "pdftotext could not read this PDF: \(reason)"
        }
    }
}

/// Why a part of a Word file is not well-formed XML.
public enum XMLProblem: Sendable, Equatable, CaseIterable {
    /// libxml2 (under Foundation's XMLParser) stopped with this error code.
    case parserError(code: Int)
    case parseFailed
    /// The text ends with elements still open.
    case unclosedElements

    public static let allCases: [XMLProblem] = [.parserError(code: 76), .parseFailed, .unclosedElements]

    public func text(in language: Language) -> String {
        let th = language == .thai
        switch self {
        case .parserError(let code): return th ? "libxml2 แจ้งข้อผิดพลาด \(code)" : "libxml2 error \(code)"
        case .parseFailed: return th ? "อ่านไม่สำเร็จ" : "parse error"
        case .unclosedElements: return th ? "เอกสารจบก่อนปิด element ครบ" : "the document ends before its elements are closed"
        }
    }
}
