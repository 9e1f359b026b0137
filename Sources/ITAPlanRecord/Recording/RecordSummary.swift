import ITAPlanCore

/// The words for a recorded progress entry: the confirmation printed after
/// writing, and the commit message of `record --commit`.
public struct RecordSummary: Sendable {
    public let language: Language

    public init(language: Language) {
        self.language = language
    }

    /// `4.3 Feb 2021: done 2021-03-20` / `4.3 ก.พ. 2564: เสร็จ 20 มี.ค. 2564`.
    public func what(_ recorded: RecordedProgress) -> String {
        let dates = DateText(language: language)
        let th = language == .thai
        let fiscalYear = recorded.result.timeline?.fiscalYear
        var text = recorded.entry.step
        if let period = recorded.period, period != "once" {
            text += " " + DueInstance.label(period: period, dates: dates, fiscalYear: fiscalYear)
        }
        if let done = recorded.entry.done {
            text += th ? ": เสร็จ " + dates.day(done) : ": done " + dates.day(done)
        } else if let percent = recorded.entry.percent {
            text += th ? ": คืบหน้าร้อยละ " + DecimalText.trimmed(percent) : ": \(DecimalText.trimmed(percent))% done"
        }
        return text
    }

    /// The line printed after a record is written (or, with `dryRun`, would be).
    public func confirmation(_ recorded: RecordedProgress, dryRun: Bool = false) -> String {
        let th = language == .thai
        let path = recorded.original.path
        var line = th ? (dryRun ? "จะบันทึก " : "บันทึกแล้ว ") + what(recorded) + " ลงใน " + path
                      : (dryRun ? "would record " : "recorded ") + what(recorded) + " in " + path
        if recorded.periodChosen, recorded.period != nil, recorded.period != "once" {
            line += th ? " (งวดแรกที่ยังไม่ได้บันทึกว่าเสร็จ ระบุงวดอื่นด้วย --period)"
                       : " (the earliest period not yet done; name another with --period)"
        }
        if dryRun { line += th ? " ไฟล์ไม่ถูกแก้ไข" : "; the file was not changed" }
        return SafeText.inline(line)
    }

    /// The message of the commit `record --commit` makes: what was recorded,
    /// and which checks were applied to the file as committed.
    public func commitMessage(_ records: [RecordedProgress], path: String) -> String {
        let th = language == .thai
        let subject = records.count == 1
            ? (th ? "บันทึกความคืบหน้า " : "Record progress ") + what(records[0])
            : (th ? "บันทึกความคืบหน้า \(records.count) รายการใน " : "Record \(records.count) progress entries in ") + path
        var body: [String] = []
        for recorded in records {
            if records.count > 1 { body.append("- " + what(recorded)) }
            let indent = records.count > 1 ? "  " : ""
            for link in recorded.entry.evidence { body.append(indent + (th ? "หลักฐาน: " : "Evidence: ") + Self.oneLine(link)) }
            if let by = recorded.entry.by { body.append(indent + (th ? "ผู้บันทึก: " : "By: ") + Self.oneLine(by)) }
            if let note = recorded.entry.note { body.append(indent + (th ? "หมายเหตุ: " : "Note: ") + Self.oneLine(note)) }
        }
        let result = records.last?.result
        let warnings = result?.warningCount ?? 0
        body.append("")
        body.append(th
            ? "ตรวจก่อน commit ด้วยกฎเดียวกับ pre-commit hook (itaplan validate) กับไฟล์ที่ commit: ไม่มีข้อผิดพลาด คำเตือน \(warnings) รายการ commit นี้มีเฉพาะไฟล์ \(path)"
            : "Checked before committing with the pre-commit hook's rules (itaplan validate) on the file as committed: no errors, \(warnings) warning(s). Only \(path) is in this commit.")
        return subject + "\n\n" + body.joined(separator: "\n") + "\n"
    }

    /// Typed text as one line of a commit message: line breaks and other
    /// control characters (a terminal escape sequence, say, which `git log`
    /// would replay) written as `\u{1B}` instead.
    static func oneLine(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029:
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
