import ITAPlanYAML

/// Resolves each step's schedule (its own `schedule:`, its own timeframe,
/// its measure's `schedule:`, its measure's timeframe, else the whole fiscal
/// year), expands it, and matches progress records to due instances,
/// reporting whatever does not fit.
struct TimelineBuilder {
    let plan: Plan
    /// The day the check runs, for records dated later; nil skips that check.
    let today: CivilDate?
    let sink: FindingSink
    /// The OIT evidence window of the ITA that assesses the plan's year, when known.
    var evidenceWindow: Fact<ScoringModel.EvidenceSpan>? = nil
    /// That assessment's year (the plan's fiscal year).
    var assessmentYear: Int { plan.fiscalYear.value }

    var fiscalYear: FiscalYear { FiscalYear(plan.fiscalYear.value) }

    func build() -> Timeline {
        var steps: [StepTimeline] = []
        for (measureIndex, measure) in plan.measures.enumerated() {
            let measureSchedules = measure.schedule.map { [$0.value] }
                ?? measure.timeframe.map { read($0) } ?? [.fiscalYear]
            for (stepIndex, step) in measure.steps.enumerated() {
                let schedule = resolve(step, measureSchedules: measureSchedules)
                let instances = schedule.map { $0.instances(in: fiscalYear) } ?? []
                steps.append(StepTimeline(measureIndex: measureIndex, stepIndex: stepIndex, schedule: schedule,
                                          instances: match(step, to: instances)))
            }
        }
        return Timeline(fiscalYear: fiscalYear, steps: steps)
    }

    // MARK: - Schedules

    private func resolve(_ step: Step, measureSchedules: [Schedule]) -> Schedule? {
        if let schedule = step.schedule {
            return checkedInYear(schedule.value, at: schedule.location)
        }
        if let timeframe = step.timeframe {
            let schedules = read(timeframe)
            guard schedules.count <= 1 else {
                sink.add(.ambiguousSchedule, at: timeframe.location,
                         .ambiguousSchedule(step: step.id.value, choices: schedules))
                return nil
            }
            return schedules.first.flatMap { checkedInYear($0, at: timeframe.location) }
        }
        guard measureSchedules.count <= 1 else {
            sink.add(.ambiguousSchedule, at: step.id.location,
                     .ambiguousSchedule(step: step.id.value, choices: measureSchedules))
            return nil
        }
        return measureSchedules.first
    }

    /// The schedules a timeframe phrase names, reporting what cannot be read.
    private func read(_ timeframe: Located<String>) -> [Schedule] {
        let reading = TimeframePhrases.read(timeframe.value, fiscalYear: fiscalYear)
        if let fragment = reading.unreadable {
            sink.add(.timeframeUnreadable, at: timeframe.location,
                     .timeframeUnreadable(fragment: fragment, suggestion: reading.suggestion))
            return []
        }
        if let other = reading.otherYear {
            sink.add(.timeframeYear, at: timeframe.location,
                     .timeframeOtherYear(named: other, fiscalYear: fiscalYear.buddhistYear))
            return []
        }
        return reading.schedules.compactMap { checkedInYear($0, at: timeframe.location) }
    }

    /// A schedule whose deadline falls outside the fiscal year is reported and dropped.
    private func checkedInYear(_ schedule: Schedule, at location: SourceLocation) -> Schedule? {
        let deadline: CivilDate
        switch schedule {
        case .by(let date): deadline = date
        case .between(_, let date): deadline = date
        default: return schedule
        }
        guard fiscalYear.contains(deadline) else {
            sink.add(.scheduleOutsideYear, at: location,
                     .scheduleOutsideYear(date: deadline, fiscalYear: fiscalYear.buddhistYear))
            return nil
        }
        return schedule
    }

    // MARK: - Records

    private func match(_ step: Step, to instances: [DueInstance]) -> [ScheduledInstance] {
        var records: [String: ProgressRecord] = [:]
        for record in step.progress {
            guard !instances.isEmpty, let period = period(of: record, step: step, instances: instances) else {
                continue
            }
            // Partial progress gives way to a later record for the same
            // instance (40 %, then 70 %, then done), as officers update it.
            if let first = records[period], first.done == nil, first.percent != nil {
                check(record, step: step, period: period)
                records[period] = record
                continue
            }
            if let first = records[period] {
                sink.add(.duplicatePeriod, at: record.period?.location ?? record.location,
                         .duplicatePeriod(period: record.period?.value ?? period, step: step.id.value),
                         notes: [Finding.Note(.firstDefinedHere, at: first.period?.location ?? first.location)])
                continue
            }
            check(record, step: step, period: period)
            records[period] = record
        }
        return instances.map { ScheduledInstance(instance: $0, record: records[$0.period]) }
    }

    /// The instance a record is for, or nil with a finding.
    private func period(of record: ProgressRecord, step: Step, instances: [DueInstance]) -> String? {
        let valid = instances.map(\.period)
        guard let written = record.period else {
            if instances.count == 1 { return valid[0] }
            sink.add(.missingPeriod, at: record.location, .missingPeriod(step: step.id.value, valid: valid))
            return nil
        }
        guard let key = PeriodText.key(written.value, fiscalYear: fiscalYear), valid.contains(key) else {
            sink.add(.unknownPeriod, at: written.location,
                     .unknownPeriod(period: written.value, step: step.id.value, valid: valid))
            return nil
        }
        return key
    }

    private func check(_ record: ProgressRecord, step: Step, period: String) {
        guard let done = record.done else { return }
        if let today, done.value > today {
            sink.add(.doneInFuture, at: done.location, .doneInFuture(done: done.value, asOf: today))
        }
        let carriedOver = record.carriedOver?.value == true
        if done.value < fiscalYear.start, !carriedOver {
            sink.add(.doneBeforeYear, at: done.location,
                     .doneBeforeYear(done: done.value, fiscalYear: fiscalYear.buddhistYear),
                     notes: [Finding.Note(.hintCarriedOver)])
        }
        if carriedOver, done.value >= fiscalYear.start, let flag = record.carriedOver {
            sink.add(.carriedOver, at: flag.location,
                     .carriedOverNeedsEarlierDate(done: done.value, fiscalYear: fiscalYear.buddhistYear))
        }
        if done.value > fiscalYear.end {
            sink.add(.doneAfterYear, at: done.location,
                     .doneAfterYear(done: done.value, fiscalYear: fiscalYear.buddhistYear))
        } else if let window = evidenceWindow, done.value > window.value.end {
            // A warning whatever the window's confidence: work done after it
            // is still work done, only its evidence may miss this assessment.
            sink.add(Finding(.doneAfterWindow, at: done.location, .doneAfterEvidenceWindow(
                done: done.value, end: window.value.end, assessmentYear: assessmentYear,
                confidence: window.confidence), notes: [Finding.Note(.factSource(window.source))]))
        }
        if plan.settings.evidenceRequired, !record.evidenceWritten {
            sink.add(.missingEvidence, at: record.location,
                     .missingEvidence(step: step.id.value, period: record.period?.value ?? period))
        }
        if record.by == nil {
            sink.add(.missingBy, at: record.location,
                     .doneWithoutBy(step: step.id.value, period: record.period?.value ?? period))
        }
    }
}
