import ITAPlanCore

/// `itaplan todo` as text: one entry per instance, oldest deadline first,
/// each with the command that records it.
public struct TodoRenderer: Sendable {
    public let language: Language
    public let thaiDigits: Bool

    public init(language: Language, thaiDigits: Bool = false) {
        self.language = language
        self.thaiDigits = thaiDigits
    }

    public func render(_ items: [TodoItem], unit: String?, asOf: CivilDate, within: Int?) -> String {
        let th = language == .thai
        let dates = DateText(language: language, thaiDigits: thaiDigits)
        let who = unit.map { th ? "ของ \($0)" : "for \($0)" } ?? (th ? "ทุกหน่วยงาน" : "for every unit")
        let window = within.map { th ? "ภายใน \(dates.number($0)) วัน" : "within \($0) days" }
            ?? (th ? "ภายในช่วงใกล้ถึงกำหนดของแผน" : "within each plan's due-soon days")
        var out = SafeText.inline(th ? "งานที่ต้องทำ\(who) ณ วันที่ \(dates.day(asOf)) (เกินกำหนด และจะครบกำหนด\(window))"
                      : "To do \(who) as of \(dates.day(asOf)) (overdue, and due \(window))") + "\n"
        guard !items.isEmpty else {
            return out + (th ? "ไม่มีงานที่เกินกำหนดหรือใกล้ถึงกำหนด\n" : "nothing overdue or due soon\n")
        }
        for item in items {
            let instance = item.item.instance
            let label = DueInstance.label(period: instance.period, dates: dates, fiscalYear: item.status.fiscalYear)
            let state: String
            if item.item.state == .overdue {
                let days = dates.number(item.item.daysLate ?? 0)
                state = th ? "เกินกำหนด \(days) วัน" : "overdue by \(days) days"
            } else {
                let days = dates.number(item.item.daysLeft ?? 0)
                state = th ? "เหลือ \(days) วัน" : "\(days) days left"
            }
            let period = item.step.instances.count > 1 ? " " + label : ""
            // Plan text and paths are anyone's input: printed through SafeText.
            out += "\n" + SafeText.inline((th ? "ครบกำหนด " : "due ") + dates.day(instance.due) + " · " + state + " · "
                + (th ? "ขั้นตอน " : "step ") + item.step.step.id.value + period + " · " + item.path) + "\n"
            out += "  " + SafeText.inline(Self.cut(item.step.step.text.value, to: 100)) + "\n"
            if !item.step.units.isEmpty { out += "  " + SafeText.inline(item.step.units.joined(separator: ", ")) + "\n" }
            out += "  " + SafeText.inline(RecordCommandLine.closing(item, language: language)) + "\n"
        }
        return SafeText.guardingLineStarts(out)
    }

    private static func cut(_ text: String, to length: Int) -> String {
        guard text.count > length else { return text }
        return String(text.prefix(length)) + "…"
    }
}
