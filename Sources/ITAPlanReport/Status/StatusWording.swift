import ITAPlanCore

/// Words and numbers shared by the status formats people read.
struct StatusWording: Sendable {
    let language: Language
    let dates: DateText

    init(language: Language, thaiDigits: Bool) {
        self.language = language
        self.dates = DateText(language: language, thaiDigits: thaiDigits)
    }

    var th: Bool { language == .thai }

    /// "6/8 75%", or "0/0 —" when nothing counts yet.
    func ratio(_ done: Int, _ of: Int) -> String {
        let percent = of == 0 ? "—" : dates.digits("\(Int((Double(done) * 100 / Double(of)).rounded()))%")
        return dates.digits("\(done)/\(of)") + " " + percent
    }

    func ofDue(_ completion: Completion) -> String { ratio(completion.doneOfDueSoFar, completion.dueSoFar) }
    func ofYear(_ completion: Completion) -> String { ratio(completion.done, completion.total) }

    func days(_ count: Int) -> String {
        th ? "\(dates.number(count)) วัน" : "\(dates.number(count)) day\(count == 1 ? "" : "s")"
    }

    func units(_ units: [String]) -> String {
        units.isEmpty ? (th ? "(ไม่ระบุ)" : "(unassigned)") : units.joined(separator: ", ")
    }

    func period(_ item: InstanceStatus, in status: PlanStatus) -> String {
        item.instance.label(dates, fiscalYear: status.fiscalYear)
    }

    func heading(_ status: PlanStatus) -> String {
        let agency = status.plan.agency.name.value
        return th
            ? "\(agency) · ปีงบประมาณ \(dates.number(status.fiscalYear.buddhistYear)) · ณ วันที่ \(dates.day(status.asOf))"
            : "\(agency) · fiscal year \(dates.number(status.fiscalYear.buddhistYear)) · as of \(dates.day(status.asOf))"
    }

    func overview(_ completion: Completion) -> String {
        th
            ? "เสร็จแล้ว \(ofDue(completion)) ของงวดที่ถึงกำหนด · \(ofYear(completion)) ของทั้งปี · "
              + "เกินกำหนด \(dates.number(completion.overdue)) · ใกล้ถึงกำหนด \(dates.number(completion.dueSoon))"
            : "done \(ofDue(completion)) of items due so far · \(ofYear(completion)) of the year · "
              + "\(dates.number(completion.overdue)) overdue · \(dates.number(completion.dueSoon)) due soon"
    }

    /// The level itaplan computes for the plan's ITA result and the rule that
    /// decided it, with how sure that is: "ITA 2568 level: ผ่าน (…)".
    func levelLine(_ status: PlanStatus) -> String? {
        guard let decision = status.level else { return nil }
        let how = Message.levelDecided(decision).text(in: language)
        let sure = decision.confidence == .confirmed ? ""
            : "; " + Message.unconfirmedFact(decision.weakestFact, year: decision.assessmentYear,
                                             confidence: decision.confidence).text(in: language)
        return dates.digits(th
            ? "ระดับ ITA \(decision.assessmentYear) ที่คำนวณได้: \(decision.level) (\(how)\(sure))"
            : "ITA \(decision.assessmentYear) level computed: \(decision.level) (\(how)\(sure))")
    }

    /// The warning when deadlines fall after the OIT evidence window closes.
    func evidenceWindowWarning(_ status: PlanStatus) -> String? {
        guard let window = status.evidenceWindow else { return nil }
        let late = status.items.filter { $0.item.afterEvidenceWindow && !$0.item.state.isDone }.count
        guard late > 0 else { return nil }
        let assumed = window.confirmed ? "" : " (" + dates.digits(Message.unconfirmedFact(
            .evidenceWindow, year: window.assessmentYear, confidence: window.confidence).text(in: language)) + ")"
        return th
            ? "\(dates.number(late)) งวดที่ยังไม่เสร็จมีกำหนดส่งหลังปิดรับหลักฐาน OIT ของ ITA \(dates.number(window.assessmentYear)) "
              + "(\(dates.day(window.start)) – \(dates.day(window.end))) หลักฐานของงวดเหล่านี้จะไม่ทันการประเมินปีนี้\(assumed)"
            : "\(dates.number(late)) open item\(late == 1 ? "" : "s") fall due after the OIT evidence window of ITA \(dates.number(window.assessmentYear)) "
              + "closes (\(dates.day(window.start)) to \(dates.day(window.end))); their evidence will miss this year's assessment\(assumed)"
    }

    // MARK: - When done records were recorded (status --recorded)

    var recordedTitle: String {
        th ? "งานที่เสร็จ และวันที่บันทึกในสแนปช็อต" : "Done, and when recorded in a snapshot"
    }

    var recordedHeader: (step: String, period: String, done: String, recorded: String) {
        th ? ("ขั้นตอน", "งวด", "เสร็จเมื่อ", "บันทึกเมื่อ") : ("Step", "Period", "Done", "Recorded")
    }

    /// "15 ม.ค. 2564", with "!" when done long before; or "not yet recorded".
    func recorded(_ item: InstanceStatus) -> String {
        guard let day = item.recorded?.day else { return th ? "ยังไม่ได้บันทึก" : "not yet recorded" }
        return dates.day(day) + (item.recordedLate ? " !" : "")
    }

    /// The footnote for "!", naming the documented threshold.
    var recordedLateNote: String {
        let days = dates.number(Recorded.lateThresholdDays)
        return th ? "! เสร็จก่อนวันที่บันทึกเกิน \(days) วัน (บันทึกย้อนหลัง)"
            : "! done more than \(days) days before it was recorded (written after the fact)"
    }

    /// The done instances of a status with recordings, in plan order.
    func recordedItems(_ status: PlanStatus) -> [(measure: MeasureStatus, step: StepStatus, item: InstanceStatus)] {
        status.recordedShown ? status.items.filter { $0.item.done != nil } : []
    }
}
