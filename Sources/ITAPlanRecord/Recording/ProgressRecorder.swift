import ITAPlanCore
import ITAPlanYAML

/// Adds progress records to a plan's text and checks the result with the
/// plan's own rules. It never writes: it hands back the new text (or why
/// there is none) for the caller to write, show or commit.
///
/// However many records, the plan is read, placed and checked once: every
/// insertion is computed from the original file's nodes (the records of one
/// step go in together), so a CSV file of many rows costs one check, not
/// one per row.
public struct ProgressRecorder: Sendable {
    /// Checks plans; its `today` is what "a date in the future" means.
    public let checker: PlanChecker

    public init(checker: PlanChecker) {
        self.checker = checker
    }

    /// One record added to `source`, or why not.
    public func record(_ entry: ProgressEntry, in source: PlanSource) -> Result<RecordedProgress, RecordRefusal> {
        switch record([entry], in: source) {
        case .success(let done): return .success(done.records[0])
        case .failure(let batch): return .failure(batch.refused[0].refusal)
        }
    }

    /// Records added to one file: all of them, or none. Every refused entry
    /// is reported by its index in `entries`.
    public func record(_ entries: [ProgressEntry], in source: PlanSource)
        -> Result<(source: PlanSource, records: [RecordedProgress]), BatchRefusal> {
        func refuseAll(_ refusal: RecordRefusal) -> Result<(source: PlanSource, records: [RecordedProgress]), BatchRefusal> {
            .failure(BatchRefusal(refused: entries.indices.map { BatchRefusal.Refused(index: $0, refusal: refusal) }))
        }
        let original = checker.check(source)
        guard let plan = original.plan, let timeline = original.timeline, original.errorCount == 0,
              let root = YAMLReader(limits: checker.limits).read(source.text).root else {
            return refuseAll(RecordRefusal(.planHasErrors(errors: max(1, original.errorCount)), findings: original))
        }
        let located = StepLocator.steps(in: root)
        // Looked up by id once per entry: a batch may have as many entries as the plan has lines.
        var locatedByID: [String: LocatedStep] = [:]
        for (id, step) in located where locatedByID[id] == nil { locatedByID[id] = step }
        var timelineByID: [String: StepTimeline] = [:]
        for scheduled in timeline.steps {
            let id = plan.measures[scheduled.measureIndex].steps[scheduled.stepIndex].id.value
            if timelineByID[id] == nil { timelineByID[id] = scheduled }
        }
        var refused: [BatchRefusal.Refused] = []
        var planned: [Planned] = []
        // Instances recorded done by earlier entries of this batch, per step.
        var claimed: [String: Set<String>] = [:]
        for (index, entry) in entries.enumerated() {
            guard let step = locatedByID[entry.step], let scheduled = timelineByID[entry.step] else {
                let known = located.map(\.id)
                refused.append(.init(index: index, refusal: RecordRefusal(.unknownStep(
                    step: entry.step, suggestion: Suggestion.closest(to: entry.step, among: known), known: known))))
                continue
            }
            var periodText = entry.period
            var periodKey = entry.period.flatMap { PeriodText.key($0, fiscalYear: timeline.fiscalYear) }
            if entry.period == nil {
                let taken = claimed[entry.step] ?? []
                guard let open = scheduled.instances.first(where: {
                    $0.record?.done == nil && !taken.contains($0.instance.period)
                }) else {
                    refused.append(.init(index: index, refusal: RecordRefusal(.allRecorded(step: entry.step))))
                    continue
                }
                periodKey = open.instance.period
                // A step due once needs no period; the plan's examples leave it out.
                periodText = scheduled.instances.count == 1 ? nil : Self.written(period: open.instance.period)
            }
            if entry.done != nil, let periodKey { claimed[entry.step, default: []].insert(periodKey) }
            let order = step.progress?.value.sequence?.last?.mapping?.compactMap { $0.key.scalar?.text } ?? []
            planned.append(Planned(index: index, entry: entry, step: step,
                                   fields: RecordFields(entry, period: periodText, order: order), period: periodKey,
                                   periodChosen: entry.period == nil && scheduled.instances.count > 1))
        }
        // The entries that could be resolved are still placed and checked,
        // so that every bad entry is named, not only the first kind found.

        // One insertion per step, applied from the end of the file backwards so offsets stay true.
        let placement = ProgressPlacement(source: source.text, root: root)
        var steps: [(id: String, entries: [Planned], placed: ProgressPlacement.Placed)] = []
        var byStep: [String: [Planned]] = [:]
        for entry in planned { byStep[entry.entry.step, default: []].append(entry) }
        for id in Self.uniqued(planned.map(\.entry.step)) {
            let mine = byStep[id]!
            switch placement.insertion(of: mine.map(\.fields), into: mine[0].step) {
            case .success(let placed): steps.append((id, mine, placed))
            case .failure(let problem):
                refused += mine.map { .init(index: $0.index, refusal: RecordRefusal(.cannotPlace(step: id, reason: problem))) }
            }
        }
        // Distinct steps never share an offset: each step's text goes where that step ends.
        steps.sort { $0.placed.insertion.offset < $1.placed.insertion.offset }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(source.text.bytes.count + steps.reduce(0) { $0 + $1.placed.insertion.bytes.count })
        var copied = 0
        // Where each entry's text ends up in the new file, in file order.
        var placedEntries: [(planned: Planned, insertion: Insertion)] = []
        for step in steps {
            let insertion = step.placed.insertion
            bytes += source.text.bytes[copied..<insertion.offset]
            copied = insertion.offset
            let start = bytes.count
            bytes += insertion.bytes
            for (planned, piece) in zip(step.entries, step.placed.pieces) {
                placedEntries.append((planned, Insertion(offset: start + piece.lowerBound, bytes: Array(insertion.bytes[piece]))))
            }
        }
        bytes += source.text.bytes[copied...]
        let result = checker.check(PlanSource(path: source.path, text: SourceText(bytes: bytes)))

        if result.errorCount > 0 {
            refused += Self.attribute(result, to: placedEntries)
        }
        guard refused.isEmpty else {
            return .failure(BatchRefusal(refused: refused.sorted { $0.index < $1.index }))
        }
        guard Self.addsRecords(planned.map(\.entry), before: plan, after: result.plan) else {
            return .failure(BatchRefusal(refused: planned.map {
                .init(index: $0.index, refusal: RecordRefusal(.editNotAsExpected(step: $0.entry.step)))
            }))
        }
        placedEntries.sort { $0.planned.index < $1.planned.index }
        let lines = LineStarts(result.source.text)
        let records = placedEntries.map { placed in
            let first = lines.line(ofByteOffset: placed.insertion.offset)
            let last = lines.line(ofByteOffset: placed.insertion.offset + max(0, placed.insertion.bytes.count - 1))
            return RecordedProgress(entry: placed.planned.entry, period: placed.planned.period,
                                    periodChosen: placed.planned.periodChosen, insertion: placed.insertion,
                                    lines: first...max(first, last), original: source, result: result)
        }
        return .success((result.source, records))
    }

