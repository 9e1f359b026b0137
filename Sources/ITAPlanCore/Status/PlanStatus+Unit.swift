extension PlanStatus {
    /// The status of one unit's steps only (`UnitName.matches` on the step's
    /// own units, or its measure's): measures with none of its steps are
    /// left out, and every completion and roll-up counts what is left.
    public func filtered(unit query: String) -> PlanStatus {
        let key = UnitName.key(query)
        let kept: [MeasureStatus] = measures.compactMap { measure in
            let steps = measure.steps.filter { step in step.units.contains { UnitName.matches(key: key, unit: $0) } }
            guard !steps.isEmpty else { return nil }
            return MeasureStatus(measure: measure.measure, steps: steps,
                                 completion: steps.reduce(Completion()) { $0 + $1.completion })
        }
        let indicators = byIndicator.map { indicator in
            let addressing = kept.filter { $0.measure.indicators.contains { $0.value == indicator.number } }
            return IndicatorRollup(number: indicator.number, name: indicator.name, score: indicator.score,
                                   belowPassMark: indicator.belowPassMark, measures: addressing.map(\.measure.id.value),
                                   completion: addressing.reduce(Completion()) { $0 + $1.completion })
        }
        return PlanStatus(path: path, plan: plan, asOf: asOf, dueSoonDays: dueSoonDays, fiscalYear: fiscalYear,
                          measures: kept, completion: kept.reduce(Completion()) { $0 + $1.completion },
                          byUnit: byUnit.filter { UnitName.matches(key: key, unit: $0.unit) },
                          byIndicator: indicators, evidenceWindow: evidenceWindow)
    }
}

extension PlanStatus {
    /// Every responsible unit its steps name (a step's own, or its measure's), as first written.
    public var unitNames: [String] {
        var seen: Set<String> = []
        return measures.flatMap { $0.steps.flatMap(\.units) }.filter { seen.insert($0).inserted }
    }

    /// Whether any step's units match `query`: a name that matches none is
    /// most likely misspelt, and an empty list would hide that.
    public func hasUnit(_ query: String) -> Bool {
        let key = UnitName.key(query)
        return measures.contains { $0.steps.contains { $0.units.contains { UnitName.matches(key: key, unit: $0) } } }
    }
}
