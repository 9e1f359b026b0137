import ITAPlanCore

/// Status as CSV (RFC 4180, UTF-8): one row per due instance, for
/// spreadsheets. Dates are ISO 8601; states are the JSON state names.
///
/// Excel reads a CSV file without a byte order mark in the machine's ANSI
/// code page (Windows-874 on a Thai Windows), which garbles Thai; with the
/// mark it reads UTF-8. LibreOffice and every CSV library accept the mark,
/// so the command writes it unless asked not to (`--no-bom`).
public struct StatusCSVRenderer: Sendable {
    public static let header = [
        "path", "agency", "fiscal_year", "as_of", "measure_id", "measure", "step_id", "step", "responsible",
        "period", "period_label", "due", "state", "done", "days_late", "days_left", "evidence", "recorded_by",
        "after_oit_evidence_window",
    ]

    let dates: DateText
    /// Whether the output starts with U+FEFF, for Excel.
    public let byteOrderMark: Bool

    public init(language: Language, byteOrderMark: Bool = false) {
        dates = DateText(language: language)
        self.byteOrderMark = byteOrderMark
    }

    public func render(_ statuses: [PlanStatus]) -> String {
        headerLine + statuses.map(rows).joined()
    }

    /// The first line, with its line end.
    public var headerLine: String {
        (byteOrderMark ? "\u{FEFF}" : "") + Self.header.map(Self.field).joined(separator: ",") + "\r\n"
    }

    /// One plan's rows, each with its line end.
    public func rows(_ status: PlanStatus) -> String {
        var lines: [String] = []
        for row in status.items {
            let item = row.item
            let fields: [String] = [
                status.path, status.plan.agency.name.value, String(status.fiscalYear.buddhistYear),
                status.asOf.description, row.measure.measure.id.value, row.measure.measure.title.value,
                row.step.step.id.value, row.step.step.text.value, row.step.units.joined(separator: "; "),
                item.instance.period, item.instance.label(dates, fiscalYear: status.fiscalYear),
                item.instance.due.description, item.state.rawValue, item.done?.description ?? "",
                item.daysLate.map(String.init) ?? "", item.daysLeft.map(String.init) ?? "",
                (item.record?.evidence.map(\.value) ?? []).joined(separator: " "),
                item.record?.by?.value ?? "", item.afterEvidenceWindow ? "true" : "false",
            ]
            lines.append(fields.map(Self.field).joined(separator: ",") + "\r\n")
        }
        return lines.joined()
    }

    /// Quoted when it holds a comma, quote or line break; quotes doubled.
    /// A leading = + - @, tab or carriage return is prefixed with ' so
    /// spreadsheets do not run it as a formula (plan text is user input;
    /// OWASP's CSV injection advice).
    public static func field(_ text: String) -> String {
        var value = text
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            value = "'" + value
        }
        guard value.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
            return value
        }
        return "\"" + value.replacingAll("\"", with: "\"\"") + "\""
    }
}
