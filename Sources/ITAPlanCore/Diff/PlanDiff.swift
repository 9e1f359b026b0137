/// What changed in one plan file between two versions: its contents, its
/// progress records, and where its items stand — meaning, not text.
public struct PlanDiff: Sendable {
    public enum FileChange: String, Sendable { case added, removed, modified }

    /// A change to what the plan says.
    public enum Change: Sendable, Equatable {
        case score(indicator: Int, from: Double?, to: Double?)
        case total(from: Double?, to: Double?)
        case grade(from: String?, to: String?)
        case measureAdded(id: String, title: String)
        case measureRemoved(id: String, title: String)
        case measureTitle(id: String, from: String, to: String)
        case measureIndicators(id: String, from: [Int], to: [Int])
        case measureResponsible(id: String, from: [String], to: [String])
        case measureResults(id: String)
        case measureRecommendations(id: String)
        case stepAdded(id: String, text: String)
        case stepRemoved(id: String, text: String)
        case stepText(id: String, from: String, to: String)
        case stepSchedule(id: String, from: Schedule?, to: Schedule?)
    }

    /// A progress record as the diff shows it.
    public struct Record: Sendable, Equatable {
        public let done: CivilDate?
        public let percent: Double?
        public let evidence: [String]
        public let by: String?
    }

    /// A record added, removed or changed for one due instance.
    public struct ProgressChange: Sendable, Equatable {
        public let step: String
        public let period: String
        public let before: Record?
        public let after: Record?
    }

    /// An item whose state on the as-of date differs between the versions.
    public struct StateChange: Sendable, Equatable {
        public let step: String
        public let period: String
        public let from: ItemState?
        public let to: ItemState?
    }

    public let path: String
    public let file: FileChange
    public let changes: [Change]
    public let progress: [ProgressChange]
    public let states: [StateChange]
    public let before: Completion?
    public let after: Completion?

    public var isEmpty: Bool { changes.isEmpty && progress.isEmpty && states.isEmpty && file == .modified }
}

/// Compares two versions of a plan file.
public struct PlanComparison: Sendable {
    public let calculator: StatusCalculator

    public init(calculator: StatusCalculator) {
        self.calculator = calculator
    }

    public func compare(path: String, before: CheckedPlan?, after: CheckedPlan?) -> PlanDiff {
        let old = before.flatMap(calculator.status)
        let new = after.flatMap(calculator.status)
        let file: PlanDiff.FileChange = before == nil ? .added : after == nil ? .removed : .modified
        return PlanDiff(
            path: path, file: file,
            changes: changes(before?.plan, after?.plan, oldTimeline: before?.timeline, newTimeline: after?.timeline),
            progress: progress(old, new), states: states(old, new),
            before: old?.completion, after: new?.completion)
    }

    // MARK: - The plan's contents

    private func changes(_ old: Plan?, _ new: Plan?, oldTimeline: Timeline?, newTimeline: Timeline?) -> [PlanDiff.Change] {
        var changes: [PlanDiff.Change] = []
        let oldScores = Dictionary(old?.ita.indicators.map { ($0.number.value, $0.score.value) } ?? [], uniquingKeysWith: { a, _ in a })
        let newScores = Dictionary(new?.ita.indicators.map { ($0.number.value, $0.score.value) } ?? [], uniquingKeysWith: { a, _ in a })
        for number in Set(oldScores.keys).union(newScores.keys).sorted() where oldScores[number] != newScores[number] {
            changes.append(.score(indicator: number, from: oldScores[number], to: newScores[number]))
        }
        if old?.ita.total?.value != new?.ita.total?.value {
            changes.append(.total(from: old?.ita.total?.value, to: new?.ita.total?.value))
        }
        if old?.ita.grade?.value != new?.ita.grade?.value {
            changes.append(.grade(from: old?.ita.grade?.value, to: new?.ita.grade?.value))
        }
        let oldMeasures = old?.measures ?? []
        let newMeasures = new?.measures ?? []
        let oldByID = Dictionary(oldMeasures.map { ($0.id.value, $0) }, uniquingKeysWith: { a, _ in a })
        let newByID = Dictionary(newMeasures.map { ($0.id.value, $0) }, uniquingKeysWith: { a, _ in a })
        for measure in oldMeasures where newByID[measure.id.value] == nil {
            changes.append(.measureRemoved(id: measure.id.value, title: measure.title.value))
        }
        for measure in newMeasures {
            guard let previous = oldByID[measure.id.value] else {
                changes.append(.measureAdded(id: measure.id.value, title: measure.title.value))
                continue
            }
            let id = measure.id.value
            if previous.title.value != measure.title.value {
                changes.append(.measureTitle(id: id, from: previous.title.value, to: measure.title.value))
            }
            if previous.indicators.map(\.value) != measure.indicators.map(\.value) {
                changes.append(.measureIndicators(id: id, from: previous.indicators.map(\.value), to: measure.indicators.map(\.value)))
            }
            if previous.responsible.map(\.value) != measure.responsible.map(\.value) {
                changes.append(.measureResponsible(id: id, from: previous.responsible.map(\.value), to: measure.responsible.map(\.value)))
            }
            if previous.results.map(\.value) != measure.results.map(\.value) { changes.append(.measureResults(id: id)) }
            if previous.recommendations.map(\.value) != measure.recommendations.map(\.value) {
                changes.append(.measureRecommendations(id: id))
            }
        }
        changes += stepChanges(old, new, oldTimeline: oldTimeline, newTimeline: newTimeline)
        return changes
    }

