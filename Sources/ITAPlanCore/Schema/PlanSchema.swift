/// Plan format version 1, key by key. docs/plan-format.md explains it with
/// examples; schema/plan.schema.json is generated from it.
public enum PlanSchema {
    /// The newest `schema:` version this build reads.
    public static let version = 1

    public static let plan = ObjectSpec("plan", LocalizedText(
        th: "แผนมาตรการส่งเสริมคุณธรรมและความโปร่งใสของหน่วยงานหนึ่งแห่ง สำหรับปีงบประมาณหนึ่งปี",
        en: "One agency's integrity and transparency measures for one fiscal year"), fields: [
        .required("schema", .wholeNumber(1...1_000), LocalizedText(
            th: "รุ่นของรูปแบบไฟล์แผน (ปัจจุบันคือ 1)",
            en: "Version of the plan file format (currently 1)")),
        .optional("title", .text, LocalizedText(
            th: "ชื่อเอกสารตามที่เขียนไว้",
            en: "The document's title as written")),
        .required("agency", .object(agency), LocalizedText(
            th: "หน่วยงานเจ้าของแผน",
            en: "The agency the plan belongs to")),
        .required("fiscal_year", .year, LocalizedText(
            th: "ปีงบประมาณ (พ.ศ.) ที่แผนนี้ใช้ เช่น 2564 คือ 1 ต.ค. 2563 – 30 ก.ย. 2564",
            en: "The fiscal year (Buddhist Era) the plan is for; 2564 is 1 Oct 2020 – 30 Sep 2021")),
        .required("ita", .object(ita), LocalizedText(
            th: "ผลการประเมิน ITA ที่แผนนี้ใช้เป็นฐาน และการวิเคราะห์ผล",
            en: "The ITA result the plan builds on, and its analysis")),
        .required("measures", .list(.object(measure)), LocalizedText(
            th: "มาตรการ/แนวทาง",
            en: "The measures"), nonEmpty: true),
        .optional("notes", .texts, LocalizedText(
            th: "หมายเหตุ เช่น ข้อความจากเอกสารต้นฉบับที่ไม่ได้จัดเข้าช่องใด",
            en: "Notes, such as source text that fitted no other field")),
        .optional("settings", .object(settings), LocalizedText(
            th: "การตั้งค่าของแผนนี้", en: "Settings for this plan")),
    ])

    public static let settings = ObjectSpec("settings", LocalizedText(
        th: "การตั้งค่า", en: "Settings"), fields: [
        .optional("evidence_required", .boolean, LocalizedText(
            th: "ต้องระบุหลักฐาน (URL) ทุกครั้งที่บันทึกว่าเสร็จ (ค่าเริ่มต้น true)",
            en: "Whether every done record must link its evidence (default true)")),
        .optional("due_soon_days", .wholeNumber(0...366), LocalizedText(
            th: "จำนวนวันก่อนถึงกำหนดที่ถือว่าใกล้ถึงกำหนด (ค่าเริ่มต้น 14)",
            en: "Days before a deadline that count as due soon (default 14)")),
    ])

    /// Words accepted for `schedule:` and for `every:`.
    public static let scheduleKeywords = ["fiscal-year", "monthly", "quarterly", "half-yearly"]
    public static let everyUnits = ["month", "quarter", "half-year", "year"]

    public static let schedule: FieldKind = .oneOf([
        .choice(scheduleKeywords),
        .text,
        .object(scheduleObject),
    ])

