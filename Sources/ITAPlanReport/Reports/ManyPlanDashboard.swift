import ITAPlanCore

/// The HTML dashboard of a provincial or national repository: an overview
/// of every plan (agency, completion, overdue, the computed ITA level, a
/// link to its section) with filters by province, kind and status, then
/// each plan's section. Sections are rendered on every core as plans are
/// checked (`section`), kept in order by an `Assembler` that holds only
/// each plan's overview row, and written out as they come; the overview is
/// written once all rows are known. Sections leave out the per-plan
/// charts, which at this scale would be most of the page and of the time.
public struct ManyPlanDashboard: Sendable {
    /// From how many plan files `report --format html` writes this dashboard.
    public static let threshold = 21

    let builder: ReportContextBuilder
    let catalog: ITAYearCatalog
    let sectionTemplate: ReportRenderer.Parsed

    public init(language: Language, thaiDigits: Bool, catalog: ITAYearCatalog) throws {
        builder = ReportContextBuilder(language: language, thaiDigits: thaiDigits, catalog: catalog)
        self.catalog = catalog
        sectionTemplate = try ReportRenderer.Parsed(.planSection)
    }

    private var th: Bool { builder.language == .thai }
    private var dates: DateText { builder.wording.dates }

    /// What the overview keeps of a plan.
    public struct Summary: Sendable {
        let agency: String
        let province: String
        let kind: String
        let completion: Completion
        let level: String?
    }

    /// A section is rendered before its place is known: these stand for its
    /// anchor and filter classes until the assembler puts them in. A raw `<`
    /// can come only from a template, never from plan text (escaped).
    static let anchorToken = "<itaplan:anchor>"
    static let classesToken = "<itaplan:classes>"

    /// A plan's overview row data and its section; safe to call on any core.
    public func render(_ status: PlanStatus) -> (summary: Summary, section: String) {
        let plan = status.plan
        let summary = Summary(agency: plan.agency.name.value, province: plan.agency.province?.value ?? "",
                              kind: plan.agency.kind?.value ?? "", completion: status.completion,
                              level: ComputedITALevel.level(of: plan, catalog: catalog))
        let context = PlanSection(anchor: Self.anchorToken, classes: Self.classesToken, labels: builder.labels,
                                  plan: builder.planReport(status, charts: false))
        return (summary, sectionTemplate.render(context))
    }

    /// Puts sections in order and remembers the overview rows.
    public final class Assembler {
        let dashboard: ManyPlanDashboard
        private var summaries: [Summary] = []
        private var provinces: [String: Int] = [:]
        private var kinds: [String: Int] = [:]

        public init(_ dashboard: ManyPlanDashboard) {
            self.dashboard = dashboard
        }

        /// The next plan's section, with its anchor and classes in place.
        public func add(_ summary: Summary, section: String) -> String {
            summaries.append(summary)
            let province = provinces[summary.province] ?? { provinces[summary.province] = provinces.count; return provinces.count - 1 }()
            let kind = kinds[summary.kind] ?? { kinds[summary.kind] = kinds.count; return kinds.count - 1 }()
            let classes = "pv-\(province) kd-\(kind) st-\(ManyPlanDashboard.state(summary.completion))"
            return section.replacingOccurrences(of: ManyPlanDashboard.anchorToken, with: "plan-\(summaries.count)")
                .replacingOccurrences(of: ManyPlanDashboard.classesToken, with: classes)
        }

        /// The page up to the sections, and after them.
        public func frame(asOf: CivilDate) throws -> (head: String, tail: String) {
            let page = try ReportRenderer().render(dashboard.overview(summaries, provinces: provinces, kinds: kinds, asOf: asOf),
                                                   layout: .overview)
            let parts = page.components(separatedBy: "<!-- itaplan:sections -->")
            return (parts[0], parts.dropFirst().joined())
        }
    }

    /// The whole page for statuses at hand, piece by piece (the overview first).
    public func write(_ statuses: [PlanStatus], asOf: CivilDate, to write: (String) throws -> Void) throws {
        let assembler = Assembler(self)
        let sections = statuses.map { status in
            let rendered = render(status)
            return assembler.add(rendered.summary, section: rendered.section)
        }
        let frame = try assembler.frame(asOf: asOf)
        try write(frame.head)
        for section in sections { try write(section) }
        try write(frame.tail)
    }

