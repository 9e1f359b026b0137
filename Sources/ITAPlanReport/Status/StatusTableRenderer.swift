import ITAPlanCore

/// Status as terminal tables: a headline, every measure with its steps and a
/// strip of their due instances, then what is overdue and due soon, and
/// roll-ups by responsible unit and by ITA indicator.
public struct StatusTableRenderer: Sendable {
    let wording: StatusWording
    let style: TerminalStyle

    public init(language: Language, thaiDigits: Bool = false, style: TerminalStyle = .plain) {
        wording = StatusWording(language: language, thaiDigits: thaiDigits)
        self.style = style
    }

    private var th: Bool { wording.th }

    public func render(_ statuses: [PlanStatus]) -> String {
        statuses.map(render).joined(separator: "\n")
    }

    public func render(_ status: PlanStatus) -> String {
        var output = style.bold(SafeText.inline(wording.heading(status))) + "\n"
            + style.dim(SafeText.inline(status.path)) + "\n"
        output += wording.overview(status.completion) + "\n"
        if let level = wording.levelLine(status) { output += level + "\n" }
        if let warning = wording.evidenceWindowWarning(status) {
            output += style.yellow(th ? "คำเตือน: " : "warning: ") + SafeText.inline(warning) + "\n"
        }
        output += "\n" + measures(status)
        output += legend() + "\n"
        output += section(th ? "เกินกำหนด" : "Overdue", items(status, state: .overdue))
        output += section(th ? "ใกล้ถึงกำหนด (ภายใน \(wording.dates.number(status.dueSoonDays)) วัน)"
                             : "Due soon (within \(wording.dates.number(status.dueSoonDays)) days)", items(status, state: .dueSoon))
        if status.recordedShown { output += section(wording.recordedTitle, recorded(status)) }
        output += section(th ? "ตามผู้รับผิดชอบ" : "By responsible unit", units(status))
        output += section(th ? "ตามตัวชี้วัด ITA" : "By ITA indicator", indicators(status))
        return SafeText.guardingLineStarts(output)
    }

    private func section(_ title: String, _ body: String?) -> String {
        "\n" + style.bold(title) + "\n" + (body ?? ("  " + (th ? "ไม่มี" : "none") + "\n"))
    }

    // MARK: - Measures and steps

    private func measures(_ status: PlanStatus) -> String {
        var table = TextTable([
            .init(th ? "มาตรการ/ขั้นตอน" : "Measure/step", maxWidth: 48),
            .init(th ? "เสร็จ/ถึงกำหนด" : "Done/due", .right),
            .init(th ? "เสร็จ/ทั้งปี" : "Done/year", .right),
            .init(th ? "เกิน" : "Late", .right),
            .init(th ? "ใกล้" : "Soon", .right),
            .init(th ? "งวด" : "Instances"),
        ])
        for measure in status.measures {
            let c = measure.completion
            table.add([
                TextTable.Cell(wording.dates.digits(measure.measure.id.value) + " " + measure.measure.title.value,
                               .bold),
                TextTable.Cell(wording.ofDue(c)), TextTable.Cell(wording.ofYear(c)),
                TextTable.Cell(wording.dates.number(c.overdue), c.overdue > 0 ? .red : .plain),
                TextTable.Cell(wording.dates.number(c.dueSoon), c.dueSoon > 0 ? .yellow : .plain),
                TextTable.Cell(""),
            ])
            for step in measure.steps {
                let schedule = step.schedule.map { $0.text(wording.dates) } ?? (th ? "ไม่มีกำหนดเวลา" : "no schedule")
                let percent = step.percent.map { " " + wording.dates.digits("\(Int($0))%") } ?? ""
                table.add([
                    TextTable.Cell("  " + wording.dates.digits(step.step.id.value) + " " + schedule),
                    TextTable.Cell(wording.ofDue(step.completion)), TextTable.Cell(wording.ofYear(step.completion)),
                    TextTable.Cell(step.completion.overdue > 0 ? wording.dates.number(step.completion.overdue) : ""),
                    TextTable.Cell(step.completion.dueSoon > 0 ? wording.dates.number(step.completion.dueSoon) : ""),
                    TextTable.Cell(strip(step.instances) + percent),
                ])
            }
        }
        return table.render(style: style)
    }

    /// One symbol per due instance, in order.
    private func strip(_ instances: [InstanceStatus]) -> String {
        instances.map { item -> String in
            switch item.state {
            case .doneOnTime: return style.green("✓")
            case .doneLate: return style.yellow("!")
            case .overdue: return style.red("✗")
            case .dueSoon: return style.cyan("~")
            case .notYetDue: return style.dim(".")
            }
        }.joined()
    }

