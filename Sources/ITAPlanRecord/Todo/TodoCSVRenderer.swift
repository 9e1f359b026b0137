import ITAPlanCore
import ITAPlanReport

/// `itaplan todo --format csv`: one row per item, for a spreadsheet, with
/// the status CSV's quoting, formula neutralising and byte order mark.
public struct TodoCSVRenderer: Sendable {
    public static let header = ["due", "state", "days_late", "days_left", "step_id", "period", "period_label", "step", "responsible",
                                "path", "agency", "command"]

    public let language: Language
    public let byteOrderMark: Bool

    public init(language: Language, byteOrderMark: Bool = true) {
        self.language = language
        self.byteOrderMark = byteOrderMark
    }

    public func render(_ items: [TodoItem]) -> String {
        let dates = DateText(language: language)
        var out = (byteOrderMark ? "\u{FEFF}" : "") + Self.header.map(StatusCSVRenderer.field).joined(separator: ",") + "\r\n"
        for item in items {
            let instance = item.item.instance
            let fields = [
                instance.due.description, item.item.state.rawValue,
                item.item.daysLate.map(String.init) ?? "", item.item.daysLeft.map(String.init) ?? "",
                item.step.step.id.value, instance.period,
                DueInstance.label(period: instance.period, dates: dates, fiscalYear: item.status.fiscalYear),
                item.step.step.text.value, item.step.units.joined(separator: "; "), item.path,
                item.status.plan.agency.name.value, RecordCommandLine.closing(item, language: language),
            ]
            out += fields.map(StatusCSVRenderer.field).joined(separator: ",") + "\r\n"
        }
        return out
    }
}
