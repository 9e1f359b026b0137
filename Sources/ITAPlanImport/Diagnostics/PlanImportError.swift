import ITAPlanCore

/// Why a file could not be imported at all, with its words in both languages.
public enum PlanImportError: Error, Sendable, Equatable {
    /// Nothing but whitespace.
    case empty
    /// A NUL byte; `format` names the kind of file when its signature says,
    /// else `line` and `column` say where the first NUL is, when known.
    case binary(format: String?, line: Int? = nil, column: Int? = nil)
    case invalidUTF8(line: Int, byte: UInt8)
    case otherEncoding(String)
    /// Text, but with neither an ITA indicator table nor a measures table.
    case notAMeasuresDocument

    public func text(in language: Language) -> String {
        let th = language == .thai
        switch self {
        case .empty:
            return th ? "ไฟล์ว่างเปล่า ไม่มีข้อความให้นำเข้า" : "the file is empty; there is nothing to import"
        case .binary(let format, let line, let column):
            var kind = format.map { th ? " (ดูเหมือนไฟล์ \($0))" : " (it looks like a \($0) file)" } ?? ""
            if format == nil, let line, let column {
                kind = th ? " (มีไบต์ NUL ที่บรรทัด \(line) คอลัมน์ \(column))" : " (it holds a NUL byte at line \(line), column \(column))"
            }
            if format == "Word 97–2003 (.doc)" {
                return th ? "เป็นไฟล์ Word 97–2003 (.doc) ให้เปิดแล้วบันทึกเป็น .docx ก่อน"
                          : "this is a Word 97–2003 file (.doc); open it and save it as .docx first"
            }
            return th
                ? "เป็นไฟล์ไบนารี\(kind) ไม่ใช่ข้อความ ให้ใช้ไฟล์ .docx, .html, .pdf หรือคัดลอกข้อความจากเอกสารเป็นไฟล์ .txt (UTF-8)"
                : "this is a binary file\(kind), not text; give a .docx, .html or .pdf file, or copy the document's text into a UTF-8 .txt file"
        case .invalidUTF8(let line, let byte):
            let hex = "0x" + String(byte, radix: 16, uppercase: true)
            return th
                ? "บรรทัด \(line) ไม่ใช่ข้อความ UTF-8 ที่ถูกต้อง (ไบต์ \(hex)) ให้บันทึกไฟล์เป็น UTF-8"
                : "line \(line) is not valid UTF-8 (byte \(hex)); save the file as UTF-8"
        case .otherEncoding(let name):
            return th ? "ไฟล์เข้ารหัสแบบ \(name) ให้บันทึกเป็น UTF-8" : "the file is encoded as \(name); save it as UTF-8"
        case .notAMeasuresDocument:
            return th
                ? "ไม่พบตารางคะแนนตัวชี้วัด ITA หรือตารางมาตรการ (มาตรการ/แนวทาง, ขั้นตอนและวิธีการ, ผู้รับผิดชอบ …) ไฟล์นี้ไม่ใช่เอกสารมาตรการส่งเสริมคุณธรรมและความโปร่งใส"
                : "found neither an ITA indicator table nor a measures table (มาตรการ/แนวทาง, ขั้นตอนและวิธีการ, ผู้รับผิดชอบ …); this is not a measures document"
        }
    }
}