    /// 0: has overdue items; 1: has items due soon; 2: on track.
    static func state(_ completion: Completion) -> Int {
        completion.overdue > 0 ? 0 : completion.dueSoon > 0 ? 1 : 2
    }

    func overview(_ summaries: [Summary], provinces: [String: Int], kinds: [String: Int], asOf: CivilDate) -> OverviewContext {
        let statusNames = th ? ["เกินกำหนด", "ใกล้ถึงกำหนด", "ตามกำหนด"] : ["Overdue", "Due soon", "On track"]
        let none = th ? "(ไม่ระบุ)" : "(not given)"
        var totals = Completion()
        let rows = summaries.enumerated().map { index, summary in
            let c = summary.completion
            totals = totals + c
            let state = Self.state(c)
            return OverviewRow(
                anchor: "plan-\(index + 1)", agency: summary.agency,
                province: summary.province.isEmpty ? none : summary.province,
                kind: summary.kind.isEmpty ? none : kindName(summary.kind),
                doneOfDue: builder.wording.ofDue(c),
                percentOfDue: c.ratioOfDue.map { Int(($0 * 100).rounded()) } ?? 0,
                overdue: dates.number(c.overdue), level: summary.level ?? "—", status: statusNames[state],
                classes: "pv-\(provinces[summary.province] ?? 0) kd-\(kinds[summary.kind] ?? 0) st-\(state)")
        }
        // Choices listed by name; their ids are the numbers rows were given.
        func choices(_ values: [String: Int], prefix: String, name: (String) -> String) -> [FilterChoice] {
            values.map { (label: $0.key.isEmpty ? none : name($0.key), id: "\(prefix)-\($0.value)") }
                .sorted { $0.label < $1.label }.map { FilterChoice(id: $0.id, name: $0.label) }
        }
        return OverviewContext(
            language: builder.language.rawValue, tool: "itaplan \(ITAPlanVersion.current)", asOfText: dates.day(asOf),
            labels: builder.labels,
            overview: OverviewLabels(
                title: th ? "ภาพรวม \(dates.number(summaries.count)) แผน" : "Overview of \(dates.number(summaries.count)) plans",
                agency: th ? "หน่วยงาน" : "Agency", province: th ? "จังหวัด" : "Province",
                kind: th ? "ประเภท" : "Kind", status: th ? "สถานะ" : "Status",
                level: th ? "ระดับ ITA (คำนวณ)" : "ITA level (computed)", all: th ? "ทั้งหมด" : "All",
                filters: th ? "กรองตาม" : "Filter by", plans: th ? "แผน" : "plans"),
            rows: rows,
            provinces: choices(provinces, prefix: "pv", name: { $0 }),
            kinds: choices(kinds, prefix: "kd", name: kindName),
            statuses: statusNames.enumerated().map { FilterChoice(id: "st-\($0.offset)", name: $0.element) },
            filterStyle: Self.filterStyle(groups: [("pv", provinces.count), ("kd", kinds.count), ("st", statusNames.count)]),
            totals: builder.wording.overview(totals))
    }

    private func kindName(_ code: String) -> String {
        guard th else { return code }
        return PlanSchema.agencyKinds.first { $0.code == code }?.thai ?? code
    }

    /// With filter radio `#pv-3` checked, rows and sections without class
    /// `pv-3` are hidden, and so on for each group; groups combine.
    /// Selectors are built from numbers only, never from plan text.
    public static func filterStyle(groups: [(prefix: String, count: Int)]) -> String {
        var css = ""
        for (prefix, count) in groups {
            for index in 0..<count {
                css += "body:has(#\(prefix)-\(index):checked) tr.plan-row:not(.\(prefix)-\(index)),"
                css += "body:has(#\(prefix)-\(index):checked) section.plan:not(.\(prefix)-\(index)) { display: none; }\n"
            }
        }
        return css
    }
}

/// The ITA level the overview shows for a plan: today the grade of the
/// total computed from the indicator scores by the assessment year's model.
/// The one place to change when the model computes a level of its own.
enum ComputedITALevel {
    static func level(of plan: Plan, catalog: ITAYearCatalog) -> String? {
        guard let model = catalog.model(for: plan.ita.year.value) else { return nil }
        let scores = Dictionary(plan.ita.indicators.map { ($0.number.value, $0.score.value) },
                                uniquingKeysWith: { first, _ in first })
        guard let computation = ScoreComputation(model: model, scores: scores) else { return nil }
        return model.grade(for: computation.total)
    }
}
