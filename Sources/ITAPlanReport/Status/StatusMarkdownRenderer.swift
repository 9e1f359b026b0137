import ITAPlanCore

/// Status as GitHub-flavoured Markdown, for `$GITHUB_STEP_SUMMARY` and
/// pull-request comments. Plan text is escaped so it cannot break a table
/// or inject markup.
public struct StatusMarkdownRenderer: Sendable {
    let wording: StatusWording

    public init(language: Language, thaiDigits: Bool = false) {
        wording = StatusWording(language: language, thaiDigits: thaiDigits)
    }

    private var th: Bool { wording.th }

    public func render(_ statuses: [PlanStatus]) -> String {
        statuses.map(render).joined(separator: "\n")
    }

    // MARK: - One row per plan, for many plans

    public var overviewHeader: String {
        "## " + (th ? "ความคืบหน้าของแผน" : "Progress of the plans") + "\n\n"
            + Markdown.table(header: [th ? "หน่วยงาน" : "Agency", th ? "ไฟล์" : "File", th ? "เสร็จ/ถึงกำหนด" : "Done/due",
                                      th ? "เสร็จ/ทั้งปี" : "Done/year", th ? "เกินกำหนด" : "Overdue",
                                      th ? "ใกล้ถึงกำหนด" : "Due soon"], rows: [])
    }

    public func overviewRow(_ status: PlanStatus) -> String {
        let c = status.completion
        return Markdown.table(header: nil, rows: [[
            status.plan.agency.name.value, status.path, wording.ofDue(c), wording.ofYear(c),
            wording.dates.number(c.overdue), wording.dates.number(c.dueSoon),
        ]])
    }

    public func overviewTotal(_ completion: Completion, plans: Int) -> String {
        "\n**" + Markdown.escape(th ? "รวม \(wording.dates.number(plans)) แผน: " : "All \(plans) plans: ")
            + Markdown.escape(wording.overview(completion)) + "**\n"
    }

    public func render(_ status: PlanStatus) -> String {
        var out = "## " + Markdown.escape(wording.heading(status)) + "\n\n"
        out += "`" + Markdown.code(status.path) + "` · " + Markdown.escape(wording.overview(status.completion)) + "\n\n"
        if let level = wording.levelLine(status) { out += Markdown.escape(level) + "\n\n" }
        if let warning = wording.evidenceWindowWarning(status) {
            out += "> **" + (th ? "คำเตือน" : "Warning") + ":** " + Markdown.escape(warning) + "\n\n"
        }
        out += Markdown.table(
            header: [th ? "มาตรการ" : "Measure", th ? "เสร็จ/ถึงกำหนด" : "Done/due", th ? "เสร็จ/ทั้งปี" : "Done/year",
                     th ? "เกินกำหนด" : "Overdue", th ? "ใกล้ถึงกำหนด" : "Due soon"],
            rows: status.measures.map { measure in
                [wording.dates.digits(measure.measure.id.value) + " " + measure.measure.title.value,
                 wording.ofDue(measure.completion), wording.ofYear(measure.completion),
                 wording.dates.number(measure.completion.overdue), wording.dates.number(measure.completion.dueSoon)]
            })
        for state in [ItemState.overdue, .dueSoon] {
            let rows = status.items.filter { $0.item.state == state }
            out += "\n### " + (state == .overdue ? (th ? "เกินกำหนด" : "Overdue") : (th ? "ใกล้ถึงกำหนด" : "Due soon"))
                + " (\(wording.dates.number(rows.count)))\n\n"
            guard !rows.isEmpty else {
                out += (th ? "ไม่มี" : "None") + "\n"
                continue
            }
            out += Markdown.table(
                header: [th ? "ขั้นตอน" : "Step", th ? "งวด" : "Period", th ? "กำหนดส่ง" : "Due",
                         state == .overdue ? (th ? "เกินมา" : "Late by") : (th ? "เหลือ" : "Left"),
                         th ? "ผู้รับผิดชอบ" : "Responsible"],
                rows: rows.map { row in
                    [wording.dates.digits(row.step.step.id.value) + " " + row.step.step.text.value,
                     wording.period(row.item, in: status), wording.dates.day(row.item.instance.due),
                     wording.days((state == .overdue ? row.item.daysLate : row.item.daysLeft) ?? 0),
                     wording.units(row.step.units)]
                })
        }
        if status.recordedShown { out += recorded(status) }
        out += "\n### " + (th ? "ตามผู้รับผิดชอบ" : "By responsible unit") + "\n\n"
        out += Markdown.table(
            header: [th ? "หน่วยงาน" : "Unit", th ? "เสร็จ/ถึงกำหนด" : "Done/due", th ? "เสร็จ/ทั้งปี" : "Done/year",
                     th ? "เกินกำหนด" : "Overdue"],
            rows: status.byUnit.map { unit in
                [unit.unit.isEmpty ? wording.units([]) : unit.unit, wording.ofDue(unit.completion),
                 wording.ofYear(unit.completion), wording.dates.number(unit.completion.overdue)]
            })
        out += "\n### " + (th ? "ตามตัวชี้วัด ITA" : "By ITA indicator") + "\n\n"
        out += Markdown.table(
            header: [th ? "ตัวชี้วัด" : "Indicator", th ? "คะแนน" : "Score", th ? "มาตรการ" : "Measures",
                     th ? "เสร็จ/ถึงกำหนด" : "Done/due", th ? "เสร็จ/ทั้งปี" : "Done/year"],
            rows: status.byIndicator.map { indicator in
                [wording.dates.number(indicator.number) + " " + indicator.name,
                 (indicator.score.map { wording.dates.digits(DecimalText.format($0, places: 2)) } ?? "")
                    + (indicator.belowPassMark ? " ▼" : ""),
                 indicator.measures.isEmpty ? "—" : indicator.measures.joined(separator: ", "),
                 wording.ofDue(indicator.completion), wording.ofYear(indicator.completion)]
            })
        return out
    }

