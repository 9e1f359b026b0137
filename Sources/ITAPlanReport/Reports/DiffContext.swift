import ITAPlanCore

/// What changed between two revisions, worded for a pull request.
/// `report --diff … --format json` prints this (`itaplan-diff` version 1).
public struct DiffContext: Encodable, TemplateFields {
    public let format = "itaplan-diff"
    public let version = 1
    public let language: String
    public let base: String
    public let head: String
    public let asOfText: String
    public let title: String
    public let noChanges: String
    public let hasChanges: Bool
    public let plans: [PlanDiffReport]
    public let headings: DiffHeadings
}

public struct DiffHeadings: Encodable, TemplateFields {
    public let plan: String
    public let progress: String
    public let states: String
    public let completion: String
}

public struct PlanDiffReport: Encodable, TemplateFields {
    public let path: String
    public let file: String
    public let completion: String?
    public let errors: String?
    public let changes: [String]
    public let progress: [String]
    public let states: [String]
    public let hasChanges: Bool
    public let hasProgress: Bool
    public let hasStates: Bool
}

/// Words every change of a `PlanDiff`.
public struct DiffContextBuilder {
    let language: Language
    let wording: StatusWording

    public init(language: Language, thaiDigits: Bool) {
        self.language = language
        wording = StatusWording(language: language, thaiDigits: thaiDigits)
    }

    private var th: Bool { language == .thai }
    private var dates: DateText { wording.dates }

    public func build(base: String, head: String, asOf: CivilDate, plans: [PlanDiff],
                      headErrors: [String: Int]) -> DiffContext {
        DiffContext(
            language: language.rawValue, base: base, head: head, asOfText: dates.day(asOf),
            title: th ? "การเปลี่ยนแปลงของแผน \(base)..\(head)" : "Plan changes \(base)..\(head)",
            noChanges: th ? "ไม่มีการเปลี่ยนแปลงในแผน" : "No changes to the plans",
            hasChanges: !plans.isEmpty,
            plans: plans.map { report($0, errors: headErrors[$0.path]) },
            headings: DiffHeadings(
                plan: th ? "เนื้อหาแผน" : "Plan", progress: th ? "ความคืบหน้าที่บันทึก" : "Progress records",
                states: th ? "สถานะ ณ \(dates.day(asOf))" : "Status as of \(dates.day(asOf))",
                completion: th ? "ความคืบหน้า" : "Completion"))
    }

    private func report(_ diff: PlanDiff, errors: Int?) -> PlanDiffReport {
        let file: String
        switch diff.file {
        case .added: file = th ? "ไฟล์ใหม่" : "new file"
        case .removed: file = th ? "ลบไฟล์" : "file removed"
        case .modified: file = th ? "แก้ไข" : "modified"
        }
        let completion: String?
        switch (diff.before, diff.after) {
        case (let a?, let b?) where a != b:
            completion = "\(wording.ofDue(a)) → \(wording.ofDue(b)) · "
                + (th ? "เกินกำหนด \(dates.number(a.overdue)) → \(dates.number(b.overdue))" : "overdue \(a.overdue) → \(b.overdue)")
        case (nil, let b?): completion = wording.overview(b)
        default: completion = nil
        }
        let changes = diff.changes.map(text)
        let progress = diff.progress.map(text)
        let states = diff.states.map(text)
        return PlanDiffReport(
            path: diff.path, file: file, completion: completion,
            errors: errors.map { th ? "ไฟล์นี้มีข้อผิดพลาด \(dates.number($0)) รายการ" : "this file has \($0) error(s)" },
            changes: changes, progress: progress, states: states,
            hasChanges: !changes.isEmpty, hasProgress: !progress.isEmpty, hasStates: !states.isEmpty)
    }

    private func score(_ value: Double?) -> String {
        value.map { dates.digits(DecimalText.format($0, places: 2)) } ?? "—"
    }

    private func list(_ items: [String]) -> String {
        items.isEmpty ? "—" : items.joined(separator: ", ")
    }

