/// A CSV file as Excel and LibreOffice Calc save it: UTF-8 with or without
/// a byte order mark, fields separated by commas or semicolons (or tabs),
/// quoted with `"` when they hold a separator, quote or line break.
struct CSVTable {
    /// One record and the line it starts on (1-based, the header is line 1
    /// for a file without blank lines above it).
    struct Row {
        let line: Int
        let fields: [String]
    }

    enum Failure: Error, Equatable {
        case unbalancedQuote(line: Int)
    }

    let separator: UInt8
    let rows: [Row]

    init(bytes: [UInt8]) throws(Failure) {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        separator = Self.separator(of: body)
        rows = try Self.parse(body, separator: separator)
    }

    /// The separator the first line uses most, outside quotes: `;` is what
    /// Calc and a Thai or European Excel write where `,` is the decimal mark.
    static func separator(of bytes: [UInt8]) -> UInt8 {
        var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, 0x09: 0]
        var quoted = false
        for byte in bytes {
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if !quoted, byte == 0x0A || byte == 0x0D { break }
            if !quoted, counts[byte] != nil { counts[byte]! += 1 }
        }
        let best = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }
        return best.map { $0.value > 0 ? $0.key : UInt8(ascii: ",") } ?? UInt8(ascii: ",")
    }

    private static func parse(_ bytes: [UInt8], separator: UInt8) throws(Failure) -> [Row] {
        var rows: [Row] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var rowLine = 1
        var quoted = false
        var index = 0
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        func endRow() {
            endField()
            rows.append(Row(line: rowLine, fields: fields))
            fields.removeAll()
        }
        var quoteLine = 1
        while index < bytes.count {
            let byte = bytes[index]
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
                        field.append(byte)
                        index += 2
                        continue
                    }
                    quoted = false
                } else {
                    if byte == 0x0A || (byte == 0x0D && !(index + 1 < bytes.count && bytes[index + 1] == 0x0A)) { line += 1 }
                    field.append(byte)
                }
                index += 1
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                quoted = true
                quoteLine = line
            case separator:
                endField()
            case 0x0D, 0x0A:
                if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                endRow()
                line += 1
                rowLine = line
            default:
                field.append(byte)
            }
            index += 1
        }
        if quoted { throw .unbalancedQuote(line: quoteLine) }
        if !field.isEmpty || !fields.isEmpty { endRow() }
        return rows
    }
}