    public static let scheduleObject = ObjectSpec("schedule", LocalizedText(
        th: "กำหนดเวลาแบบมีโครงสร้าง ระบุอย่างใดอย่างหนึ่ง: every, quarters, by หรือ from กับ to",
        en: "A structured schedule: one of every, quarters, by, or from with to"), fields: [
        .optional("every", .choice(everyUnits), LocalizedText(
            th: "ทำซ้ำทุก month (เดือน), quarter (ไตรมาส), half-year (6 เดือน) หรือ year (ปีงบประมาณ)",
            en: "Repeats every month, quarter, half-year or year (the fiscal year)")),
        .optional("quarters", .list(.wholeNumber(1...4)), LocalizedText(
            th: "ไตรมาสของปีงบประมาณ (1 = ต.ค.–ธ.ค.)", en: "Fiscal quarters (1 = Oct–Dec)")),
        .optional("grace_days", .wholeNumber(0...366), LocalizedText(
            th: "ส่งได้ภายในกี่วันหลังสิ้นงวด เช่น 10 คือภายในวันที่ 10 ของเดือนถัดไป",
            en: "Days after each period ends that it is still on time, e.g. 10 for the 10th of next month")),
        .optional("by", .date, LocalizedText(
            th: "ทำครั้งเดียว ภายในวันที่", en: "Once, by this date")),
        .optional("from", .date, LocalizedText(
            th: "ทำครั้งเดียว ระหว่างวันที่ (เริ่ม)", en: "Once, between this date…")),
        .optional("to", .date, LocalizedText(
            th: "…ถึงวันที่ (กำหนดส่ง)", en: "…and this date, which is the deadline")),
    ], exactlyOneOf: [["every"], ["quarters"], ["by"], ["from", "to"]])

    public static let progress = ObjectSpec("progress", LocalizedText(
        th: "ความคืบหน้าของงวดหนึ่ง", en: "Progress on one due instance"), fields: [
        .optional("period", .text, LocalizedText(
            th: "งวดที่บันทึก เช่น 2564-01, ม.ค. 2564, Q2, H1 (ไม่ต้องระบุถ้าทำครั้งเดียว)",
            en: "The due instance: 2564-01, ม.ค. 2564, Q2, H1 (omit when the step is due once)")),
        .optional("done", .date, LocalizedText(
            th: "วันที่ดำเนินการเสร็จ", en: "The day it was done")),
        .optional("percent", .number(0...100), LocalizedText(
            th: "ความคืบหน้าเป็นร้อยละ สำหรับงานที่ยังไม่เสร็จ", en: "Percent done, while not done")),
        .optional("evidence", .oneOf([.url, .list(.url)]), LocalizedText(
            th: "URL หลักฐานบนเว็บไซต์ของหน่วยงาน", en: "Evidence URL(s) on the agency's own website")),
        .optional("by", .text, LocalizedText(
            th: "ผู้บันทึก", en: "Who recorded it")),
        .optional("note", .text, LocalizedText(
            th: "หมายเหตุ", en: "A note")),
        .optional("carried_over", .boolean, LocalizedText(
            th: "งานที่เสร็จก่อนเริ่มปีงบประมาณ (ก่อน 1 ต.ค.) แต่ยังนับเป็นผลของปีนี้",
            en: "Work finished before the fiscal year began (before 1 October) that still counts for it")),
    ])

    public static let agencyKinds: [(code: String, thai: String)] = [
        ("provincial-administrative-organisation", "องค์การบริหารส่วนจังหวัด"),
        ("city-municipality", "เทศบาลนคร"),
        ("town-municipality", "เทศบาลเมือง"),
        ("subdistrict-municipality", "เทศบาลตำบล"),
        ("subdistrict-administrative-organisation", "องค์การบริหารส่วนตำบล"),
        ("special-local-administration", "องค์กรปกครองส่วนท้องถิ่นรูปแบบพิเศษ"),
        ("government-agency", "ส่วนราชการ"),
        ("state-enterprise", "รัฐวิสาหกิจ"),
        ("other", "อื่น ๆ"),
    ]

    /// Keys written as the Thai words of the official table (`ผู้รับผิดชอบ:`
    /// for `responsible:`), for "did you mean"; the first of a word's keys
    /// that the object has is meant.
    public static let thaiKeyWords: [String: [String]] = [
        "หน่วยงาน": ["agency"], "ชื่อหน่วยงาน": ["name"], "ชื่อ": ["name", "title"], "ประเภท": ["kind"],
        "จังหวัด": ["province"], "ปีงบประมาณ": ["fiscal_year"], "ปี": ["year"], "ผลการประเมิน": ["ita"],
        "ตัวชี้วัด": ["indicators"], "คะแนน": ["score"], "คะแนนรวม": ["total"], "ระดับ": ["grade"],
        "แบบวัด": ["tool"], "ลำดับ": ["number"], "การวิเคราะห์": ["analysis"], "ข้อความ": ["text"],
        "มาตรการ": ["measures"], "รหัส": ["id"], "ชื่อมาตรการ": ["title"], "ผู้รับผิดชอบ": ["responsible"],
        "ระยะเวลา": ["timeframe"], "ระยะเวลาดำเนินการ": ["timeframe"], "กำหนดเวลา": ["schedule"],
        "ขั้นตอน": ["steps", "text"], "ขั้นตอนและวิธีการ": ["steps"], "ผลการดำเนินการ": ["results"],
        "ข้อเสนอแนะ": ["recommendations"], "ความคืบหน้า": ["progress"], "งวด": ["period"],
        "เสร็จ": ["done"], "วันที่เสร็จ": ["done"], "ร้อยละ": ["percent"], "หลักฐาน": ["evidence"],
        "ผู้บันทึก": ["by"], "โดย": ["by"], "หมายเหตุ": ["note", "notes"],
    ]

