/// Small valid plans built around one ITA result, for the tests of year
/// models: the scores, total and level are what each test is about.
public enum ResultPlans {
    /// Every IIT indicator scores `iit`, every EIT one `eit`, every OIT one `oit`.
    public static func plan(fiscalYear: Int, itaYear: Int? = nil, iit: Double, eit: Double, oit: Double,
                            total: String?, grade: String?, progress: String = "") -> String {
        let scores = (1...10).map { number -> String in
            let score = number <= 5 ? iit : number <= 8 ? eit : oit
            let tool = number <= 5 ? "IIT" : number <= 8 ? "EIT" : "OIT"
            return "    - { number: \(number), tool: \(tool), score: \(score) }"
        }.joined(separator: "\n")
        return """
        schema: 1
        agency:
          name: องค์การบริหารส่วนตำบลทดสอบ
        fiscal_year: \(fiscalYear)
        ita:
          year: \(itaYear ?? fiscalYear - 1)
        \(total.map { "  total: \($0)\n" } ?? "")\(grade.map { "  grade: \($0)\n" } ?? "")  indicators:
        \(scores)
        measures:
          - id: 1
            title: มาตรการเผยแพร่ข้อมูล
            indicators: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
            responsible: งานประชาสัมพันธ์
            steps:
              - id: 1.1
                text: เผยแพร่ข้อมูลบนเว็บไซต์
                schedule: { by: \(fiscalYear)-09-30 }
        \(progress)
        """
    }

    /// Fiscal year 2570 on ITA 2569: IIT 92, EIT 90, OIT 90.6 total 90.84, published as ผ่านดี.
    public static let fiscal2570 = plan(fiscalYear: 2570, iit: 92, eit: 90, oit: 90.6, total: "90.84", grade: "ผ่านดี")

    /// Fiscal year 2569 on ITA 2568: 94.64 with EIT 84, published as ผ่าน (lowered from ผ่านดี).
    public static func fiscal2569(grade: String = "ผ่าน") -> String {
        plan(fiscalYear: 2569, iit: 99.8, eit: 84, oit: 98.75, total: "94.64", grade: grade)
    }
}
