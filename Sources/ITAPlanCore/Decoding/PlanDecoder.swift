import ITAPlanYAML

/// Turns a plan file's YAML tree into a `Plan`, reporting every key that is
/// missing, unknown or of the wrong kind at its exact location.
///
/// A list entry that lacks what identifies it (a measure without an id) is
/// left out, so that later rules check the rest without echoing the same
/// mistake. The plan itself is nil when a top-level part is unusable.
struct PlanDecoder {
    let sink: FindingSink
    /// The plan's fiscal year once read, for Thai phrases that leave the year out.
    var fiscalYear: FiscalYear?
    /// Read the plan as if `fiscal_year` said this (the checker's second
    /// reading of a plan whose fiscal year looks one off).
    var fiscalYearOverride: Int?

    mutating func decode(_ root: YAMLNode) -> Plan? {
        guard let object = ObjectReader(root, spec: PlanSchema.plan, key: "plan", sink: sink) else { return nil }
        // The version comes first: a newer format's keys would all look unknown.
        guard let schema = object.value("schema").flatMap({
            sink.wholeNumber($0, key: "schema", range: 1...1_000)
        }) else { return nil }
        guard schema.value <= PlanSchema.version else {
            sink.add(.schemaVersion, at: schema.location,
                     .schemaTooNew(found: schema.value, supported: PlanSchema.version))
            return nil
        }
        let title = object.value("title").flatMap { sink.text($0, key: "title") }
        let agency = object.value("agency").flatMap(agency)
        let fiscalYear = object.value("fiscal_year").flatMap { sink.year($0, key: "fiscal_year") }
            .map { year in fiscalYearOverride.map { Located($0, at: year.location) } ?? year }
        self.fiscalYear = fiscalYear.map { FiscalYear($0.value) }
        let ita = object.value("ita").flatMap(ita)
        let measureNodes = object.value("measures").flatMap { sink.list($0, key: "measures") }
        let measures = measureNodes?.compactMap(measure)
        let notes = object.value("notes").map { sink.texts($0, key: "notes") } ?? []
        let settings = object.value("settings").map(settings)
        object.finish()
        guard let agency, let fiscalYear, let ita, let measures, let measureNodes else { return nil }
        var plan = Plan(schema: schema.value, title: title, agency: agency, fiscalYear: fiscalYear,
                    ita: ita, measures: measures, measuresLocation: object.keyLocation("measures") ?? root.location,
                    notes: notes)
        plan.hasUnreadableMeasures = measures.count < measureNodes.count
        if let settings { plan.settings = settings }
        return plan
    }

    // MARK: - Parts

    private func agency(_ node: YAMLNode) -> Agency? {
        guard let object = ObjectReader(node, spec: PlanSchema.agency, key: "agency", sink: sink) else { return nil }
        defer { object.finish() }
        let name = object.value("name").flatMap { sink.text($0, key: "name") }
        let kind = object.value("kind").flatMap(agencyKind)
        let province = object.value("province").flatMap { sink.text($0, key: "province") }
        let website = object.value("website").map { sink.texts($0, key: "website") } ?? []
        guard let name else { return nil }
        return Agency(name: name, kind: kind, province: province, website: website)
    }

    /// Usual abbreviations without their dots (อบต for อบต.), to the kind's code.
    private static let abbreviatedKinds = Dictionary(
        PlanSchema.agencyKindAbbreviations.map { ($0.abbreviation.replacingAll(".", with: ""), $0.code) },
        uniquingKeysWith: { first, _ in first })

    /// The kind's English code, whether the file gives the code, the Thai
    /// name or its usual abbreviation (อบต., ทต.).
    private func agencyKind(_ node: YAMLNode) -> Located<String>? {
        let kinds = PlanSchema.agencyKinds
        if let written = node.scalar?.text.trimmed, !kinds.contains(where: { $0.code == written || $0.thai == written }),
           let code = Self.abbreviatedKinds[written.replacingAll(".", with: "").withoutWhitespace] {
            return Located(code, at: node.location)
        }
        guard let value = sink.choice(node, key: "kind", allowed: kinds.map(\.code) + kinds.map(\.thai)) else {
            return nil
        }
        let code = kinds.first { $0.thai == value.value }?.code ?? value.value
        return Located(code, at: value.location)
    }

    private func ita(_ node: YAMLNode) -> ITAResult? {
        guard let object = ObjectReader(node, spec: PlanSchema.ita, key: "ita", sink: sink) else { return nil }
        defer { object.finish() }
        let year = object.value("year").flatMap { sink.year($0, key: "year") }
        let indicatorNodes = object.value("indicators").flatMap { sink.list($0, key: "indicators") }
        let indicators = indicatorNodes?.compactMap(indicator)
        let total = object.value("total").flatMap { sink.number($0, key: "total") }
        let grade = object.value("grade").flatMap { sink.text($0, key: "grade") }
        let analysis = object.value("analysis").flatMap { sink.list($0, key: "analysis") }?
            .compactMap(analysisParagraph) ?? []
        guard let year, let indicators, let indicatorNodes else { return nil }
        var result = ITAResult(year: year, indicators: indicators,
                         indicatorsLocation: object.keyLocation("indicators") ?? node.location, total: total, grade: grade,
                         analysis: analysis, location: object.location)
        result.hasUnreadableIndicators = indicators.count < indicatorNodes.count
        return result
    }

