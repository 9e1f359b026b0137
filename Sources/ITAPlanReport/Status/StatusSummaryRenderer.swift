import ITAPlanCore

/// Status as one line per plan, for a provincial or national office with
/// thousands of plans: fixed-width numbers first so that lines up without
/// knowing every plan in advance (output is written as plans complete),
/// then the file and the agency.
public struct StatusSummaryRenderer: Sendable {
    let wording: StatusWording

    public init(language: Language, thaiDigits: Bool = false) {
        wording = StatusWording(language: language, thaiDigits: thaiDigits)
    }

    private var th: Bool { wording.th }

    public var header: String {
        line(th ? "เสร็จ/ถึงกำหนด" : "done/due", th ? "เสร็จ/ทั้งปี" : "done/year", th ? "เกิน" : "overdue",
             th ? "ใกล้" : "soon", th ? "ไฟล์ · หน่วยงาน" : "file · agency")
    }

    public func plan(_ status: PlanStatus) -> String {
        let c = status.completion
        return line(wording.ofDue(c), wording.ofYear(c), wording.dates.number(c.overdue),
                    wording.dates.number(c.dueSoon),
                    SafeText.inline("\(status.path) · \(status.plan.agency.name.value)"))
    }

    /// The last line: every plan's instances together.
    public func total(_ completion: Completion, plans: Int) -> String {
        line(wording.ofDue(completion), wording.ofYear(completion), wording.dates.number(completion.overdue),
             wording.dates.number(completion.dueSoon),
             th ? "รวม \(wording.dates.number(plans)) แผน" : "total, \(plans) plan\(plans == 1 ? "" : "s")")
    }

    private func line(_ due: String, _ year: String, _ overdue: String, _ soon: String, _ rest: String) -> String {
        DisplayWidth.leftPadded(due, to: 16) + "  " + DisplayWidth.leftPadded(year, to: 16) + "  "
            + DisplayWidth.leftPadded(overdue, to: 7) + "  " + DisplayWidth.leftPadded(soon, to: 5) + "  " + rest + "\n"
        // Never starts with "::" (it starts with padded numbers), so needs no guard.
    }
}
