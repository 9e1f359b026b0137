import ITAPlanYAML

/// Turns a year model file's YAML tree into a `ScoringModel`, reporting
/// every problem at its location, as plans are decoded. Nil when anything
/// is wrong: a model half read would check plans against numbers nobody wrote.
struct YearModelDecoder {
    let sink: FindingSink
    /// The year the file's name gives, which the model must state.
    let fileYear: Int?

    func decode(_ root: YAMLNode) -> ScoringModel? {
        let before = sink.findings.count
        guard let object = ObjectReader(root, spec: YearModelSchema.model, key: "year model", sink: sink) else { return nil }
        guard let format = object.value("format").flatMap({ sink.wholeNumber($0, key: "format", range: 1...1_000) }) else {
            return nil
        }
        guard format.value <= YearModelSchema.version else {
            sink.add(.yearModel, at: format.location,
                     .schemaTooNew(found: format.value, supported: YearModelSchema.version))
            return nil
        }
        let year = object.value("assessment_year").flatMap { sink.year($0, key: "assessment_year") }
        if let year, let fileYear, year.value != fileYear {
            sink.add(.yearModel, at: year.location, .yearModelYearMismatch(stated: year.value, fileYear: fileYear))
        }
        let note = object.value("note").flatMap { text($0, key: "note") }
        let tools = object.value("tools").flatMap { fact($0, key: "tools", spec: YearModelSchema.tools, read: readTools) }
        let toolIDs = tools?.value.map(\.id) ?? []
        let indicators = object.value("indicators").flatMap {
            fact($0, key: "indicators", spec: YearModelSchema.indicators) { readIndicators($0, tools: toolIDs) }
        }
        let scaleNodes = object.value("levels").flatMap { sink.list($0, key: "levels") }
        if let scaleNodes, scaleNodes.isEmpty, let node = object.value("levels") {
            sink.add(.emptyValue, at: node.location, .emptyValue(key: "levels"))
        }
        let scales = scaleNodes.map { $0.compactMap(scale) }
        let levels = (scales ?? []).map(\.levels)
        let conditions = object.value("conditions").flatMap { node in
            sink.list(node, key: "conditions").map { $0.compactMap { condition($0, tools: toolIDs, scales: levels) } }
        } ?? []
        let passMark = object.value("pass_mark").flatMap { node -> Fact<Double>? in
            guard let reader = ObjectReader(node, spec: YearModelSchema.passMark, key: "pass_mark", sink: sink) else { return nil }
            defer { reader.finish() }
            let value = reader.value("value").flatMap { number($0, key: "value", range: 0...100) }
            return sureness(reader).flatMap { sure in value.map { Fact($0, sure.confidence, source: sure.source) } }
        }
        let items = object.value("oit_items").flatMap { node -> Fact<ScoringModel.OITItems>? in
            guard let reader = ObjectReader(node, spec: YearModelSchema.oitItems, key: "oit_items", sink: sink) else { return nil }
            defer { reader.finish() }
            let measures = reader.value("measures").flatMap { text($0, key: "measures") }
            let implementation = reader.value("implementation").flatMap { text($0, key: "implementation") }
            guard let sure = sureness(reader), let measures, let implementation else { return nil }
            return Fact(ScoringModel.OITItems(measures: measures.value, implementation: implementation.value),
                        sure.confidence, source: sure.source)
        }
        let window = object.value("evidence_window").flatMap(evidenceWindow)
        object.finish()
        guard sink.findings.count == before, let year, let note, let tools, let indicators, let scales, let passMark
        else { return nil }
        return ScoringModel(assessmentYear: year.value, note: note.value, tools: tools, indicators: indicators,
                            scales: scales, conditions: conditions, passMark: passMark, oitItems: items,
                            evidenceWindow: window)
    }

    // MARK: - Facts

    /// Text, without control characters: level and tool names end up in
    /// every status line and message, where an escape sequence would move
    /// the terminal's cursor.
    private func text(_ node: YAMLNode, key: String) -> Located<String>? {
        guard let text = sink.text(node, key: key) else { return nil }
        if text.value.unicodeScalars.contains(where: SafeText.isUnsafe) {
            sink.add(.yearModel, at: node.location, .yearModelControlCharacters(key: key))
            return nil
        }
        return text
    }

