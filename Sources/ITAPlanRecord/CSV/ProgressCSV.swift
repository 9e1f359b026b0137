import ITAPlanCore
import ITAPlanYAML

/// `record --from FILE.csv`: one progress record per row. Columns are
/// named by the header row, in Thai or English, in any order:
///
/// | column | Thai headers | |
/// |---|---|---|
/// | `plan` | แผน, ไฟล์แผน | optional when `--plan` is given |
/// | `step` | ขั้นตอน, รหัสขั้นตอน | required |
/// | `period` | งวด | optional: the earliest open instance |
/// | `done` | วันที่เสร็จ, เสร็จ | `done` or `percent` |
/// | `percent` | ร้อยละ, ความคืบหน้า | |
/// | `evidence` | หลักฐาน, ลิงก์หลักฐาน | several links separated by spaces |
/// | `by` | ผู้บันทึก, โดย, ผู้รับผิดชอบ | |
/// | `note` | หมายเหตุ | |
public enum ProgressCSV {
    public enum Column: String, CaseIterable, Sendable {
        case plan, step, period, done, percent, evidence, by, note

        var headers: [String] {
            switch self {
            case .plan: return ["plan", "แผน", "ไฟล์แผน"]
            case .step: return ["step", "ขั้นตอน", "รหัสขั้นตอน"]
            case .period: return ["period", "งวด"]
            case .done: return ["done", "วันที่เสร็จ", "เสร็จ"]
            case .percent: return ["percent", "ร้อยละ", "ความคืบหน้า"]
            case .evidence: return ["evidence", "หลักฐาน", "ลิงก์หลักฐาน"]
            case .by: return ["by", "ผู้บันทึก", "โดย", "ผู้รับผิดชอบ"]
            case .note: return ["note", "หมายเหตุ"]
            }
        }

        init?(header: String) {
            let key = header.withoutWhitespace.lowercased()
            guard let found = Self.allCases.first(where: { $0.headers.contains(key) }) else { return nil }
            self = found
        }
    }

    /// One data row: its number as a spreadsheet shows it, the plan it names, and its fields.
    public struct Row: Sendable, Equatable {
        public let row: Int
        public let plan: String?
        public let input: ProgressInput
    }

    /// What is wrong, where: a row (nil for the whole file) and a column header as written.
    public struct Problem: Sendable, Equatable {
        public let row: Int?
        public let column: String?
        public let message: RecordMessage

        public init(row: Int?, column: String?, message: RecordMessage) {
            self.row = row
            self.column = column
            self.message = message
        }
    }

    /// Every row, or (with no rows) every problem in the file: all of them, not the first.
    public static func read(_ bytes: [UInt8]) -> (rows: [Row], problems: [Problem]) {
        switch ByteCheck.check(bytes) {
        case .text: break
        case .binary, .invalidUTF8, .otherEncoding:
            return ([], [Problem(row: nil, column: nil, message: .csvNotUTF8)])
        }
        let table: CSVTable
        do {
            table = try CSVTable(bytes: bytes)
        } catch {
            guard case .unbalancedQuote(let line) = error else { return ([], []) }
            return ([], [Problem(row: line, column: nil, message: .csvUnbalancedQuote)])
        }
        let nonBlank = table.rows.filter { $0.fields.contains { !$0.trimmed.isEmpty } }
        guard let header = nonBlank.first else { return ([], [Problem(row: nil, column: nil, message: .csvNoRows)]) }
        var problems: [Problem] = []
        var columns: [Column?] = []
        let known = Column.allCases.map(\.rawValue)
        for name in header.fields {
            let column = Column(header: name)
            if column == nil, !name.trimmed.isEmpty {
                problems.append(Problem(row: header.line, column: name, message: .csvUnknownHeader(header: name, known: known)))
            }
            columns.append(column)
        }
        if !columns.contains(.step) {
            problems.append(Problem(row: header.line, column: nil, message: .csvMissingColumn("step / ขั้นตอน")))
        }
        let data = nonBlank.dropFirst()
        if data.isEmpty, problems.isEmpty { problems.append(Problem(row: nil, column: nil, message: .csvNoRows)) }
        guard problems.isEmpty else { return ([], problems) }
        var rows: [Row] = []
        for row in data {
            if row.fields.count > columns.count, row.fields[columns.count...].contains(where: { !$0.trimmed.isEmpty }) {
                problems.append(Problem(row: row.line, column: nil,
                                        message: .csvTooManyFields(expected: columns.count, found: row.fields.count)))
                continue
            }
            var values: [Column: String] = [:]
            for (index, field) in row.fields.enumerated() where index < columns.count {
                if let column = columns[index] { values[column] = field }
            }
            let input = ProgressInput(
                step: values[.step] ?? "", period: values[.period], done: values[.done], percent: values[.percent],
                evidence: (values[.evidence] ?? "").split(whereSeparator: { $0.isWhitespace }).map(String.init),
                by: values[.by], note: values[.note])
            rows.append(Row(row: row.line, plan: values[.plan].flatMap { $0.trimmed.isEmpty ? nil : $0.trimmed }, input: input))
        }
        guard problems.isEmpty else { return ([], problems) }
        return (rows, [])
    }

    /// The headers as the file wrote them, by column, for naming a column in
    /// a message (read once: a file with many bad rows names many columns).
    public struct Headers: Sendable {
        let written: [String: String]

        public init(_ bytes: [UInt8]) {
            var written: [String: String] = [:]
            if let table = try? CSVTable(bytes: bytes),
               let header = table.rows.first(where: { $0.fields.contains { !$0.trimmed.isEmpty } }) {
                for name in header.fields {
                    if let column = Column(header: name), written[column.rawValue] == nil { written[column.rawValue] = name.trimmed }
                }
            }
            self.written = written
        }

        public func name(of field: ProgressInput.Field) -> String {
            written[field.rawValue] ?? field.rawValue
        }
    }
}