    /// The abbreviations officers write for local government kinds.
    public static let agencyKindAbbreviations: [(abbreviation: String, code: String)] = [
        ("อบจ.", "provincial-administrative-organisation"),
        ("ทน.", "city-municipality"),
        ("ทม.", "town-municipality"),
        ("ทต.", "subdistrict-municipality"),
        ("อบต.", "subdistrict-administrative-organisation"),
    ]

    public static let agency = ObjectSpec("agency", LocalizedText(
        th: "หน่วยงาน", en: "The agency"), fields: [
        .required("name", .text, LocalizedText(
            th: "ชื่อหน่วยงาน เช่น เทศบาลตำบลโพหัก",
            en: "The agency's name, e.g. เทศบาลตำบลโพหัก")),
        .optional("kind", .choice(agencyKinds.map(\.code) + agencyKinds.map(\.thai)
                                  + agencyKindAbbreviations.map(\.abbreviation)), LocalizedText(
            th: "ประเภทหน่วยงาน (รหัสภาษาอังกฤษ ชื่อภาษาไทย หรือชื่อย่อ เช่น อบต.)",
            en: "The kind of agency (English code, Thai name, or its abbreviation such as อบต.)")),
        .optional("province", .text, LocalizedText(
            th: "จังหวัด", en: "Province")),
        .optional("website", .texts, LocalizedText(
            th: "เว็บไซต์ของหน่วยงาน (ชื่อโดเมนหรือลิงก์ หนึ่งรายการหรือหลายรายการ) ลิงก์หลักฐานที่อยู่นอกเว็บไซต์เหล่านี้จะได้รับคำเตือน",
            en: "The agency's own website(s), as domain names or links; evidence links elsewhere warn")),
    ])

    public static let ita = ObjectSpec("ita", LocalizedText(
        th: "ผลการประเมิน ITA", en: "ITA result"), fields: [
        .required("year", .year, LocalizedText(
            th: "ปีที่ประเมิน (พ.ศ.) ปกติคือปีงบประมาณของแผนลบหนึ่ง",
            en: "Assessment year (Buddhist Era), normally the plan's fiscal year minus one")),
        .required("indicators", .list(.object(indicator)), LocalizedText(
            th: "คะแนนรายตัวชี้วัด", en: "Score per indicator")),
        .optional("total", .number(0...100), LocalizedText(
            th: "คะแนนรวมตามที่ประกาศ ต้องสอดคล้องกับคะแนนรายตัวชี้วัด",
            en: "The total as published; it must follow from the indicator scores")),
        .optional("grade", .text, LocalizedText(
            th: "ระดับผลการประเมินตามที่ประกาศ เช่น C หรือ ผ่าน",
            en: "The grade as published, e.g. C, or ผ่าน from 2566")),
        .optional("analysis", .list(.object(analysis)), LocalizedText(
            th: "ประเด็นที่ต้องแก้ไข/ปรับปรุง แต่ละย่อหน้าผูกกับตัวชี้วัดที่กล่าวถึง",
            en: "Issues to fix, each paragraph tied to the indicators it covers")),
    ])

    public static let indicator = ObjectSpec("indicator", LocalizedText(
        th: "ตัวชี้วัดหนึ่งตัวและคะแนน", en: "One indicator and its score"), fields: [
        .required("number", .wholeNumber(1...99), LocalizedText(
            th: "ลำดับตัวชี้วัด (1–10)", en: "Indicator number (1–10)")),
        .optional("tool", .choice(["IIT", "EIT", "OIT"]), LocalizedText(
            th: "แบบวัด: IIT ภายใน, EIT ภายนอก, OIT การเปิดเผยข้อมูล",
            en: "Tool: IIT internal, EIT external, OIT open data")),
        .optional("name", .text, LocalizedText(
            th: "ชื่อตัวชี้วัดตามที่เขียนไว้", en: "Indicator name as written")),
        .required("score", .number(0...100), LocalizedText(
            th: "คะแนน 0–100", en: "Score, 0–100")),
    ])