    /// Done instances and when each was first recorded in a snapshot.
    private func recorded(_ status: PlanStatus) -> String {
        let rows = wording.recordedItems(status)
        var out = "\n### " + Markdown.escape(wording.recordedTitle) + " (\(wording.dates.number(rows.count)))\n\n"
        guard !rows.isEmpty else { return out + (th ? "ไม่มี" : "None") + "\n" }
        let header = wording.recordedHeader
        out += Markdown.table(
            header: [header.step, header.period, header.done, header.recorded],
            rows: rows.map { row in
                [wording.dates.digits(row.step.step.id.value) + " " + row.step.step.text.value,
                 wording.period(row.item, in: status), row.item.done.map(wording.dates.day) ?? "",
                 wording.recorded(row.item)]
            })
        if rows.contains(where: { $0.item.recordedLate }) { out += "\n" + Markdown.escape(wording.recordedLateNote) + "\n" }
        return out
    }
}

/// Markdown building blocks that keep user text inert.
public enum Markdown {
    /// Escapes what Markdown (and the HTML it allows) would interpret: markup
    /// characters, HTML, line breaks (which would end a table row), control
    /// characters (`SafeText.markup`), and the bare `https://…` and `www.…`
    /// that GitHub would turn into links (the `:` of `://` and the `.` of
    /// `www.` are escaped, which GitHub's parser, cmark-gfm, shows as they are).
    public static func escape(_ text: String) -> String {
        let scalars = Array(SafeText.markup(text).unicodeScalars)
        var out = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "\\", "`", "*", "_", "{", "}", "[", "]", "(", ")", "#", "+", "!", "|", "~":
                out.append("\\")
                out.append(scalar)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case ":" where index + 2 < scalars.count && scalars[index + 1] == "/" && scalars[index + 2] == "/":
                out.append(contentsOf: "\\:".unicodeScalars)
            case "." where index >= 3 && String(String.UnicodeScalarView(scalars[(index - 3)..<index])).lowercased() == "www":
                out.append(contentsOf: "\\.".unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// Text inside a code span: backticks cannot close it, and a line break
    /// (which would end the paragraph around it) becomes a space.
    public static func code(_ text: String) -> String {
        SafeText.markup(text).replacingAll("`", with: "'")
    }

    /// A table; with no header, only the rows (to append to a table begun earlier).
    public static func table(header: [String]?, rows: [[String]]) -> String {
        var out = ""
        if let header {
            out += "| " + header.map(escape).joined(separator: " | ") + " |\n"
            out += "|" + header.map { _ in "---|" }.joined() + "\n"
        }
        for row in rows { out += "| " + row.map(escape).joined(separator: " | ") + " |\n" }
        return out
    }
}
