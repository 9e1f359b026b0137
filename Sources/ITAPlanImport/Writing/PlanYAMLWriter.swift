import ITAPlanCore

/// Writes an imported plan as a plan file (format 1, docs/plan-format.md)
/// for an officer to check and complete: comments say what the document did
/// not state and what was supplied for now. Scalars are plain unless YAML
/// needs quotes, so the file reads like one written by hand.
public struct PlanYAMLWriter: Sendable {
    /// The imported files' names, for the header comment, and where each
    /// one's row numbers are (a PDF's pages, a Word file's tables).
    public var sources: [(name: String, places: SourcePlaces)]

    /// The imported file's name, and where its row numbers are.
    public init(sourceName: String, places: SourcePlaces = SourcePlaces()) {
        sources = [(sourceName, places)]
    }

    /// Several documents imported together (an analysis page and a measures page).
    public init(sources: [(name: String, places: SourcePlaces)]) {
        self.sources = sources.isEmpty ? [("", SourcePlaces())] : sources
    }

    private var sourceName: String { sources.map(\.name).joined(separator: ", ") }

    public func write(_ plan: ImportedPlan) -> String {
        var out = Output()
        header(plan, into: &out)
        out.line("schema: \(PlanSchema.version)")
        if let title = plan.title { out.line("title: \(scalar(title))") }
        agency(plan.agency, into: &out)
        if let year = plan.fiscalYear {
            out.line("fiscal_year: \(year)")
        } else {
            out.line("fiscal_year:  # ไม่พบในเอกสาร โปรดกรอก · not in the document; fill it in")
        }
        out.line("")
        ita(plan.ita, into: &out)
        out.line("")
        measures(plan.measures, into: &out)
        if !plan.notes.isEmpty {
            out.line("")
            notes(plan.notes, into: &out)
        }
        return out.text
    }

    // MARK: - Sections

    private func header(_ plan: ImportedPlan, into out: inout Output) {
        out.line("# yaml-language-server: $schema=../schema/plan.schema.json")
        out.comment("นำเข้าจาก \(sourceName) ด้วย itaplan import · Imported from \(sourceName) by itaplan import.")
        out.comment("ตรวจทานกับเอกสารต้นฉบับก่อนใช้ · Check it against the source document before use:")
        out.comment("  - ชื่อหน่วยงาน ปีงบประมาณ และคะแนน ITA · the agency, the fiscal year and the ITA scores")
        out.comment("  - ขั้นตอน ผู้รับผิดชอบ และระยะเวลาของทุกมาตรการ · each measure's steps, responsible units and timeframe")
        out.comment("  - indicators: ของแต่ละมาตรการ เอกสารไม่ได้ระบุ โปรดกรอก · each measure's indicators:, which the document does not state")
        if plan.measures.contains(where: { $0.interimSchedule != nil }) {
            out.comment("  - schedule: ที่ใส่ไว้ชั่วคราว (มีหมายเหตุกำกับ) · the interim schedule: lines (marked below)")
        }
        if !plan.notes.isEmpty {
            out.comment("  - notes: ข้อความที่จัดเข้าช่องใดไม่ได้ · notes: source text that fitted no field")
        }
        out.comment("แล้วเพิ่ม schedule: และ progress: ตามจริง และตรวจด้วย itaplan validate · then add schedule: and progress:, and run itaplan validate.")
    }

    private func agency(_ agency: ImportedAgency, into out: inout Output) {
        out.line("agency:")
        if let name = agency.name {
            out.line("  name: \(scalar(name))")
        } else {
            out.line("  name: \"\"  # ไม่พบในเอกสาร โปรดกรอก · not in the document; fill it in")
        }
        if let kind = agency.kind { out.line("  kind: \(kind)") }
        out.comment("province: จังหวัด (ไม่มีในเอกสาร) · the province (not in the document)", indent: 2)
    }

    private func ita(_ ita: ImportedITAResult, into out: inout Output) {
        out.line("ita:")
        if let year = ita.year {
            out.line("  year: \(year)")
        } else {
            out.line("  year:  # ไม่พบในเอกสาร โปรดกรอก · not in the document; fill it in")
        }
        if let total = ita.total { out.line("  total: \(Self.number(total))") }
        if let grade = ita.grade { out.line("  grade: \(scalar(grade))") }
        if ita.indicators.isEmpty {
            out.line("  indicators: []  # ไม่พบตารางคะแนน โปรดกรอก · no score table found; fill them in")
        } else {
            out.line("  indicators:")
            for (index, indicator) in ita.indicators.enumerated() {
                // A comment above each tool's group, as a hand-written plan has.
                let startsGroup = index == 0 || ita.indicators[index - 1].tool != indicator.tool
                if startsGroup, let name = indicator.tool.flatMap({ Self.toolNames[$0] }) {
                    out.comment(name, indent: 4)
                }
                var fields = ["number: \(indicator.number)"]
                if let tool = indicator.tool { fields.append("tool: \(scalar(tool, inFlow: true))") }
                fields.append("name: \(scalar(indicator.name, inFlow: true))")
                fields.append("score: \(Self.number(indicator.score))")
                out.line("    - { " + fields.joined(separator: ", ") + " }")
            }
        }
        guard !ita.analysis.isEmpty else { return }
        out.line("  analysis:")
        for paragraph in ita.analysis {
            out.line("    - indicators: [" + paragraph.indicators.map(String.init).joined(separator: ", ") + "]")
            out.line("      text: \(scalar(paragraph.text))")
        }
    }