    private func sureness(_ reader: ObjectReader) -> (confidence: Confidence, source: String)? {
        let confidence = reader.value("confidence").flatMap {
            sink.choice($0, key: "confidence", allowed: YearModelSchema.confidenceWords)
        }.flatMap { Confidence(rawValue: $0.value) }
        let source = reader.value("source").flatMap { text($0, key: "source") }
        guard let confidence, let source else { return nil }
        return (confidence, source.value)
    }

    private func fact<Value>(_ node: YAMLNode, key: String, spec: ObjectSpec,
                             read: ([YAMLNode]) -> Value?) -> Fact<Value>? {
        guard let reader = ObjectReader(node, spec: spec, key: key, sink: sink) else { return nil }
        defer { reader.finish() }
        let sure = sureness(reader)
        let value = reader.value("list").flatMap { sink.list($0, key: "list") }.flatMap(read)
        guard let sure, let value else { return nil }
        return Fact(value, sure.confidence, source: sure.source)
    }

    private func number(_ node: YAMLNode, key: String, range: ClosedRange<Double>) -> Double? {
        guard let value = sink.number(node, key: key) else { return nil }
        guard range.contains(value.value) else {
            sink.add(.invalidValue, at: node.location, .outOfRange(
                key: key, value: DecimalText.trimmed(value.value),
                lowest: DecimalText.trimmed(range.lowerBound), highest: DecimalText.trimmed(range.upperBound)))
            return nil
        }
        return value.value
    }

    private func readTools(_ nodes: [YAMLNode]) -> [ScoringModel.Tool]? {
        var seen: [String: SourceLocation] = [:]
        let tools = nodes.compactMap { node -> Located<ScoringModel.Tool>? in
            guard let reader = ObjectReader(node, spec: YearModelSchema.tool, key: "tool", sink: sink) else { return nil }
            defer { reader.finish() }
            let id = reader.value("id").flatMap { text($0, key: "id") }
            let weight = reader.value("weight").flatMap { number($0, key: "weight", range: 0...1) }
            let nameTH = reader.value("name_th").flatMap { text($0, key: "name_th") }
            let nameEN = reader.value("name_en").flatMap { text($0, key: "name_en") }
            guard let id, let weight, let nameTH, let nameEN else { return nil }
            if let first = seen[id.value] {
                sink.add(.yearModel, at: id.location, .yearModelDuplicate(id.value),
                         notes: [Finding.Note(.firstDefinedHere, at: first)])
            }
            seen[id.value] = seen[id.value] ?? id.location
            return Located(ScoringModel.Tool(id: id.value, weight: weight, nameTH: nameTH.value, nameEN: nameEN.value),
                           at: node.location)
        }
        guard tools.count == nodes.count else { return nil }
        let sum = tools.reduce(0) { $0 + $1.value.weight }
        if let first = nodes.first, abs(sum - 1) > 1e-6 {
            sink.add(.yearModel, at: first.location, .yearModelWeightsSum(sum))
        }
        return tools.map(\.value)
    }

    private func readIndicators(_ nodes: [YAMLNode], tools: [String]) -> [ScoringModel.Indicator]? {
        var seen: [Int: SourceLocation] = [:]
        let indicators = nodes.compactMap { node -> ScoringModel.Indicator? in
            guard let reader = ObjectReader(node, spec: YearModelSchema.indicator, key: "indicator", sink: sink) else {
                return nil
            }
            defer { reader.finish() }
            let number = reader.value("number").flatMap { sink.wholeNumber($0, key: "number", range: 1...99) }
            let tool = reader.value("tool").flatMap { text($0, key: "tool") }
            let nameTH = reader.value("name_th").flatMap { text($0, key: "name_th") }
            let nameEN = reader.value("name_en").flatMap { text($0, key: "name_en") }
            guard let number, let tool, let nameTH, let nameEN else { return nil }
            if let first = seen[number.value] {
                sink.add(.yearModel, at: number.location, .yearModelDuplicate(String(number.value)),
                         notes: [Finding.Note(.firstDefinedHere, at: first)])
            }
            seen[number.value] = seen[number.value] ?? number.location
            if !tools.isEmpty, !tools.contains(tool.value) {
                sink.add(.yearModel, at: tool.location, .yearModelUnknownName(tool.value, known: tools))
            }
            return ScoringModel.Indicator(number: number.value, tool: tool.value, nameTH: nameTH.value, nameEN: nameEN.value)
        }
        return indicators.count == nodes.count ? indicators : nil
    }

