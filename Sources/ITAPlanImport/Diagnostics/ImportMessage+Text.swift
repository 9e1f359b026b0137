import ITAPlanCore

/// Every import warning's words, in Thai and in English, in one place.
extension ImportMessage {
    public func text(in language: Language) -> String {
        let th = language == .thai
        switch self {
        case .unplacedText(let text):
            return th
                ? "จัดข้อความนี้เข้าช่องใดไม่ได้ จึงเก็บไว้ใน notes: \(Self.shortened(text))"
                : "this text fits no field, so it was kept in notes: \(Self.shortened(text))"
        case .measureWithoutNumber(let id):
            return th
                ? "ชื่อมาตรการไม่มีลำดับเลข จึงให้รหัส \(id)"
                : "the measure's title has no number, so it was given id \(id)"
        case .measureWithoutSteps(let measure):
            return th
                ? "มาตรการ \(measure) ไม่มีขั้นตอนและวิธีการ"
                : "measure \(measure) has no steps"
        case .stepsNotNumbered(let measure):
            return th
                ? "ขั้นตอนของมาตรการ \(measure) ไม่มีเลขลำดับ (๑. ๒. …) จึงเก็บเป็นขั้นตอนเดียว"
                : "the steps of measure \(measure) are not numbered (๑. ๒. …), so they were kept as one step"
        case .interimSchedule(let measure, let reason):
            return th
                ? "มาตรการ \(measure): \(Self.reason(reason, language: language)) จึงใส่ schedule: fiscal-year ไว้ก่อน ให้ระบุ schedule: ของแต่ละขั้นตอนแทน"
                : "measure \(measure): \(Self.reason(reason, language: language)), so it was given schedule: fiscal-year for now; give each step its own schedule: instead"
        case .analysisWithoutIndicators:
            return th
                ? "ย่อหน้าวิเคราะห์ผลนี้ไม่อยู่ใต้ตัวชี้วัดใด จึงเก็บไว้ใน notes"
                : "this analysis paragraph sits under no indicator, so it was kept in notes"
        case .noTitle:
            return th ? "ไม่พบชื่อเอกสาร" : "no document title found"
        case .noAgencyName:
            return th ? "ไม่พบชื่อหน่วยงาน ให้กรอก agency.name" : "no agency name found; fill in agency.name"
        case .noFiscalYear:
            return th ? "ไม่พบปีงบประมาณ ให้กรอก fiscal_year" : "no fiscal year found; fill in fiscal_year"
        case .fiscalYearFromAssessment(let year):
            return th
                ? "เอกสารไม่ระบุปีงบประมาณของมาตรการ จึงใช้ปีประเมิน ITA + 1 = \(year) ให้ตรวจสอบ"
                : "the document does not state the measures' fiscal year, so it was taken as the ITA year + 1 = \(year); check it"
        case .noAssessmentYear:
            return th ? "ไม่พบปีที่ประเมิน ITA ให้กรอก ita.year" : "no ITA assessment year found; fill in ita.year"
        case .assessmentYearFromFiscalYear(let year):
            return th
                ? "เอกสารไม่ระบุปีที่ประเมิน ITA จึงใช้ปีงบประมาณ − 1 = \(year) ให้ตรวจสอบ"
                : "the document does not state the ITA year, so it was taken as the fiscal year − 1 = \(year); check it"
        case .noIndicators:
            return th ? "ไม่พบตารางคะแนนตัวชี้วัด ITA" : "no ITA indicator score table found"
        case .noMeasures:
            return th
                ? "ไม่พบตารางมาตรการ แผนที่เขียนจึงมีเฉพาะผลการประเมิน ITA และการวิเคราะห์ ให้เพิ่มมาตรการใต้ measures: (ดูแม่แบบจาก itaplan init) หรือนำเข้าพร้อมกับเอกสารมาตรการในคำสั่งเดียว: itaplan import การวิเคราะห์ มาตรการ -o แผน.yaml"
                : "no measures table found, so the plan written holds the ITA result and its analysis only; add the measures under measures: (see itaplan init's template), or import it together with the measures document: itaplan import ANALYSIS MEASURES -o plan.yaml"
        case .cellsSharedByGuess(let measure):
            return th
                ? "ช่องของมาตรการ \(measure) อยู่คนละบรรทัดและมีบรรทัดมากกว่าจำนวนคอลัมน์ บรรทัดที่เกินจึงรวมไว้ในผลการดำเนินการ ให้ตรวจสอบ"
                : "measure \(measure)'s cells came one per line, more lines than columns; the extra lines were put with its results: check them"
        case .preambleSkipped(let heading, let lines):
            return th
                ? "ข้ามส่วนนำ '\(heading)' \(lines) บรรทัดจากตรงนี้ (ไม่ใช่ข้อมูลของแผน จึงไม่ได้นำเข้า)"
                : "skipped the preamble '\(heading)', \(lines) line\(lines == 1 ? "" : "s") from here (not part of a plan, so not imported)"
        case .readFromPDFLayout:
            return th
                ? "ตารางใน PDF อ่านจากตำแหน่งของข้อความบนหน้า ให้ตรวจระยะเวลา ผลการดำเนินการ และข้อเสนอแนะของทุกมาตรการกับต้นฉบับ (ช่องแคบอาจปนกัน และช่องว่างตรงที่ขึ้นบรรทัดใหม่หายไป)"
                : "a PDF's tables are read from where their text stands on the page: check every measure's timeframe, results and recommendations against the document (narrow columns can run together, and a space at a line wrap is lost)"
        case .secondIndicatorTable:
            return th
                ? "เอกสารที่นำเข้าพร้อมกันมีตารางคะแนนตัวชี้วัดมากกว่าหนึ่งชุด จึงใช้ชุดแรก และไม่ใช้ตารางนี้"
                : "the documents imported together hold more than one indicator table; the first was used, not this one"
        case .documentsDisagreeOnYear(let years):
            let list = years.map(String.init).joined(separator: ", ")
            return th
                ? "เอกสารที่นำเข้าพร้อมกันระบุปีงบประมาณต่างกัน (\(list)) จึงใช้ปีของเอกสารแรก ให้ตรวจสอบ"
                : "the documents imported together state different fiscal years (\(list)); the first document's was used: check it"
        case .resultLabelledWithPlanYear(let planYear):
            return th
                ? "ผลการประเมิน ITA ระบุปี \(planYear) ซึ่งเป็นปีของแผน จึงใช้ปีประเมิน ITA = \(planYear - 1) ให้ตรวจสอบ"
                : "the ITA result is labelled with the plan's own year \(planYear), so it was taken as ITA \(planYear - 1); check it"
        }
    }