    private func indicator(_ node: YAMLNode) -> IndicatorScore? {
        guard let object = ObjectReader(node, spec: PlanSchema.indicator, key: "indicator", sink: sink) else {
            return nil
        }
        defer { object.finish() }
        let number = object.value("number").flatMap { sink.wholeNumber($0, key: "number", range: 1...99) }
        let tool = object.value("tool").flatMap { sink.choice($0, key: "tool", allowed: ["IIT", "EIT", "OIT"]) }
        let name = object.value("name").flatMap { sink.text($0, key: "name") }
        let score = object.value("score").flatMap { sink.number($0, key: "score") }
        guard let number, let score else { return nil }
        return IndicatorScore(number: number, tool: tool, name: name, score: score)
    }

    private func analysisParagraph(_ node: YAMLNode) -> AnalysisParagraph? {
        guard let object = ObjectReader(node, spec: PlanSchema.analysis, key: "analysis", sink: sink) else {
            return nil
        }
        defer { object.finish() }
        let indicators = indicatorNumbers(object.value("indicators"))
        let text = object.value("text").flatMap { sink.text($0, key: "text") }
        guard let text else { return nil }
        return AnalysisParagraph(indicators: indicators, text: text)
    }

    private func measure(_ node: YAMLNode) -> Measure? {
        guard let object = ObjectReader(node, spec: PlanSchema.measure, key: "measure", sink: sink) else {
            return nil
        }
        defer { object.finish() }
        let id = object.value("id").flatMap { sink.id($0, key: "id") }
        let title = object.value("title").flatMap { sink.text($0, key: "title") }
        let indicatorsNode = object.value("indicators")
        let indicators = indicatorNumbers(indicatorsNode)
        let responsibleNode = object.value("responsible")
        let responsible = responsibleNode.map { sink.texts($0, key: "responsible") } ?? []
        let timeframe = object.value("timeframe").flatMap { sink.text($0, key: "timeframe") }
        let schedule = object.value("schedule").flatMap(schedule)
        let stepNodes = object.value("steps").flatMap { sink.list($0, key: "steps") }
        let steps = stepNodes?.compactMap(step)
        let results = object.value("results").map { sink.texts($0, key: "results") } ?? []
        let recommendations = object.value("recommendations").map { sink.texts($0, key: "recommendations") } ?? []
        guard let id, let title, let steps, let stepNodes else { return nil }
        var measure = Measure(id: id, title: title, indicators: indicators, responsible: responsible,
                       timeframe: timeframe, steps: steps,
                       stepsLocation: object.keyLocation("steps") ?? node.location, results: results,
                       recommendations: recommendations, location: object.location)
        measure.hasUnreadableSteps = steps.count < stepNodes.count
        measure.hasUnreadableIndicators = object.isUnsure("indicators")
            || (indicatorsNode.map { $0.sequence == nil } ?? false)
        measure.hasUnreadableResponsible = object.isUnsure("responsible")
            || Self.unreadable(responsibleNode, read: responsible)
        measure.schedule = schedule
        return measure
    }

    private func step(_ node: YAMLNode) -> Step? {
        guard let object = ObjectReader(node, spec: PlanSchema.step, key: "step", sink: sink) else { return nil }
        defer { object.finish() }
        let id = object.value("id").flatMap { sink.id($0, key: "id") }
        let text = object.value("text").flatMap { sink.text($0, key: "text") }
        let responsibleNode = object.value("responsible")
        let responsible = responsibleNode.map { sink.texts($0, key: "responsible") } ?? []
        let timeframe = object.value("timeframe").flatMap { sink.text($0, key: "timeframe") }
        let schedule = object.value("schedule").flatMap(schedule)
        let progress = object.value("progress").flatMap { sink.list($0, key: "progress") }?
            .compactMap(progressRecord) ?? []
        guard let id, let text else { return nil }
        var step = Step(id: id, text: text, responsible: responsible, timeframe: timeframe, schedule: schedule,
                        progress: progress, location: object.location)
        step.hasUnreadableResponsible = object.isUnsure("responsible")
            || Self.unreadable(responsibleNode, read: responsible)
        return step
    }

    /// A `responsible` written but giving no unit, with a finding of its own
    /// (an empty text, an undefined alias): not also "unassigned". An empty
    /// list `[]` has no finding, so it counts as unassigned.
    private static func unreadable(_ node: YAMLNode?, read: [Located<String>]) -> Bool {
        guard let node, read.isEmpty else { return false }
        return node.sequence?.isEmpty != true
    }

    private func indicatorNumbers(_ node: YAMLNode?) -> [Located<Int>] {
        guard let node, let items = sink.list(node, key: "indicators") else { return [] }
        return items.compactMap { sink.wholeNumber($0, key: "indicators", range: 1...99) }
    }
}
