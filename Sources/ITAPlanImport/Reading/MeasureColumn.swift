import ITAPlanCore

/// The columns of the measures table.
enum MeasureColumn: Sendable, CaseIterable {
    /// A column of its own for the measure's number ("ลำดับ").
    case number
    case title, steps, responsible, timeframe, results, recommendations

    /// The column a header cell names, whatever its spacing ("ระยะเวลา ดำเนินการ").
    init?(label: String) {
        let compact = label.withoutWhitespace
        // Labels are short; a long cell is data, whatever word it starts with.
        guard compact.count <= 30 else { return nil }
        if ["ลำดับ", "ลำดับที่", "ที่", "ข้อ"].contains(compact) {
            self = .number
        } else if compact.hasPrefix("มาตรการ") || compact.hasPrefix("แนวทาง") || compact == "ชื่อมาตรการ" {
            self = .title
        } else if compact.hasPrefix("ขั้นตอน") || compact.hasPrefix("วิธีการ") {
            self = .steps
        } else if compact.contains("รับผิดชอบ") {
            self = .responsible
        } else if ["ระยะเวลา", "ช่วงเวลา", "กำหนดเวลา", "ห้วงเวลา"].contains(where: compact.hasPrefix) {
            self = .timeframe
        } else if compact.hasPrefix("ผลการดำเนิน") || compact.hasPrefix("ผลลัพธ์") || compact == "ผล" {
            self = .results
        } else if compact.hasPrefix("ข้อเสนอแนะ") {
            self = .recommendations
        } else {
            return nil
        }
    }
}