    /// Why a measure got an interim schedule, as a clause.
    static func reason(_ reason: InterimScheduleReason, language: Language) -> String {
        let th = language == .thai
        let dates = DateText(language: language)
        switch reason {
        case .severalSchedules(let schedules):
            let list = schedules.map { $0.text(dates) }.joined(separator: th ? " และ " : " and ")
            return th ? "ระยะเวลาระบุกำหนดเวลาหลายแบบ (\(list))" : "its timeframe names several schedules (\(list))"
        case .unreadable(let fragment):
            return th ? "อ่านระยะเวลา '\(fragment)' ไม่ออก" : "its timeframe phrase '\(fragment)' cannot be read"
        case .otherYear(let year):
            return th ? "ระยะเวลาระบุปีงบประมาณ \(year) ซึ่งไม่ใช่ปีของแผน" : "its timeframe names fiscal year \(year), not the plan's"
        case .outsideYear(let date):
            return th ? "ระยะเวลาระบุวันที่ \(dates.day(date)) ซึ่งอยู่นอกปีงบประมาณ"
                      : "its timeframe names \(dates.day(date)), outside the fiscal year"
        }
    }

    private static func shortened(_ text: String) -> String {
        text.count > 60 ? String(text.prefix(60)) + "…" : text
    }
}
