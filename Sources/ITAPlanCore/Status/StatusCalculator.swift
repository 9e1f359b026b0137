/// Computes a plan's status on a given day. The day is an input: the
/// library never reads the clock.
public struct StatusCalculator: Sendable {
    public static let defaultDueSoonDays = 14

    public let asOf: CivilDate
    /// Overrides the plan's `settings.due_soon_days` when set.
    public let dueSoonDays: Int?
    public let catalog: ITAYearCatalog

    public init(asOf: CivilDate, dueSoonDays: Int? = nil, catalog: ITAYearCatalog) {
        self.asOf = asOf
        self.dueSoonDays = dueSoonDays
        self.catalog = catalog
    }

    /// Nil when the plan did not decode.
    public func status(of checked: CheckedPlan) -> PlanStatus? {
        guard let plan = checked.plan, let timeline = checked.timeline else { return nil }
        let window = evidenceWindow(for: plan)
        let soon = dueSoonDays ?? plan.settings.dueSoonDays ?? Self.defaultDueSoonDays
        var stepsByMeasure = [[StepStatus]](repeating: [], count: plan.measures.count)
        for stepTimeline in timeline.steps {
            let measure = plan.measures[stepTimeline.measureIndex]
            let step = measure.steps[stepTimeline.stepIndex]
            let instances = stepTimeline.instances.map { state(of: $0, dueSoonDays: soon, window: window) }
            var completion = Completion()
            for instance in instances { completion.add(instance.state, dueSoFar: instance.instance.due <= asOf) }
            let open = stepTimeline.instances.filter { $0.record?.done.map { $0.value > asOf } ?? true }
            stepsByMeasure[stepTimeline.measureIndex].append(StepStatus(
                step: step,
                units: (step.responsible.isEmpty ? measure.responsible : step.responsible).map(\.value),
                schedule: stepTimeline.schedule,
                instances: instances,
                completion: completion,
                percent: open.compactMap { $0.record?.percent?.value }.last))
        }
        let measures = plan.measures.enumerated().map { index, measure in
            MeasureStatus(measure: measure, steps: stepsByMeasure[index],
                          completion: stepsByMeasure[index].reduce(Completion()) { $0 + $1.completion })
        }
        return PlanStatus(
            path: checked.source.path, plan: plan, asOf: asOf, dueSoonDays: soon,
            fiscalYear: timeline.fiscalYear, measures: measures,
            completion: measures.reduce(Completion()) { $0 + $1.completion },
            byUnit: unitRollups(measures), byIndicator: indicatorRollups(plan, measures),
            evidenceWindow: window,
            level: catalog.model(for: plan.ita.year.value)?.decideLevel(for: plan.ita))
    }

    private func state(of scheduled: ScheduledInstance, dueSoonDays: Int, window: EvidenceWindow?) -> InstanceStatus {
        let due = scheduled.instance.due
        // A record dated after the as-of date is not done yet, as of that date.
        let done = scheduled.record?.done.map(\.value).flatMap { $0 <= asOf ? $0 : nil }
        let state: ItemState
        var daysLate: Int?
        var daysLeft: Int?
        if let done {
            state = done <= due ? .doneOnTime : .doneLate
            if done > due { daysLate = due.days(to: done) }
        } else if due < asOf {
            state = .overdue
            daysLate = due.days(to: asOf)
        } else {
            daysLeft = asOf.days(to: due)
            state = daysLeft! <= dueSoonDays ? .dueSoon : .notYetDue
        }
        return InstanceStatus(instance: scheduled.instance, state: state, record: scheduled.record, done: done,
                              daysLate: daysLate, daysLeft: daysLeft,
                              afterEvidenceWindow: window.map { due > $0.end } ?? false)
    }

    /// The window of the ITA that assesses the plan's fiscal year (ITA 2564 for fiscal year 2564),
    /// when both its days are known.
    private func evidenceWindow(for plan: Plan) -> EvidenceWindow? {
        let year = plan.fiscalYear.value
        guard let window = catalog.model(for: year)?.evidenceWindow, let start = window.value.start else { return nil }
        return EvidenceWindow(start: start, end: window.value.end, confirmed: window.confidence == .confirmed,
                              assessmentYear: year, confidence: window.confidence)
    }

    private func unitRollups(_ measures: [MeasureStatus]) -> [UnitRollup] {
        // Word files wrap names at different places: units are compared
        // without spaces, by their UTF-8 bytes. A plan names a handful of
        // units, and for a handful a linear search beats hashing; past
        // `UnitIndex.scanLimit` the indexes switch to hashing the bytes, so a
        // plan naming 20,000 units stays linear.
        var units: [(name: String, completion: Completion, overdue: [String])] = []
        var byKey = UnitIndex()
        // Names as written, and where each went: the same text recurs on
        // step after step, and needs its spaces taken out only once.
        var written = UnitIndex()
        for measure in measures {
            for step in measure.steps {
                for unit in step.units.isEmpty ? [""] : step.units {
                    let position: Int
                    let bytes = Array(unit.utf8)
                    if let seen = written.position(of: bytes) {
                        position = seen
                    } else {
                        let key = Array(unit.withoutWhitespace.utf8)
                        if let found = byKey.position(of: key) {
                            position = found
                        } else {
                            position = units.count
                            byKey.add(key, at: position)
                            units.append((unit, Completion(), []))
                        }
                        written.add(bytes, at: position)
                    }
                    units[position].completion = units[position].completion + step.completion
                    if step.completion.overdue > 0 { units[position].overdue.append(step.step.id.value) }
                }
            }
        }
        return units.map { UnitRollup(unit: $0.name, completion: $0.completion, overdueSteps: $0.overdue) }
    }

    private func indicatorRollups(_ plan: Plan, _ measures: [MeasureStatus]) -> [IndicatorRollup] {
        let model = catalog.model(for: plan.ita.year.value)
        return plan.ita.indicators.map { indicator in
            let number = indicator.number.value
            let addressing = measures.filter { $0.measure.indicators.contains { $0.value == number } }
            return IndicatorRollup(
                number: number,
                name: indicator.name?.value ?? model?.indicator(number)?.nameTH ?? "",
                score: indicator.score.value,
                belowPassMark: model.map { indicator.score.value < $0.passMark } ?? false,
                measures: addressing.map(\.measure.id.value),
                completion: addressing.reduce(Completion()) { $0 + $1.completion })
        }
    }
}

/// Byte strings to positions: a scan while there are few, a dictionary
/// once there are many.
private struct UnitIndex {
    static let scanLimit = 16
    private var list: [(key: [UInt8], position: Int)] = []
    private var map: [[UInt8]: Int] = [:]

    func position(of key: [UInt8]) -> Int? {
        list.count <= Self.scanLimit ? list.first { $0.key == key }?.position : map[key]
    }

    mutating func add(_ key: [UInt8], at position: Int) {
        list.append((key, position))
        if list.count == Self.scanLimit + 1 {
            for entry in list { map[entry.key] = entry.position }
        } else if list.count > Self.scanLimit + 1 {
            map[key] = position
        }
    }
}