    public static let analysis = ObjectSpec("analysis", LocalizedText(
        th: "ย่อหน้าวิเคราะห์ผล", en: "An analysis paragraph"), fields: [
        .required("indicators", .list(.wholeNumber(1...99)), LocalizedText(
            th: "ตัวชี้วัดที่ย่อหน้านี้กล่าวถึง", en: "The indicators the paragraph covers")),
        .required("text", .text, LocalizedText(
            th: "ข้อความ", en: "The text")),
    ])

    public static let measure = ObjectSpec("measure", LocalizedText(
        th: "มาตรการ/แนวทางหนึ่งข้อ", en: "One measure"), fields: [
        .required("id", .id, LocalizedText(
            th: "รหัสมาตรการ เช่น 1", en: "Measure id, e.g. 1")),
        .required("title", .text, LocalizedText(
            th: "ชื่อมาตรการ/แนวทาง", en: "The measure's title")),
        .optional("indicators", .list(.wholeNumber(1...99)), LocalizedText(
            th: "ตัวชี้วัด ITA ที่มาตรการนี้มุ่งปรับปรุง",
            en: "The ITA indicators the measure addresses")),
        .optional("responsible", .texts, LocalizedText(
            th: "ผู้รับผิดชอบ (หน่วยงานย่อย) หนึ่งหรือหลายหน่วย",
            en: "Responsible units, one or several")),
        .optional("timeframe", .text, LocalizedText(
            th: "ระยะเวลาดำเนินการตามที่เขียนไว้ เช่น ปีงบประมาณ ๒๕๖๔",
            en: "The timeframe as written, e.g. ปีงบประมาณ ๒๕๖๔")),
        .optional("schedule", schedule, LocalizedText(
            th: "กำหนดเวลาของทุกขั้นตอนในมาตรการ ถ้าไม่ระบุจะอ่านจาก timeframe",
            en: "The schedule of every step; read from timeframe when absent")),
        .required("steps", .list(.object(step)), LocalizedText(
            th: "ขั้นตอนและวิธีการ", en: "Steps"), nonEmpty: true),
        .optional("results", .texts, LocalizedText(
            th: "ผลการดำเนินการ", en: "Results")),
        .optional("recommendations", .texts, LocalizedText(
            th: "ข้อเสนอแนะ", en: "Recommendations")),
    ])

    public static let step = ObjectSpec("step", LocalizedText(
        th: "ขั้นตอนหนึ่งขั้น", en: "One step"), fields: [
        .required("id", .id, LocalizedText(
            th: "รหัสขั้นตอน ไม่ซ้ำกันทั้งแผน เช่น 1.1 หรือ 1.10",
            en: "Step id, unique in the plan, e.g. 1.1 or 1.10")),
        .required("text", .text, LocalizedText(
            th: "ขั้นตอน/วิธีการ", en: "What the step does")),
        .optional("responsible", .texts, LocalizedText(
            th: "ผู้รับผิดชอบขั้นตอนนี้ ถ้าต่างจากของมาตรการ",
            en: "Responsible units for this step, if not the measure's")),
        .optional("timeframe", .text, LocalizedText(
            th: "ระยะเวลาของขั้นตอนนี้ตามที่เขียนไว้ ถ้าต่างจากของมาตรการ",
            en: "The step's timeframe as written, if not the measure's")),
        .optional("schedule", schedule, LocalizedText(
            th: "กำหนดเวลาของขั้นตอนนี้ เช่น monthly หรือ { every: month, grace_days: 10 }",
            en: "The step's schedule, e.g. monthly or { every: month, grace_days: 10 }")),
        .optional("progress", .list(.object(progress)), LocalizedText(
            th: "บันทึกความคืบหน้าและหลักฐาน งวดละหนึ่งรายการ",
            en: "Progress records with evidence, one per due instance")),
    ])
}
