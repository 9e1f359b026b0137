/// The format of a year model file (`ita-years/<year>.yaml`, and the
/// bundled `Resources/ita-years/<year>.json`), declared once like the plan
/// format, so unknown and missing keys are found with a suggestion.
public enum YearModelSchema {
    /// The format version this build reads and writes.
    public static let version = 1

    static let confidenceWords = Confidence.allCases.map(\.rawValue)

    private static func t(_ th: String, _ en: String) -> LocalizedText { LocalizedText(th: th, en: en) }

    private static let sureness: [FieldSpec] = [
        .required("confidence", .choice(confidenceWords), t("ความแน่นอน: confirmed, reported หรือ assumed",
                                                            "How sure: confirmed, reported or assumed")),
        .required("source", .text, t("แหล่งที่มา", "Where it comes from")),
    ]

    static let tool = ObjectSpec("tool", t("แบบวัด", "A tool"), fields: [
        .required("id", .text, t("รหัสแบบวัด เช่น IIT", "The tool's id, e.g. IIT")),
        .required("weight", .number(0...1), t("น้ำหนัก 0–1", "Its weight, 0–1")),
        .required("name_th", .text, t("ชื่อภาษาไทย", "Thai name")),
        .required("name_en", .text, t("ชื่อภาษาอังกฤษ", "English name")),
    ])

    static let tools = ObjectSpec("tools", t("แบบวัดและน้ำหนัก", "Tools and weights"),
                                  fields: sureness + [.required("list", .list(.object(tool)), t("แบบวัด", "The tools"))])

    static let indicator = ObjectSpec("indicator", t("ตัวชี้วัด", "An indicator"), fields: [
        .required("number", .wholeNumber(1...99), t("ลำดับตัวชี้วัด", "Its number")),
        .required("tool", .text, t("แบบวัดที่ตัวชี้วัดสังกัด", "The tool it belongs to")),
        .required("name_th", .text, t("ชื่อภาษาไทย", "Thai name")),
        .required("name_en", .text, t("ชื่อภาษาอังกฤษ", "English name")),
    ])

    static let indicators = ObjectSpec("indicators", t("ตัวชี้วัด", "Indicators"),
                                       fields: sureness + [.required("list", .list(.object(indicator)), t("ตัวชี้วัด", "The indicators"))])

    static let band = ObjectSpec("band", t("ระดับและคะแนนต่ำสุด", "A level and its lowest total"), fields: [
        .required("level", .text, t("ระดับ เช่น AA หรือ ผ่านดี", "The level, e.g. AA or ผ่านดี")),
        .required("minimum", .number(0...100), t("คะแนนรวมต่ำสุดของระดับ", "The lowest total that reaches it")),
    ])

    static let scale = ObjectSpec("scale", t("ชุดระดับผลการประเมิน", "A scale of levels"), fields: [
        .required("scale", .text, t("ชื่อชุด: letters หรือ levels", "Its name: letters or levels")),
    ] + sureness + [
        .required("bands", .list(.object(band)), t("ระดับ เรียงจากสูงไปต่ำ", "Its bands, highest first")),
    ])

    static let condition = ObjectSpec("condition", t("เงื่อนไขที่ลดระดับ", "A rule that lowers a level"), fields: [
        .required("tool", .text, t("แบบวัด", "The tool")),
        .required("below", .number(0...100), t("ถ้าคะแนนแบบวัดต่ำกว่านี้", "When its score is below this")),
        .required("lowers", .text, t("ระดับที่ถูกลด", "The level it lowers")),
        .required("to", .text, t("ระดับที่ได้แทน", "The level given instead")),
    ] + sureness)

    static let passMark = ObjectSpec("pass_mark", t("เกณฑ์ผ่าน", "The pass mark"), fields: [
        .required("value", .number(0...100), t("คะแนน", "The mark")),
    ] + sureness)

    static let oitItems = ObjectSpec("oit_items", t("ข้อ OIT ของมาตรการ", "The OIT items of the measures"), fields: [
        .required("measures", .text, t("ข้อของมาตรการ เช่น O42", "The measures' item, e.g. O42")),
        .required("implementation", .text, t("ข้อของการดำเนินการตามมาตรการ เช่น O43", "Their implementation's item, e.g. O43")),
    ] + sureness)

    static let evidenceWindow = ObjectSpec("evidence_window", t("ช่วงส่งหลักฐาน OIT", "The OIT evidence window"), fields: [
        .optional("start", .date, t("วันเริ่ม (ถ้าทราบ)", "First day, when known")),
        .required("end", .date, t("วันสุดท้าย", "Last day")),
    ] + sureness)

    public static let model = ObjectSpec("year model", t("เกณฑ์การประเมิน ITA หนึ่งปี", "One ITA year's model"), fields: [
        .required("format", .wholeNumber(1...1_000), t("รุ่นของรูปแบบไฟล์", "The file format's version")),
        .required("assessment_year", .year, t("ปีการประเมิน พ.ศ.", "The assessment year, BE")),
        .required("note", .text, t("สรุปว่าแน่ใจแค่ไหน", "How sure the model is, in a sentence")),
        .required("tools", .object(tools), t("แบบวัดและน้ำหนัก", "Tools and weights")),
        .required("indicators", .object(indicators), t("ตัวชี้วัด", "Indicators")),
        .required("levels", .list(.object(scale)), t("ชุดระดับ ชุดแรกคือของปีนั้น", "Scales of levels, the year's own first")),
        .optional("conditions", .list(.object(condition)), t("เงื่อนไขที่ลดระดับ", "Rules that lower a level")),
        .required("pass_mark", .object(passMark), t("เกณฑ์ผ่าน", "The pass mark")),
        .optional("oit_items", .object(oitItems), t("ข้อ OIT ของมาตรการ (ถ้าทราบ)", "The measures' OIT items, when known")),
        .optional("evidence_window", .object(evidenceWindow), t("ช่วงส่งหลักฐาน OIT (ถ้าทราบ)", "The OIT evidence window, when known")),
    ])
}
