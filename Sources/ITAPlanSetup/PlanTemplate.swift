import ITAPlanCore

/// The commented plan a new repository starts with, every field explained
/// in Thai and English. Its placeholders (`TemplatePlaceholders`) are
/// `placeholder` errors, so the hook refuses to commit it until they are
/// replaced; everything else in it is valid.
public enum PlanTemplate {
    /// The indicators come from the scoring model of the assessment year
    /// (or the latest one this build knows).
    public static func text(fiscalYear: Int, agency: String?, catalog: ITAYearCatalog) -> String {
        let year = FiscalYear(fiscalYear)
        let assessment = fiscalYear - 1
        let name = agency.map(quoted) ?? TemplatePlaceholders.agencyName
        let model = catalog.model(for: assessment) ?? catalog.years.last.flatMap(catalog.model)
        let indicators = (model?.indicators ?? []).map { indicator in
            "    - { number: \(indicator.number), tool: \(indicator.tool), name: \(indicator.nameTH), score: 0 }"
                + "   # แก้เป็นคะแนนจริง · real score"
        }.joined(separator: "\n")
        let numbers = (model?.indicators ?? []).map { String($0.number) }.joined(separator: ", ")
        // The example level is in the vocabulary of the assessment year's own
        // scale: no letter grade for a year published in levels.
        let scale = model?.scales.first
        let exampleLevel = scale.map { $0.bands[$0.bands.count / 2].level } ?? "ผ่าน"
        let levelList = scale.map { scale in
            scale.levels.joined(separator: ", ") + (scale.confidence == .confirmed ? "" : " (\(scale.confidence.rawValue))")
        } ?? ""
        return """
        # yaml-language-server: $schema=../schema/plan.schema.json
        # มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ.\(fiscalYear)
        # Integrity and transparency measures, fiscal year \(fiscalYear) (\(year.start) – \(year.end)).
        #
        # แก้ไขไฟล์นี้แล้ว commit: hook จะตรวจให้ก่อนทุกครั้ง (itaplan validate --staged)
        # Edit, then commit: the pre-commit hook checks the plan first.
        # รูปแบบไฟล์ · the format: https://github.com/itaplan/itaplan/blob/main/docs/plan-format.md
        schema: 1
        agency:
          name: \(name)                       # ชื่อหน่วยงาน · the agency's name
          # kind: subdistrict-municipality   # ประเภท เช่น เทศบาลตำบล · kind of agency
          # province: ราชบุรี                # จังหวัด · province
          # website: www.example.go.th       # เว็บไซต์ของหน่วยงาน: ลิงก์หลักฐานที่อยู่นอกเว็บนี้จะได้รับคำเตือน · the agency's site: evidence elsewhere warns
        fiscal_year: \(fiscalYear)                # ปีงบประมาณ พ.ศ. · fiscal year (Buddhist Era)

        # ผลการประเมิน ITA ที่แผนนี้ใช้เป็นฐาน (ปีงบประมาณ − 1)
        # The ITA result this plan builds on (the fiscal year minus one).
        ita:
          year: \(assessment)
          # total: 69.58                     # คะแนนรวมตามที่ประกาศ (ต้องตรงกับคะแนนรายตัวชี้วัด) · the published total
          # grade: \(exampleLevel)                         # ระดับตามที่ประกาศ · the published level: \(levelList)
          indicators:
        \(indicators)
          analysis:                          # ประเด็นที่ต้องแก้ไข/ปรับปรุง · issues to fix
            - indicators: [9, 10]
              text: ประเด็นที่ต้องแก้ไขจากผลคะแนน OIT \(TemplatePlaceholders.editMe)

        measures:
          - id: 1
            title: มาตรการในการเผยแพร่ข้อมูลต่อสาธารณะ \(TemplatePlaceholders.example)
            indicators: [\(numbers)]   # ตัวชี้วัดที่มาตรการนี้มุ่งปรับปรุง · indicators it addresses
            responsible:
              - งานประชาสัมพันธ์ สำนักปลัด
            timeframe: ปีงบประมาณ \(ThaiDigits.toThai(String(fiscalYear)))
            steps:
              - id: 1.1
                text: เผยแพร่ข้อมูลข่าวสารบนเว็บไซต์ของหน่วยงานทุกเดือน
                schedule: { every: month, grace_days: 5 }   # รายเดือน ส่งภายในวันที่ 5 ของเดือนถัดไป
                # progress:                                # บันทึกความคืบหน้า · progress records
                #   - period: \(assessment)-10
                #     done: \(assessment)-11-03
                #     evidence: https://www.example.go.th/news
                #     by: เจ้าหน้าที่งานประชาสัมพันธ์
            results: เผยแพร่ข้อมูลครบทุกเดือน
            recommendations: ตรวจสอบข้อมูลบนเว็บไซต์ให้เป็นปัจจุบัน

        """
    }

    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"") + "\""
    }
}