    private func legend() -> String {
        style.dim(th
            ? "  ✓ เสร็จตามกำหนด  ! เสร็จล่าช้า  ✗ เกินกำหนด  ~ ใกล้ถึงกำหนด  . ยังไม่ถึงกำหนด"
            : "  ✓ done on time  ! done late  ✗ overdue  ~ due soon  . not yet due")
    }

    // MARK: - Overdue and due soon

    private func items(_ status: PlanStatus, state: ItemState) -> String? {
        let rows = status.items.filter { $0.item.state == state }
        guard !rows.isEmpty else { return nil }
        var table = TextTable([
            .init(th ? "ขั้นตอน" : "Step"),
            .init(th ? "งวด" : "Period"),
            .init(th ? "กำหนดส่ง" : "Due"),
            .init(state == .overdue ? (th ? "เกินมา" : "Late by") : (th ? "เหลือ" : "Left"), .right),
            .init(th ? "ผู้รับผิดชอบ" : "Responsible", maxWidth: 60),
        ])
        for row in rows {
            let days = state == .overdue ? row.item.daysLate ?? 0 : row.item.daysLeft ?? 0
            table.add([
                TextTable.Cell(wording.dates.digits(row.step.step.id.value)),
                TextTable.Cell(wording.period(row.item, in: status)),
                TextTable.Cell(wording.dates.day(row.item.instance.due)),
                TextTable.Cell(wording.days(days), state == .overdue ? .red : .yellow),
                TextTable.Cell(wording.units(row.step.units)),
            ])
        }
        return table.render(indent: "  ", style: style)
    }

    // MARK: - Recorded

    private func recorded(_ status: PlanStatus) -> String? {
        let rows = wording.recordedItems(status)
        guard !rows.isEmpty else { return nil }
        let header = wording.recordedHeader
        var table = TextTable([.init(header.step), .init(header.period), .init(header.done), .init(header.recorded)])
        for row in rows {
            table.add([
                TextTable.Cell(wording.dates.digits(row.step.step.id.value)),
                TextTable.Cell(wording.period(row.item, in: status)),
                TextTable.Cell(row.item.done.map(wording.dates.day) ?? ""),
                TextTable.Cell(wording.recorded(row.item),
                               row.item.recordedLate ? .yellow : row.item.recorded?.day == nil ? .dim : .plain),
            ])
        }
        let late = rows.contains { $0.item.recordedLate }
        return table.render(indent: "  ", style: style) + (late ? style.dim("  " + wording.recordedLateNote) + "\n" : "")
    }

    // MARK: - Roll-ups

    private func units(_ status: PlanStatus) -> String? {
        guard !status.byUnit.isEmpty else { return nil }
        var table = TextTable([
            .init(th ? "หน่วยงาน" : "Unit", maxWidth: 48),
            .init(th ? "เสร็จ/ถึงกำหนด" : "Done/due", .right),
            .init(th ? "เสร็จ/ทั้งปี" : "Done/year", .right),
            .init(th ? "เกินกำหนด" : "Overdue", .right),
        ])
        for unit in status.byUnit {
            table.add([
                TextTable.Cell(unit.unit.isEmpty ? wording.units([]) : unit.unit),
                TextTable.Cell(wording.ofDue(unit.completion)), TextTable.Cell(wording.ofYear(unit.completion)),
                TextTable.Cell(wording.dates.number(unit.completion.overdue),
                               unit.completion.overdue > 0 ? .red : .plain),
            ])
        }
        return table.render(indent: "  ", style: style)
    }

    private func indicators(_ status: PlanStatus) -> String? {
        guard !status.byIndicator.isEmpty else { return nil }
        var table = TextTable([
            .init(th ? "ตัวชี้วัด" : "Indicator", maxWidth: 36),
            .init(th ? "คะแนน" : "Score", .right),
            .init(th ? "มาตรการ" : "Measures"),
            .init(th ? "เสร็จ/ถึงกำหนด" : "Done/due", .right),
            .init(th ? "เสร็จ/ทั้งปี" : "Done/year", .right),
        ])
        for indicator in status.byIndicator {
            let score = indicator.score.map { wording.dates.digits(DecimalText.format($0, places: 2)) } ?? ""
            table.add([
                TextTable.Cell(wording.dates.number(indicator.number) + " " + indicator.name),
                TextTable.Cell(score + (indicator.belowPassMark ? " ▼" : "  "),
                               indicator.belowPassMark ? .red : .plain),
                TextTable.Cell(indicator.measures.isEmpty ? "—" : wording.dates.digits(indicator.measures.joined(separator: ", "))),
                TextTable.Cell(wording.ofDue(indicator.completion)), TextTable.Cell(wording.ofYear(indicator.completion)),
            ])
        }
        return table.render(indent: "  ", style: style)
            + style.dim("  ▼ " + (th ? "ต่ำกว่าเกณฑ์ผ่าน" : "below the pass mark")) + "\n"
    }
}
