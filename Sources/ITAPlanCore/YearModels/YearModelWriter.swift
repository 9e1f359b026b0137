import Foundation

/// Writes a year model in the repository format, YAML or JSON, ready to
/// copy into `ita-years/`: reading what it writes gives the same model.
public enum YearModelWriter {
    public enum Format: String, Sendable, CaseIterable {
        case yaml, json
    }

    public static func text(_ model: ScoringModel, format: Format) -> String {
        format == .yaml ? yaml(model) : json(model)
    }

    // MARK: - YAML

    public static func yaml(_ model: ScoringModel) -> String {
        var out = """
        # ITA \(model.assessmentYear): itaplan year model, format \(YearModelSchema.version) (docs/year-models.md).
        # Save as ita-years/\(model.assessmentYear).yaml at the root of the plan repository to correct it.
        # confidence: confirmed (NACC manual or reproduced results), reported (a secondary source), assumed (no source).
        format: \(YearModelSchema.version)
        assessment_year: \(model.assessmentYear)
        note: \(quoted(model.note))

        """
        out += "tools:\n" + sureness(model.toolsFact.confidence, model.toolsFact.source, indent: "  ") + "  list:\n"
        for tool in model.tools {
            out += "    - { id: \(quoted(tool.id)), weight: \(decimal(tool.weight)), name_th: \(quoted(tool.nameTH)), name_en: \(quoted(tool.nameEN)) }\n"
        }
        out += "indicators:\n" + sureness(model.indicatorsFact.confidence, model.indicatorsFact.source, indent: "  ")
            + "  list:\n"
        for indicator in model.indicators {
            out += "    - { number: \(indicator.number), tool: \(quoted(indicator.tool)), name_th: \(quoted(indicator.nameTH)), name_en: \(quoted(indicator.nameEN)) }\n"
        }
        out += "levels:\n"
        for scale in model.scales {
            out += "  - scale: \(quoted(scale.name))\n" + sureness(scale.confidence, scale.source, indent: "    ")
                + "    bands:\n"
            for band in scale.bands {
                out += "      - { level: \(quoted(band.level)), minimum: \(decimal(band.minimum)) }\n"
            }
        }
        if !model.conditions.isEmpty {
            out += "conditions:\n"
            for condition in model.conditions {
                out += "  - tool: \(quoted(condition.tool))\n    below: \(decimal(condition.below))\n"
                    + "    lowers: \(quoted(condition.lowers))\n    to: \(quoted(condition.to))\n"
                    + sureness(condition.confidence, condition.source, indent: "    ")
            }
        }
        out += "pass_mark:\n  value: \(decimal(model.passMark))\n"
            + sureness(model.passMarkFact.confidence, model.passMarkFact.source, indent: "  ")
        if let items = model.oitItems {
            out += "oit_items:\n  measures: \(quoted(items.value.measures))\n"
                + "  implementation: \(quoted(items.value.implementation))\n"
                + sureness(items.confidence, items.source, indent: "  ")
        }
        if let window = model.evidenceWindow {
            out += "evidence_window:\n"
            if let start = window.value.start { out += "  start: \(buddhistEra(start))\n" }
            out += "  end: \(buddhistEra(window.value.end))\n" + sureness(window.confidence, window.source, indent: "  ")
        }
        return out
    }

    private static func sureness(_ confidence: Confidence, _ source: String, indent: String) -> String {
        "\(indent)confidence: \(confidence.rawValue)\n\(indent)source: \(quoted(source))\n"
    }

    // MARK: - JSON

    public static func json(_ model: ScoringModel) -> String {
        func sure(_ confidence: Confidence, _ source: String) -> [(String, String)] {
            [("confidence", quoted(confidence.rawValue)), ("source", quoted(source))]
        }
        let tools = model.tools.map { tool in
            object([("id", quoted(tool.id)), ("weight", decimal(tool.weight)),
                    ("name_th", quoted(tool.nameTH)), ("name_en", quoted(tool.nameEN))], indent: 3)
        }
        let indicators = model.indicators.map { indicator in
            object([("number", String(indicator.number)), ("tool", quoted(indicator.tool)),
                    ("name_th", quoted(indicator.nameTH)), ("name_en", quoted(indicator.nameEN))], indent: 3)
        }
        let scales = model.scales.map { scale in
            object([("scale", quoted(scale.name))] + sure(scale.confidence, scale.source) + [
                ("bands", array(scale.bands.map { band in
                    object([("level", quoted(band.level)), ("minimum", decimal(band.minimum))], indent: 3)
                }, indent: 2)),
            ], indent: 2)
        }
        var members: [(String, String)] = [
            ("format", String(YearModelSchema.version)),
            ("assessment_year", String(model.assessmentYear)),
            ("note", quoted(model.note)),
            ("tools", object(sure(model.toolsFact.confidence, model.toolsFact.source)
                             + [("list", array(tools, indent: 2))], indent: 1)),
            ("indicators", object(sure(model.indicatorsFact.confidence, model.indicatorsFact.source)
                                  + [("list", array(indicators, indent: 2))], indent: 1)),
            ("levels", array(scales, indent: 1)),
        ]
        if !model.conditions.isEmpty {
            members.append(("conditions", array(model.conditions.map { condition in
                object([("tool", quoted(condition.tool)), ("below", decimal(condition.below)),
                        ("lowers", quoted(condition.lowers)), ("to", quoted(condition.to))]
                       + sure(condition.confidence, condition.source), indent: 2)
            }, indent: 1)))
        }
        members.append(("pass_mark", object([("value", decimal(model.passMark))]
                                            + sure(model.passMarkFact.confidence, model.passMarkFact.source), indent: 1)))
        if let items = model.oitItems {
            members.append(("oit_items", object([("measures", quoted(items.value.measures)),
                                                 ("implementation", quoted(items.value.implementation))]
                                                + sure(items.confidence, items.source), indent: 1)))
        }
        if let window = model.evidenceWindow {
            let start = window.value.start.map { [("start", quoted(buddhistEra($0)))] } ?? []
            members.append(("evidence_window", object(start + [("end", quoted(buddhistEra(window.value.end)))]
                                                      + sure(window.confidence, window.source), indent: 1)))
        }
        return object(members, indent: 0) + "\n"
    }

    private static func object(_ members: [(String, String)], indent: Int) -> String {
        let inner = String(repeating: "  ", count: indent + 1)
        let body = members.map { "\(inner)\(quoted($0.0)): \($0.1)" }.joined(separator: ",\n")
        return "{\n\(body)\n\(String(repeating: "  ", count: indent))}"
    }

    private static func array(_ items: [String], indent: Int) -> String {
        let inner = String(repeating: "  ", count: indent + 1)
        guard !items.isEmpty else { return "[]" }
        return "[\n" + items.map { inner + $0 }.joined(separator: ",\n") + "\n\(String(repeating: "  ", count: indent))]"
    }

    // MARK: - Scalars

    /// A double-quoted string, valid as both YAML and JSON; control
    /// characters are escaped, so nothing in a source line can break the file.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                    || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// The shortest decimal that reads back as the same Double, never in
    /// exponent form (which the number reader does not take).
    static func decimal(_ value: Double) -> String {
        var text = "\(value)"
        if text.contains("e") || text.contains("E") {
            text = String(describing: Decimal(value))
        }
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }

    static func buddhistEra(_ date: CivilDate) -> String {
        func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
        return "\(date.year + 543)-\(two(date.month))-\(two(date.day))"
    }
}
