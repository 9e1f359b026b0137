import ITAPlanCore
import ITAPlanImport

/// A progress record's keys and values as YAML text, in the order they
/// will be written. Dates are written as the plan format's own examples
/// write them (Buddhist Era, `2564-03-20`); text is plain where YAML reads
/// it back unchanged, else double-quoted.
struct RecordFields: Sendable {
    /// Key and value text; the value is rendered for block or flow context.
    struct Field: Sendable {
        let key: String
        let block: String
        let flow: String
    }

    static let canonicalOrder = ["period", "done", "percent", "evidence", "by", "note"]

    let fields: [Field]

    /// `order` is the key order of the record written before this one, so
    /// that a new record looks like its neighbours.
    init(_ entry: ProgressEntry, period: String?, order: [String]) {
        var values: [String: (block: String, flow: String)] = [:]
        if let period { values["period"] = (Self.period(period, inFlow: false), Self.period(period, inFlow: true)) }
        if let done = entry.done {
            let text = Self.buddhistDate(done)
            values["done"] = (text, text)
        }
        if let percent = entry.percent {
            let text = DecimalText.trimmed(percent)
            values["percent"] = (text, text)
        }
        if entry.evidence.count == 1 {
            values["evidence"] = (Self.scalar(entry.evidence[0], inFlow: false), Self.scalar(entry.evidence[0], inFlow: true))
        } else if entry.evidence.count > 1 {
            let list = "[" + entry.evidence.map { Self.scalar($0, inFlow: true) }.joined(separator: ", ") + "]"
            values["evidence"] = (list, list)
        }
        if let by = entry.by { values["by"] = (Self.scalar(by, inFlow: false), Self.scalar(by, inFlow: true)) }
        if let note = entry.note { values["note"] = (Self.scalar(note, inFlow: false), Self.scalar(note, inFlow: true)) }
        let keys = order.filter(Self.canonicalOrder.contains) + Self.canonicalOrder.filter { !order.contains($0) }
        fields = keys.compactMap { key in values[key].map { Field(key: key, block: $0.block, flow: $0.flow) } }
    }

    /// `2564-03-20`: the day with its Buddhist Era year, as plans write it.
    static func buddhistDate(_ date: CivilDate) -> String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(date.buddhistYear)-\(two(date.month))-\(two(date.day))"
    }

    /// Periods (`2564-02`, `Q2`, `FY`) stay plain, as in the plan format's
    /// examples: plan values are read untyped, so YAML 1.1's reading of
    /// `2564-02` as a number never applies. Anything else is free text.
    static func period(_ text: String, inFlow: Bool) -> String {
        let simple = ThaiDigits.toArabic(text).unicodeScalars.allSatisfy { scalar in
            (scalar.value >= 0x30 && scalar.value <= 0x39) || scalar == "-"
                || (scalar.value >= 0x41 && scalar.value <= 0x5A)
        }
        if simple, let first = text.unicodeScalars.first, first != "-", !["Y", "N"].contains(text) { return text }
        return scalar(text, inFlow: inFlow)
    }

    /// Free text: plain when every YAML reader reads it back unchanged, else double-quoted.
    static func scalar(_ text: String, inFlow: Bool) -> String {
        YAMLScalarWriter.scalar(text, inFlow: inFlow)
    }
}
