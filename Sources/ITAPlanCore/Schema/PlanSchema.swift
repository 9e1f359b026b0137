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
            en: "The measures")),
        .optional("notes", .texts, LocalizedText(
            th: "หมายเหตุ เช่น ข้อความจากเอกสารต้นฉบับที่ไม่ได้จัดเข้าช่องใด",
            en: "Notes, such as source text that fitted no other field")),
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

    public static let agency = ObjectSpec("agency", LocalizedText(
        th: "หน่วยงาน", en: "The agency"), fields: [
        .required("name", .text, LocalizedText(
            th: "ชื่อหน่วยงาน เช่น เทศบาลตำบลโพหัก",
            en: "The agency's name, e.g. เทศบาลตำบลโพหัก")),
        .optional("kind", .choice(agencyKinds.map(\.code) + agencyKinds.map(\.thai)), LocalizedText(
            th: "ประเภทหน่วยงาน (รหัสภาษาอังกฤษหรือชื่อภาษาไทย)",
            en: "The kind of agency (English code or Thai name)")),
        .optional("province", .text, LocalizedText(
            th: "จังหวัด", en: "Province")),
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
        .required("steps", .list(.object(step)), LocalizedText(
            th: "ขั้นตอนและวิธีการ", en: "Steps")),
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
    ])
}