    private func measures(_ measures: [ImportedMeasure], into out: inout Output) {
        guard !measures.isEmpty else {
            out.line("measures: []  # ไม่พบตารางมาตรการ โปรดกรอก · no measures table found; fill them in")
            return
        }
        out.line("measures:")
        for measure in measures {
            out.line("  - id: \(Self.id(measure.id))")
            out.line("    title: \(scalar(measure.title))")
            out.line("    indicators: []  # โปรดกรอกตัวชี้วัดที่มาตรการนี้มุ่งปรับปรุง · fill in the indicators it addresses")
            texts("responsible", measure.responsible, alwaysList: true, indent: 4, into: &out)
            if let timeframe = measure.timeframe { out.line("    timeframe: \(scalar(timeframe))") }
            if let reason = measure.interimSchedule {
                for language in [Language.thai, .english] {
                    out.comment(Self.interimNote(reason, language: language), indent: 4)
                }
                out.line("    schedule: fiscal-year")
            }
            if measure.steps.isEmpty {
                out.line("    steps: []  # ไม่พบขั้นตอนในเอกสาร โปรดกรอก · no steps in the document; fill them in")
            } else {
                out.line("    steps:")
                for step in measure.steps {
                    out.line("      - id: \(Self.id(step.id))")
                    out.line("        text: \(scalar(step.text))")
                }
            }
            texts("results", measure.results, alwaysList: false, indent: 4, into: &out)
            texts("recommendations", measure.recommendations, alwaysList: false, indent: 4, into: &out)
        }
    }

    private func notes(_ notes: [ImportedNote], into out: inout Output) {
        out.comment("ข้อความจากต้นฉบับที่จัดเข้าช่องใดไม่ได้ ย้ายไปไว้ในที่ที่ถูกต้องหรือลบออก · source text that fitted no field: move it where it belongs, or delete it")
        out.line("notes:")
        for note in notes {
            let source = sources[min(max(note.source, 0), sources.count - 1)]
            let place = source.places[note.line]
            out.comment("\(place.text(in: .thai)) ของ \(source.name) · \(place.text(in: .english)) of \(source.name)", indent: 2)
            out.line("  - \(scalar(note.text))")
        }
    }

    /// A text alone, or a list when there are several (or `alwaysList`).
    private func texts(_ key: String, _ values: [String], alwaysList: Bool, indent: Int, into out: inout Output) {
        let pad = String(repeating: " ", count: indent)
        guard !values.isEmpty else { return }
        if values.count == 1, !alwaysList {
            out.line("\(pad)\(key): \(scalar(values[0]))")
            return
        }
        out.line("\(pad)\(key):")
        for value in values { out.line("\(pad)  - \(scalar(value))") }
    }

    // MARK: - Values

    private func scalar(_ text: String, inFlow: Bool = false) -> String {
        YAMLScalarWriter.scalar(text, inFlow: inFlow)
    }

    /// Ids like 1, 3.2 and 1.10 are written plain: the plan format reads
    /// ids as text, so 1.10 stays "1.10".
    static func id(_ text: String) -> String {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let isDotted = !parts.isEmpty && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
        return isDotted ? text : YAMLScalarWriter.scalar(text)
    }

    /// Two decimals as scores are published (83.00), more only when needed.
    static func number(_ value: Double) -> String {
        let published = DecimalText.format(value, places: 2)
        return Double(published) == value ? published : DecimalText.trimmed(value, maxPlaces: 4)
    }

    static let toolNames = [
        "IIT": "IIT · แบบวัดการรับรู้ของผู้มีส่วนได้เสียภายใน",
        "EIT": "EIT · แบบวัดการรับรู้ของผู้มีส่วนได้เสียภายนอก",
        "OIT": "OIT · แบบวัดการเปิดเผยข้อมูล",
    ]

    static func interimNote(_ reason: InterimScheduleReason, language: Language) -> String {
        let why = ImportMessage.reason(reason, language: language)
        return language.pick(
            th: "ชั่วคราว: \(why) ให้ระบุ schedule: ของแต่ละขั้นตอน แล้วลบบรรทัด schedule: ด้านล่างนี้",
            en: "Interim: \(why); give each step its own schedule:, then delete the schedule: line below")
    }
}

/// Lines of YAML being written.
private struct Output {
    var text = ""

    mutating func line(_ line: String) {
        text += line + "\n"
    }

    /// A comment line; line breaks and controls in `words` (a file name, say) become spaces.
    mutating func comment(_ words: String, indent: Int = 0) {
        var clean = String.UnicodeScalarView()
        for scalar in words.unicodeScalars {
            clean.append(YAMLScalarWriter.isPrintable(scalar) ? scalar : " ")
        }
        line(String(repeating: " ", count: indent) + "# " + String(clean))
    }
}
