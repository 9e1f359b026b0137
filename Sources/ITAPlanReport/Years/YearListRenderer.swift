import ITAPlanCore

/// `itaplan years`: one row per assessment year, where its model comes from
/// and how sure each fact is.
public struct YearListRenderer {
    public let language: Language

    public init(language: Language) {
        self.language = language
    }

    public func render(_ catalog: ITAYearCatalog) -> String {
        let th = language == .thai
        var table = TextTable([
            .init("ITA"), .init(th ? "ที่มา" : "from", maxWidth: 40), .init(th ? "น้ำหนัก" : "weights"),
            .init(th ? "ระดับ" : "levels"), .init(th ? "เงื่อนไข" : "conditions"), .init(th ? "เกณฑ์ผ่าน" : "pass mark"),
            .init(th ? "ข้อ OIT" : "OIT items"), .init(th ? "ช่วงส่งหลักฐาน" : "evidence window"),
        ])
        for year in catalog.years {
            guard let entry = catalog.entries[year] else { continue }
            let model = entry.model
            let weights = model.tools.map { DecimalText.trimmed($0.weight * 100) }.joined(separator: "/")
            let levels = model.scales.map { "\($0.name) \(word($0.confidence))" }.joined(separator: ", ")
            let conditions = model.conditions.isEmpty ? "—"
                : model.conditions.map { "\($0.tool)<\(DecimalText.trimmed($0.below)) \(word($0.confidence))" }
                    .joined(separator: ", ")
            let items = model.oitItems.map { "\($0.value.measures)/\($0.value.implementation) \(word($0.confidence))" }
                ?? unknown
            let window = model.evidenceWindow.map { window in
                let dates = DateText(language: language)
                let start = window.value.start.map(dates.day) ?? "?"
                return "\(start) – \(dates.day(window.value.end)) \(word(window.confidence))"
            } ?? unknown
            table.add([String(year), origin(entry.origin), "\(weights) \(word(model.toolsFact.confidence))", levels,
                       conditions, "\(DecimalText.trimmed(model.passMark)) \(word(model.passMarkFact.confidence))",
                       items, window])
        }
        let footer = th
            ? "แก้ไขหรือเพิ่มปีได้ด้วย ita-years/<ปี>.yaml ที่รากของ repository แผน (itaplan years show <ปี> --format yaml)\n"
            : "Correct or add a year with ita-years/<year>.yaml at the plan repository's root (itaplan years show <year> --format yaml)\n"
        return table.render() + footer
    }

    private var unknown: String { language == .thai ? "ไม่ทราบ" : "unknown" }

    private func word(_ confidence: Confidence) -> String {
        switch (confidence, language) {
        case (.confirmed, .thai): return "ยืนยันแล้ว"
        case (.reported, .thai): return "มีรายงาน"
        case (.assumed, .thai): return "สันนิษฐาน"
        default: return confidence.rawValue
        }
    }

    private func origin(_ origin: ITAYearCatalog.Origin) -> String {
        switch origin {
        case .bundled: return language == .thai ? "มากับ itaplan" : "bundled"
        case .repository(let path), .snapshot(let path):
            // A file name is the user's: nothing in it may move the terminal's cursor.
            return SafeText.inline(path)
        }
    }
}