    /// An entry resolved to its step, period and text.
    private struct Planned {
        let index: Int
        let entry: ProgressEntry
        let step: LocatedStep
        let fields: RecordFields
        let period: String?
        let periodChosen: Bool
    }

    /// Each error goes to the entry whose new text it points into; one that
    /// points elsewhere (a note at an older record, say) goes to the first.
    /// `placed` is in file order.
    private static func attribute(_ result: CheckedPlan,
                                  to placed: [(planned: Planned, insertion: Insertion)]) -> [BatchRefusal.Refused] {
        guard !placed.isEmpty else { return [] }
        var findings: [Int: [Finding]] = [:]
        let lines = LineStarts(result.source.text)
        for finding in result.findings where finding.severity == .error {
            let offset = lines.offset(of: finding.location)
            // The last entry starting at or before the offset, by binary search.
            var low = 0
            var high = placed.count
            while low < high {
                let middle = (low + high) / 2
                if placed[middle].insertion.offset <= offset { low = middle + 1 } else { high = middle }
            }
            let candidate = low - 1
            let owner = candidate >= 0 && offset < placed[candidate].insertion.offset + placed[candidate].insertion.bytes.count
                ? candidate : 0
            findings[owner, default: []].append(finding)
        }
        return findings.keys.sorted().map { position in
            let shown = CheckedPlan(source: result.source, plan: nil, timeline: nil, findings: findings[position]!)
            return .init(index: placed[position].planned.index,
                         refusal: RecordRefusal(.resultInvalid(errors: findings[position]!.count), findings: shown))
        }
    }

    private static func uniqued(_ ids: [String]) -> [String] {
        var seen: Set<String> = []
        return ids.filter { seen.insert($0).inserted }
    }

    /// `2021-02` as the plan format's examples write it: `2564-02`.
    static func written(period key: String) -> String {
        let parts = key.split(separator: "-")
        guard parts.count == 2, let year = Int(parts[0]) else { return key }
        return "\(year + 543)-\(parts[1])"
    }

    /// The new text read back as exactly the new records, on their steps,
    /// after the old ones, with their values; every other step unchanged.
    static func addsRecords(_ entries: [ProgressEntry], before: Plan, after: Plan?) -> Bool {
        guard let after else { return false }
        let old = before.measures.flatMap(\.steps)
        let new = after.measures.flatMap(\.steps)
        guard old.count == new.count else { return false }
        var byStep: [String: [ProgressEntry]] = [:]
        for entry in entries { byStep[entry.step, default: []].append(entry) }
        for (was, now) in zip(old, new) {
            guard was.id.value == now.id.value else { return false }
            let added = byStep[was.id.value] ?? []
            guard now.progress.count == was.progress.count + added.count else { return false }
            for (record, entry) in zip(now.progress.suffix(added.count), added) {
                guard record.done?.value == entry.done, record.percent?.value == entry.percent,
                      record.evidence.map(\.value) == entry.evidence else { return false }
            }
        }
        return true
    }
}
