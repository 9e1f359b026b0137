import ArgumentParser
import ITAPlanCore

/// A command line itaplan cannot run: flags that do not go together or a
/// value out of range. Worded here in Thai and English, in one switch, and
/// thrown as ArgumentParser's `ValidationError`, so that it prints with the
/// usage line under it and exits 2 like any other usage mistake.
enum UsageProblem: LocalizedFailure, Equatable {
    case unitNeedsName
    case daysOutOfRange(option: String)
    case fiscalYearNotBuddhist
    case diffWritesText
    case recordedWithPlans
    case templateNotForDocx
    case binaryNeedsOutput(format: String)
    case fromTakesNoFields
    case nameTheStep
    case builtWithout(file: String)
    case notAYear(typed: String)
    case christianEraYear(Int)
    case notAnITAYear(Int)

    func text(in language: Language) -> String {
        let th = language == .thai
        switch self {
        case .unitNeedsName:
            return th ? "--unit ต้องระบุชื่อหน่วยงาน เช่น --unit งานพัสดุ" : "--unit needs a name, e.g. --unit งานพัสดุ"
        case .daysOutOfRange(let option):
            return th ? "\(option) รับจำนวนวัน 0 ถึง 366" : "\(option) takes 0 to 366 days"
        case .fiscalYearNotBuddhist:
            return th ? "--fiscal-year เป็นปีพุทธศักราช เช่น 2569" : "--fiscal-year is a Buddhist Era year such as 2569"
        case .diffWritesText:
            return th ? "--diff เขียนได้เฉพาะ markdown หรือ json" : "--diff writes markdown or json"
        case .recordedWithPlans:
            return th ? "--recorded ใช้กับรายงาน markdown, html หรือ json ของแผน ไม่ใช้กับ --diff หรือเอกสารทางการ"
                      : "--recorded goes with markdown, html or json reports of the plans, not --diff or the official document"
        case .templateNotForDocx:
            return th ? "--template ใช้กับรูปแบบข้อความ ไม่ใช้กับ docx" : "--template applies to the text formats, not docx"
        case .binaryNeedsOutput(let format):
            return th ? "--format \(format) เขียนไฟล์ไบนารี: ระบุ --output FILE (หรือส่งออกทาง standard output ไปยังไฟล์)"
                      : "--format \(format) writes a binary file: give --output FILE (or redirect standard output)"
        case .fromTakesNoFields:
            return th ? "--from อ่านบันทึกจากไฟล์: ไม่ต้องระบุขั้นตอน --period, --done, --percent, --evidence, --by หรือ --note ด้วย"
                      : "--from takes the records from the file: give no step, --period, --done, --percent, --evidence, --by or --note with it"
        case .nameTheStep:
            return th ? "ระบุขั้นตอน (itaplan record 4.3 --done …) หรือใช้ --from FILE.csv"
                      : "name the step (itaplan record 4.3 --done …), or give --from FILE.csv"
        case .builtWithout(let file):
            return th ? "itaplan นี้ถูก build โดยไม่มี \(file)" : "this itaplan was built without \(file)"
        case .notAYear(let typed):
            let shown = SafeText.inline(typed)
            return th ? "'\(shown)' ไม่ใช่ปี: ให้ใส่ปี พ.ศ. เช่น 2569" : "'\(shown)' is not a year: give a Buddhist Era year such as 2569"
        case .christianEraYear(let year):
            return th ? "\(year) ดูเป็นปี ค.ศ.: ปี ITA เป็น พ.ศ. คือ \(year + 543)"
                      : "\(year) looks like a Christian Era year: ITA years are Buddhist Era, \(year + 543)"
        case .notAnITAYear(let year):
            return th ? "\(year) ไม่ใช่ปี ITA: ให้ใส่ปี พ.ศ. ระหว่าง 2400 ถึง 2900 เช่น 2569"
                      : "\(year) is not an ITA year: give a Buddhist Era year between 2400 and 2900, such as 2569"
        }
    }

    /// The problem as ArgumentParser's usage error, in `language`.
    func usageError(in language: Language) -> ValidationError {
        ValidationError(text(in: language))
    }
}
