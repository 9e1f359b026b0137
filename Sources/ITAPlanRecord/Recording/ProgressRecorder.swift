import ITAPlanCore
import ITAPlanYAML

/// Adds progress records to a plan's text and checks the result with the
/// plan's own rules. It never writes: it hands back the new text (or why
/// there is none) for the caller to write, show or commit.
public struct ProgressRecorder: Sendable {
    /// Checks plans; its `today` is what "a date in the future" means.
    public let checker: PlanChecker

    public init(checker: PlanChecker) {
        self.checker = checker
    }

    /// One record added to `source`, or why not.
    public func record(_ entry: ProgressEntry, in source: PlanSource) -> Result<RecordedProgress, RecordRefusal> {
        let original = checker.check(source)
        guard let plan = original.plan, let timeline = original.timeline, original.errorCount == 0 else {
            return .failure(RecordRefusal(.planHasErrors(errors: original.errorCount), findings: original))
        }
        guard let root = YAMLReader(limits: checker.limits).read(source.text).root else {
            return .failure(RecordRefusal(.planHasErrors(errors: 1), findings: original))
        }
        let located = StepLocator.steps(in: root)
        guard let step = located.first(where: { $0.id == entry.step })?.step,
              let scheduled = timeline.steps.first(where: {
                  plan.measures[$0.measureIndex].steps[$0.stepIndex].id.value == entry.step
              }) else {
            let known = located.map(\.id)
            return .failure(RecordRefusal(.unknownStep(step: entry.step, suggestion: Suggestion.closest(to: entry.step, among: known),
                                                       known: known)))
        }
        let fiscalYear = timeline.fiscalYear
        var periodText = entry.period
        var periodKey = entry.period.flatMap { PeriodText.key($0, fiscalYear: fiscalYear) }
        let chosen = entry.period == nil
        if chosen {
            guard let open = scheduled.instances.first(where: { $0.record?.done == nil }) else {
                return .failure(RecordRefusal(.allRecorded(step: entry.step)))
            }
            periodKey = open.instance.period
            // A step due once needs no period; the plan's examples leave it out.
            periodText = scheduled.instances.count == 1 ? nil : Self.written(period: open.instance.period)
        }
        let lastRecord = step.progress?.value.sequence?.last?.mapping
        let order = lastRecord?.compactMap { $0.key.scalar?.text } ?? []
        let fields = RecordFields(entry, period: periodText, order: order)
        let insertion: Insertion
        switch ProgressPlacement(source: source.text, root: root).insertion(of: fields, into: step) {
        case .success(let found): insertion = found
        case .failure(let failure):
            return .failure(RecordRefusal(.cannotPlace(step: entry.step, reason: failure)))
        }
        let written = PlanSource(path: source.path, text: SourceText(bytes: insertion.applied(to: source.text.bytes)))
        let result = checker.check(written)
        guard result.errorCount == 0 else {
            return .failure(RecordRefusal(.resultInvalid(errors: result.errorCount), findings: result))
        }
        guard Self.addsOneRecord(entry, before: plan, after: result.plan) else {
            return .failure(RecordRefusal(.editNotAsExpected(step: entry.step)))
        }
        return .success(RecordedProgress(entry: entry, period: periodKey, periodChosen: chosen && scheduled.instances.count > 1,
                                         insertion: insertion, original: source, result: result))
    }

    /// Records added one after another to the same file: all of them, or
    /// none. Every refused entry is reported, by its index in `entries`, and
    /// later entries are still tried against the text without it.
    public func record(_ entries: [ProgressEntry], in source: PlanSource)
        -> Result<(source: PlanSource, records: [RecordedProgress]), BatchRefusal> {
        var current = source
        var records: [RecordedProgress] = []
        var refusals: [BatchRefusal.Refused] = []
        for (index, entry) in entries.enumerated() {
            switch record(entry, in: current) {
            case .success(let recorded):
                records.append(recorded)
                current = recorded.result.source
            case .failure(let refusal):
                refusals.append(BatchRefusal.Refused(index: index, refusal: refusal))
            }
        }
        guard refusals.isEmpty else { return .failure(BatchRefusal(refused: refusals)) }
        return .success((current, records))
    }

    /// `2021-02` as the plan format's examples write it: `2564-02`.
    static func written(period key: String) -> String {
        let parts = key.split(separator: "-")
        guard parts.count == 2, let year = Int(parts[0]) else { return key }
        return "\(year + 543)-\(parts[1])"
    }

    /// The new text read back as exactly one more record, on that step, with those values.
    static func addsOneRecord(_ entry: ProgressEntry, before: Plan, after: Plan?) -> Bool {
        guard let after else { return false }
        let old = before.measures.flatMap(\.steps)
        let new = after.measures.flatMap(\.steps)
        guard old.count == new.count else { return false }
        for (was, now) in zip(old, new) {
            guard was.id.value == now.id.value else { return false }
            let expected = was.progress.count + (was.id.value == entry.step ? 1 : 0)
            guard now.progress.count == expected else { return false }
            if was.id.value == entry.step {
                guard let added = now.progress.last, added.done?.value == entry.done,
                      added.percent?.value == entry.percent,
                      added.evidence.map(\.value) == entry.evidence || (entry.evidence.isEmpty && added.evidence.isEmpty)
                else { return false }
            }
        }
        return true
    }
}