    private func scale(_ node: YAMLNode) -> ScoringModel.Scale? {
        guard let reader = ObjectReader(node, spec: YearModelSchema.scale, key: "scale", sink: sink) else { return nil }
        defer { reader.finish() }
        let name = reader.value("scale").flatMap { text($0, key: "scale") }
        let sure = sureness(reader)
        guard let bandNodes = reader.value("bands").flatMap({ sink.list($0, key: "bands") }) else { return nil }
        var previous: Double?
        var levels: [String: SourceLocation] = [:]
        let bands = bandNodes.compactMap { node -> ScoringModel.Band? in
            guard let band = ObjectReader(node, spec: YearModelSchema.band, key: "band", sink: sink) else { return nil }
            defer { band.finish() }
            let level = band.value("level").flatMap { text($0, key: "level") }
            let minimumNode = band.value("minimum")
            let minimum = minimumNode.flatMap { number($0, key: "minimum", range: 0...100) }
            guard let level, let minimum, let minimumNode else { return nil }
            if let first = levels[level.value] {
                sink.add(.yearModel, at: level.location, .yearModelDuplicate(level.value),
                         notes: [Finding.Note(.firstDefinedHere, at: first)])
            }
            levels[level.value] = levels[level.value] ?? level.location
            // Highest first, so a reader sees the scale as it is published.
            if let previous, minimum >= previous {
                sink.add(.yearModel, at: minimumNode.location, .yearModelBandOrder(minimum: minimum, previous: previous))
            }
            previous = minimum
            return ScoringModel.Band(level: level.value, minimum: minimum)
        }
        guard let name, let sure, bands.count == bandNodes.count else { return nil }
        if bands.isEmpty {
            sink.add(.emptyValue, at: node.location, .emptyValue(key: "bands"))
            return nil
        }
        return ScoringModel.Scale(name: name.value, bands: bands, confidence: sure.confidence, source: sure.source)
    }

    private func condition(_ node: YAMLNode, tools: [String], scales: [[String]]) -> ScoringModel.Condition? {
        guard let reader = ObjectReader(node, spec: YearModelSchema.condition, key: "condition", sink: sink) else { return nil }
        defer { reader.finish() }
        let tool = reader.value("tool").flatMap { text($0, key: "tool") }
        let below = reader.value("below").flatMap { number($0, key: "below", range: 0...100) }
        let lowers = reader.value("lowers").flatMap { text($0, key: "lowers") }
        let to = reader.value("to").flatMap { text($0, key: "to") }
        let sure = sureness(reader)
        guard let tool, let below, let lowers, let to, let sure else { return nil }
        if !tools.isEmpty, !tools.contains(tool.value) {
            sink.add(.yearModel, at: tool.location, .yearModelUnknownName(tool.value, known: tools))
        }
        // Both levels belong to one scale: a rule cannot turn a letter into a level.
        let all = scales.flatMap { $0 }
        for level in [lowers, to] where !all.isEmpty && !all.contains(level.value) {
            sink.add(.yearModel, at: level.location, .yearModelUnknownName(level.value, known: all))
        }
        return ScoringModel.Condition(tool: tool.value, below: below, lowers: lowers.value, to: to.value,
                                      confidence: sure.confidence, source: sure.source)
    }

    private func evidenceWindow(_ node: YAMLNode) -> Fact<ScoringModel.EvidenceSpan>? {
        guard let reader = ObjectReader(node, spec: YearModelSchema.evidenceWindow, key: "evidence_window", sink: sink)
        else { return nil }
        defer { reader.finish() }
        let startNode = reader.value("start")
        let start = startNode.flatMap { sink.date($0, key: "start") }
        let end = reader.value("end").flatMap { sink.date($0, key: "end") }
        let sure = sureness(reader)
        guard let end, let sure, startNode == nil || start != nil else { return nil }
        if let start, start.value > end.value {
            sink.add(.yearModel, at: start.location, .scheduleFromAfterTo(from: start.value, to: end.value))
            return nil
        }
        return Fact(ScoringModel.EvidenceSpan(start: start?.value, end: end.value), sure.confidence, source: sure.source)
    }
}
