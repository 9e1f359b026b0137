import ITAPlanCore

/// What `record` and `todo` say that is not a plan finding, as data;
/// `text(in:)` words each in Thai and English in one switch.
public enum RecordMessage: Sendable, Equatable {
    // One field of an input.
    case missingValue
    case impossibleDate(text: String, year: Int, month: Int, day: Int)
    case unreadableDate(text: String)
    case notANumber(text: String)
    case percentRange(text: String)
    case doneOrPercent
    case doneAndPercent

    // The plan and the step.
    case planHasErrors(errors: Int)
    case unknownStep(step: String, suggestion: String?, known: [String])
    case allRecorded(step: String)
    case cannotPlace(step: String, reason: PlacementProblem)
    case resultInvalid(errors: Int)
    case editNotAsExpected(step: String)

    // The command.
    case choosePlan(found: Int)
    case uncommittedChanges(path: String)
    case outsideRepository(path: String)
    case committed(commit: String, path: String)
    case commitNeedsOnePlan(plans: Int)
    case nothingWritten
    /// `--commit` failed after the file was written: the record is there, uncommitted.
    case writtenNotCommitted(path: String)
    case noSuchUnit(unit: String, known: [String])
    case moreProblems(Int)

    // CSV input.
    case csvUnknownHeader(header: String, known: [String])
    case csvMissingColumn(String)
    case csvNoRows
    case csvNotUTF8
    case fileChangedMeanwhile
    case csvUnbalancedQuote
    case csvRowNeedsPlan
    /// A row's plan path (`../x.yaml`, an absolute path, a link) leads out of
    /// the repository the command runs in (or its folder, outside one).
    case csvPlanOutside(path: String)
    case csvTooManyFields(expected: Int, found: Int)