    private func stepChanges(_ old: Plan?, _ new: Plan?, oldTimeline: Timeline?, newTimeline: Timeline?) -> [PlanDiff.Change] {
        func steps(_ plan: Plan?, _ timeline: Timeline?) -> [(step: Step, schedule: Schedule?)] {
            guard let plan else { return [] }
            let schedules = Dictionary((timeline?.steps ?? []).map {
                (plan.measures[$0.measureIndex].steps[$0.stepIndex].id.value, $0.schedule)
            }, uniquingKeysWith: { a, _ in a })
            return plan.measures.flatMap(\.steps).map { ($0, schedules[$0.id.value] ?? nil) }
        }
        let oldSteps = steps(old, oldTimeline)
        let newSteps = steps(new, newTimeline)
        let oldByID = Dictionary(oldSteps.map { ($0.step.id.value, $0) }, uniquingKeysWith: { a, _ in a })
        let newIDs = Set(newSteps.map(\.step.id.value))
        var changes: [PlanDiff.Change] = oldSteps.filter { !newIDs.contains($0.step.id.value) }
            .map { .stepRemoved(id: $0.step.id.value, text: $0.step.text.value) }
        for entry in newSteps {
            let id = entry.step.id.value
            guard let previous = oldByID[id] else {
                changes.append(.stepAdded(id: id, text: entry.step.text.value))
                continue
            }
            if previous.step.text.value != entry.step.text.value {
                changes.append(.stepText(id: id, from: previous.step.text.value, to: entry.step.text.value))
            }
            if previous.schedule != entry.schedule {
                changes.append(.stepSchedule(id: id, from: previous.schedule, to: entry.schedule))
            }
        }
        return changes
    }

    // MARK: - Progress and states

    private func records(_ status: PlanStatus?) -> [String: (step: String, period: String, record: PlanDiff.Record)] {
        var result: [String: (String, String, PlanDiff.Record)] = [:]
        for row in status?.items ?? [] {
            guard let record = row.item.record else { continue }
            let key = row.step.step.id.value + "\u{0}" + row.item.instance.period
            result[key] = (row.step.step.id.value, row.item.instance.period, PlanDiff.Record(
                done: record.done?.value, percent: record.percent?.value,
                evidence: record.evidence.map(\.value), by: record.by?.value))
        }
        return result
    }

    private func progress(_ old: PlanStatus?, _ new: PlanStatus?) -> [PlanDiff.ProgressChange] {
        let before = records(old)
        let after = records(new)
        let keys = Set(before.keys).union(after.keys)
        return order(keys, new, old).compactMap { key in
            let a = before[key]
            let b = after[key]
            guard a?.record != b?.record else { return nil }
            let entry = (b ?? a)!
            return PlanDiff.ProgressChange(step: entry.step, period: entry.period, before: a?.record, after: b?.record)
        }
    }

    private func states(_ old: PlanStatus?, _ new: PlanStatus?) -> [PlanDiff.StateChange] {
        func states(_ status: PlanStatus?) -> [String: (String, String, ItemState)] {
            Dictionary((status?.items ?? []).map {
                ($0.step.step.id.value + "\u{0}" + $0.item.instance.period,
                 ($0.step.step.id.value, $0.item.instance.period, $0.item.state))
            }, uniquingKeysWith: { a, _ in a })
        }
        let before = states(old)
        let after = states(new)
        return order(Set(before.keys).union(after.keys), new, old).compactMap { key in
            guard before[key]?.2 != after[key]?.2 else { return nil }
            let entry = (after[key] ?? before[key])!
            return PlanDiff.StateChange(step: entry.0, period: entry.1, from: before[key]?.2, to: after[key]?.2)
        }
    }

    /// Keys in plan order (the new version's, then whatever only the old had).
    private func order(_ keys: Set<String>, _ new: PlanStatus?, _ old: PlanStatus?) -> [String] {
        var ordered: [String] = []
        var seen = Set<String>()
        for status in [new, old] {
            for row in status?.items ?? [] {
                let key = row.step.step.id.value + "\u{0}" + row.item.instance.period
                if keys.contains(key), seen.insert(key).inserted { ordered.append(key) }
            }
        }
        return ordered
    }
}