    private func text(_ change: PlanDiff.Change) -> String {
        switch change {
        case .score(let indicator, let from, let to):
            return (th ? "คะแนนตัวชี้วัดที่ \(dates.number(indicator)): " : "indicator \(indicator) score: ") + "\(score(from)) → \(score(to))"
        case .total(let from, let to):
            return (th ? "คะแนนรวม: " : "total: ") + "\(score(from)) → \(score(to))"
        case .grade(let from, let to):
            return (th ? "ระดับ: " : "grade: ") + "\(from ?? "—") → \(to ?? "—")"
        case .measureAdded(let id, let title):
            return (th ? "เพิ่มมาตรการ " : "measure added: ") + "\(dates.digits(id)) \(title)"
        case .measureRemoved(let id, let title):
            return (th ? "ลบมาตรการ " : "measure removed: ") + "\(dates.digits(id)) \(title)"
        case .measureTitle(let id, let from, let to):
            return (th ? "มาตรการ \(dates.digits(id)) เปลี่ยนชื่อ: " : "measure \(id) renamed: ") + "\(from) → \(to)"
        case .measureIndicators(let id, let from, let to):
            return (th ? "มาตรการ \(dates.digits(id)) ตัวชี้วัด: " : "measure \(id) indicators: ")
                + "\(list(from.map { dates.number($0) })) → \(list(to.map { dates.number($0) }))"
        case .measureResponsible(let id, let from, let to):
            return (th ? "มาตรการ \(dates.digits(id)) ผู้รับผิดชอบ: " : "measure \(id) responsible: ") + "\(list(from)) → \(list(to))"
        case .measureResults(let id):
            return th ? "มาตรการ \(dates.digits(id)) แก้ไขผลการดำเนินการ" : "measure \(id): results edited"
        case .measureRecommendations(let id):
            return th ? "มาตรการ \(dates.digits(id)) แก้ไขข้อเสนอแนะ" : "measure \(id): recommendations edited"
        case .stepAdded(let id, let text):
            return (th ? "เพิ่มขั้นตอน " : "step added: ") + "\(dates.digits(id)) \(text)"
        case .stepRemoved(let id, let text):
            return (th ? "ลบขั้นตอน " : "step removed: ") + "\(dates.digits(id)) \(text)"
        case .stepText(let id, _, let to):
            return (th ? "ขั้นตอน \(dates.digits(id)) แก้ไขเป็น: " : "step \(id) now reads: ") + to
        case .stepSchedule(let id, let from, let to):
            let none = th ? "ไม่มี" : "none"
            return (th ? "ขั้นตอน \(dates.digits(id)) กำหนดเวลา: " : "step \(id) schedule: ")
                + "\(from?.text(dates) ?? none) → \(to?.text(dates) ?? none)"
        }
    }

    private func record(_ record: PlanDiff.Record) -> String {
        var parts: [String] = []
        if let done = record.done { parts.append((th ? "เสร็จ " : "done ") + dates.day(done)) }
        if let percent = record.percent { parts.append(dates.digits("\(DecimalText.trimmed(percent))%")) }
        if !record.evidence.isEmpty { parts.append((th ? "หลักฐาน " : "evidence ") + record.evidence.joined(separator: " ")) }
        if let by = record.by { parts.append((th ? "โดย " : "by ") + by) }
        return parts.joined(separator: " · ")
    }

    private func text(_ change: PlanDiff.ProgressChange) -> String {
        let subject = (th ? "ขั้นตอน " : "step ") + dates.digits(change.step) + " " + period(change.period)
        switch (change.before, change.after) {
        case (nil, let after?): return subject + (th ? " บันทึกใหม่: " : " recorded: ") + record(after)
        case (let before?, nil): return subject + (th ? " ลบบันทึก: " : " record removed: ") + record(before)
        case (let before?, let after?): return subject + ": " + record(before) + " → " + record(after)
        default: return subject
        }
    }

    private func text(_ change: PlanDiff.StateChange) -> String {
        let none = th ? "ไม่มี" : "none"
        return (th ? "ขั้นตอน " : "step ") + dates.digits(change.step) + " " + period(change.period) + ": "
            + (change.from?.text(in: language) ?? none) + " → " + (change.to?.text(in: language) ?? none)
    }

    private func period(_ key: String) -> String {
        key == "once" ? "" : "(" + DueInstance.label(period: key, dates: dates, fiscalYear: nil) + ")"
    }
}