    public func text(in language: Language) -> String {
        let th = language == .thai
        let dates = DateText(language: language)
        switch self {
        case .missingValue:
            return th ? "ไม่ได้ใส่ค่า" : "no value given"
        case .impossibleDate(let text, let year, let month, let day):
            let last = CivilDate(year: year, month: month, day: 1).map { $0.endOfMonth.day }
            let monthName = (1...12).contains(month) ? dates.month(year: year, month: month) : String(month)
            if let last, day > last {
                return th ? "'\(text)' ไม่มีวันนี้: \(monthName) มี \(last) วัน"
                          : "'\(text)' is not a day: \(monthName) has \(last) days"
            }
            return th ? "'\(text)' ไม่มีวันนี้" : "'\(text)' is not a day"
        case .unreadableDate(let text):
            return th ? "อ่าน '\(text)' เป็นวันที่ไม่ได้ (ตัวอย่าง: 2564-03-20, 20 มี.ค. 2564, ๒๐ มีนาคม ๖๔)"
                      : "cannot read '\(text)' as a date (for example 2564-03-20, 2021-03-20, 20 มี.ค. 2564)"
        case .notANumber(let text):
            return th ? "'\(text)' ไม่ใช่ตัวเลข (ร้อยละ 0–100)" : "'\(text)' is not a number (a percentage, 0–100)"
        case .percentRange(let text):
            return th ? "ร้อยละต้องอยู่ระหว่าง 0 ถึง 100 ไม่ใช่ \(text)" : "a percentage is 0 to 100, not \(text)"
        case .doneOrPercent:
            return th ? "ต้องระบุ --done (วันที่เสร็จ) หรือ --percent (ร้อยละความคืบหน้า) อย่างใดอย่างหนึ่ง"
                      : "give either --done (the day it was done) or --percent (how far it has got)"
        case .doneAndPercent:
            return th ? "ระบุ --done หรือ --percent ได้อย่างเดียว ไม่ใช่ทั้งสองอย่าง"
                      : "give --done or --percent, not both"
        case .planHasErrors(let errors):
            return th ? "แผนนี้มีข้อผิดพลาดอยู่แล้ว \(errors) รายการ (ด้านล่าง) ให้แก้ก่อนบันทึกความคืบหน้า ไฟล์ไม่ถูกแก้ไข"
                      : "the plan already has \(errors) error(s), shown below; fix them before recording progress. The file was not changed"
        case .unknownStep(let step, let suggestion, let known):
            let hint = suggestion.map { th ? " หมายถึง \($0) หรือไม่" : "; did you mean \($0)?" } ?? ""
            return th ? "ไม่มีขั้นตอน \(step) ในแผนนี้\(hint) (ขั้นตอนที่มี: \(known.joined(separator: ", ")))"
                      : "the plan has no step \(step)\(hint) (its steps: \(known.joined(separator: ", ")))"
        case .allRecorded(let step):
            return th ? "ขั้นตอน \(step) บันทึกว่าเสร็จครบทุกงวดแล้ว ถ้าจะบันทึกงวดใด ให้ระบุ --period"
                      : "every due instance of step \(step) is already recorded done; name one with --period"
        case .cannotPlace(let step, let reason):
            let why: String
            switch reason {
            case .stepNotMapping: why = th ? "ขั้นตอนไม่ได้เขียนเป็นแมปปิง" : "the step is not a mapping"
            case .progressNotList: why = th ? "progress: ของขั้นตอนไม่ใช่รายการ" : "its progress: is not a list"
            case .emptyRecord: why = th ? "บันทึกสุดท้ายว่างเปล่า" : "its last record is empty"
            case .listEndMoved: why = th ? "ไม่พบ ] ของ progress: [] ตรงตำแหน่งที่ YAML ระบุ" : "the ] of its progress: [] is not where YAML put it"
            case .emptyStep: why = th ? "ขั้นตอนว่างเปล่า" : "the step is empty"
            }
            return th ? "เพิ่มบันทึกในขั้นตอน \(step) โดยไม่แก้ส่วนอื่นของไฟล์ไม่ได้: \(why) ไฟล์ไม่ถูกแก้ไข"
                      : "cannot add a record to step \(step) without changing other text: \(why). The file was not changed"
        case .resultInvalid(let errors):
            return th ? "บันทึกนี้จะทำให้แผนมีข้อผิดพลาด \(errors) รายการ (ด้านล่าง ตำแหน่งตามไฟล์หลังเพิ่มบันทึก) จึงไม่บันทึก ไฟล์ไม่ถูกแก้ไข"
                      : "this record would give the plan \(errors) error(s), shown below at their lines in the file as it would be; nothing was written"
        case .editNotAsExpected(let step):
            return th ? "ตรวจผลแล้วบันทึกไม่ได้ไปอยู่ที่ขั้นตอน \(step) ตามที่ตั้งใจ จึงไม่บันทึก ไฟล์ไม่ถูกแก้ไข กรุณาเพิ่มด้วยมือ"
                      : "the new text did not read back as one more record of step \(step), so nothing was written; please add it by hand"
        case .choosePlan(let found):
            return found == 0
                ? (th ? "ไม่พบไฟล์แผนใน plans/ ระบุไฟล์ด้วย --plan" : "no plan file in plans/; name one with --plan")
                : (th ? "plans/ มีแผน \(found) ไฟล์ ระบุไฟล์ด้วย --plan" : "plans/ holds \(found) plans; name one with --plan")
        case .uncommittedChanges(let path):
            return th ? "\(path) มีการแก้ไขที่ยังไม่ได้ commit (หรือ stage ไว้ต่างจาก HEAD) --commit จะรวมการแก้ไขนั้นไปด้วย จึงไม่บันทึก ให้ commit การแก้ไขเดิมก่อน หรือไม่ใช้ --commit"
                      : "\(path) has changes that are not committed (or staged differently from HEAD), which --commit would sweep in; nothing was written. Commit them first, or leave out --commit"
        case .outsideRepository(let path):
            return th ? "\(path) ไม่ได้อยู่ใน working tree ของ git repository จึง --commit ไม่ได้ ไม่มีการบันทึก"
                      : "\(path) is not inside a git working tree, so --commit cannot work; nothing was written"
        case .committed(let commit, let path):
            return th ? "commit \(commit) มีเฉพาะ \(path)" : "committed \(commit) with \(path) alone"
        case .commitNeedsOnePlan(let plans):
            return th ? "--commit กับ --from ใช้ได้เมื่อทุกแถวเป็นแผนเดียวกัน แต่ไฟล์นี้มี \(plans) แผน"
                      : "--commit with --from needs every row to be for one plan; this file names \(plans)"
        case .nothingWritten:
            return th ? "ไม่มีการบันทึกใด ๆ (บันทึกทุกแถวหรือไม่บันทึกเลย)" : "nothing was written (every row is recorded, or none)"
        case .writtenNotCommitted(let path):
            return th ? "บันทึกลงใน \(path) แล้ว แต่ commit ไม่สำเร็จ (ด้านล่าง) HEAD และ index ไม่เปลี่ยน: commit ไฟล์นี้เองเมื่อแก้ปัญหาแล้ว"
                      : "the record is in \(path), but it was not committed (below); HEAD and the index are as they were: commit the file yourself once that is fixed"
        case .noSuchUnit(let unit, let known):
            let list = known.prefix(30).joined(separator: ", ") + (known.count > 30 ? ", …" : "")
            return th ? "ไม่มีขั้นตอนใดที่ผู้รับผิดชอบตรงกับ '\(unit)' (หน่วยงานในแผน: \(list))"
                      : "no step's responsible unit matches '\(unit)' (units in the plans: \(list))"
        case .moreProblems(let count):
            return th ? "และอีก \(count) รายการ (แก้รายการข้างต้นแล้วสั่งใหม่)" : "and \(count) more (fix the ones above and run again)"
        case .csvUnknownHeader(let header, let known):
            return th ? "ไม่รู้จักหัวคอลัมน์ '\(header)' (ใช้ได้: \(known.joined(separator: ", ")))"
                      : "unknown column header '\(header)' (known: \(known.joined(separator: ", ")))"
        case .csvMissingColumn(let name):
            return th ? "ไม่มีคอลัมน์ '\(name)'" : "there is no '\(name)' column"
        case .csvNoRows:
            return th ? "ไฟล์ CSV ไม่มีแถวข้อมูล" : "the CSV file has no data rows"
        case .csvNotUTF8:
            return th ? "ไฟล์ CSV ไม่ใช่ UTF-8: ใน Excel ให้บันทึกเป็น \"CSV UTF-8\" ใน LibreOffice ให้เลือกชุดอักขระ Unicode (UTF-8)"
                      : "the CSV file is not UTF-8: in Excel save as \"CSV UTF-8\", in LibreOffice choose the Unicode (UTF-8) character set"
        case .fileChangedMeanwhile:
            return th ? "ไฟล์ถูกแก้ไขระหว่างที่บันทึก จึงไม่เขียนทับ ให้สั่งใหม่อีกครั้ง"
                      : "the file changed while the record was being made, so it was not overwritten; run the command again"
        case .csvUnbalancedQuote:
            return th ? "เครื่องหมาย \" ไม่ได้ปิด" : "a \" is never closed"
        case .csvRowNeedsPlan:
            return th ? "ไม่ได้ระบุไฟล์แผน: ใส่คอลัมน์ plan หรือใช้ --plan" : "no plan file: fill the plan column or pass --plan"
        case .csvPlanOutside(let path):
            let shown = SafeText.inline(path)
            return th ? "\(shown) อยู่นอกโฟลเดอร์ที่สั่ง record (repository นี้ หรือโฟลเดอร์นี้ถ้าไม่อยู่ใน repository) ให้บันทึกแผนนั้นจากโฟลเดอร์ของแผนเอง"
                      : "\(shown) leads outside the folder record runs in (the repository, or this folder outside one); record into that plan from its own folder"
        case .csvTooManyFields(let expected, let found):
            return th ? "มี \(found) ช่อง แต่หัวตารางมี \(expected) คอลัมน์" : "\(found) fields, but the header has \(expected) columns"
        }
    }
}

extension ProgressInput.Field {
    /// The option that sets the field on the command line.
    public var option: String { "--" + rawValue }
}

/// Why a record cannot be added to a step as one insertion.
public enum PlacementProblem: Error, Sendable, Equatable {
    case stepNotMapping, progressNotList, emptyRecord, listEndMoved, emptyStep
}
