import ITAPlanYAML

/// `schedule:` as a keyword (`monthly`), a Thai phrase (`รายเดือน`) or a
/// mapping (`{ every: month, grace_days: 10 }`).
extension PlanDecoder {
    func schedule(_ node: YAMLNode) -> Located<Schedule>? {
        if let scalar = node.scalar {
            return keywordSchedule(scalar.text.trimmed, at: node.location)
        }
        guard let object = ObjectReader(node, spec: PlanSchema.scheduleObject, key: "schedule", sink: sink) else {
            return nil
        }
        defer { object.finish() }
        let every = object.value("every").flatMap { sink.choice($0, key: "every", allowed: PlanSchema.everyUnits) }
        let quarters = object.value("quarters").flatMap { sink.list($0, key: "quarters") }?
            .compactMap { sink.wholeNumber($0, key: "quarters", range: 1...4) }
        let grace = object.value("grace_days").flatMap { sink.wholeNumber($0, key: "grace_days", range: 0...366) }
        let by = object.value("by").flatMap { sink.date($0, key: "by") }
        let from = object.value("from").flatMap { sink.date($0, key: "from") }
        let to = object.value("to").flatMap { sink.date($0, key: "to") }

        let kinds = ["every", "quarters", "by", "from"].filter { object.value($0) != nil }
        guard !kinds.isEmpty || object.value("to") != nil else {
            sink.add(.invalidSchedule, at: node.location, .scheduleNeedsOneKind)
            return nil
        }
        guard kinds.count <= 1 else {
            sink.add(.invalidSchedule, at: node.location, .scheduleHasSeveralKinds(kinds))
            return nil
        }
        let graceDays = grace?.value ?? 0
        if grace != nil, every == nil, quarters == nil {
            sink.add(.invalidSchedule, at: object.keyLocation("grace_days") ?? node.location, .scheduleGraceNeedsRepeat)
            return nil
        }
        let schedule: Schedule
        if let every {
            switch every.value {
            case "month": schedule = .monthly(graceDays: graceDays)
            case "quarter": schedule = .quarterly(graceDays: graceDays)
            case "half-year": schedule = .halfYearly(graceDays: graceDays)
            default: schedule = graceDays > 0 ? .quarters([4], graceDays: graceDays) : .fiscalYear
            }
        } else if let quarters, !quarters.isEmpty {
            schedule = .quarters(Array(Set(quarters.map(\.value))).sorted(), graceDays: graceDays)
        } else if let by {
            schedule = .by(by.value)
        } else if object.value("from") != nil || object.value("to") != nil {
            guard object.value("from") != nil, object.value("to") != nil else {
                sink.add(.invalidSchedule, at: node.location, .scheduleFromNeedsTo)
                return nil
            }
            guard let from, let to else { return nil }
            guard from.value <= to.value else {
                sink.add(.invalidSchedule, at: from.location, .scheduleFromAfterTo(from: from.value, to: to.value))
                return nil
            }
            schedule = .between(from.value, to.value)
        } else {
            // The value given did not read; its own finding says why.
            return nil
        }
        return Located(schedule, at: node.location)
    }

    private func keywordSchedule(_ text: String, at location: SourceLocation) -> Located<Schedule>? {
        switch text {
        case "fiscal-year", "yearly": return Located(.fiscalYear, at: location)
        case "monthly": return Located(.monthly(graceDays: 0), at: location)
        case "quarterly": return Located(.quarterly(graceDays: 0), at: location)
        case "half-yearly": return Located(.halfYearly(graceDays: 0), at: location)
        default: break
        }
        // A Thai phrase naming exactly one schedule is as good as the keyword.
        let reading = TimeframePhrases.read(text, fiscalYear: fiscalYear ?? FiscalYear(2564))
        if reading.unreadable == nil, reading.otherYear == nil, reading.schedules.count == 1 {
            return Located(reading.schedules[0], at: location)
        }
        let suggestion = Suggestion.closest(to: text, among: PlanSchema.scheduleKeywords)
            ?? reading.suggestion
        sink.add(.invalidSchedule, at: location, .scheduleUnreadable(text: text, suggestion: suggestion))
        return nil
    }

    func progressRecord(_ node: YAMLNode) -> ProgressRecord? {
        guard let object = ObjectReader(node, spec: PlanSchema.progress, key: "progress", sink: sink) else {
            return nil
        }
        defer { object.finish() }
        let percent = object.value("percent").flatMap { sink.number($0, key: "percent") }
        if let percent, !(0...100).contains(percent.value) {
            sink.add(.invalidValue, at: percent.location, .outOfRange(
                key: "percent", value: DecimalText.trimmed(percent.value), lowest: "0", highest: "100"))
        }
        var record = ProgressRecord(
            period: object.value("period").flatMap { sink.text($0, key: "period") },
            done: object.value("done").flatMap { sink.date($0, key: "done") },
            percent: percent.flatMap { (0...100).contains($0.value) ? $0 : nil },
            evidence: object.value("evidence").map { sink.links($0, key: "evidence") } ?? [],
            by: object.value("by").flatMap { sink.text($0, key: "by") },
            note: object.value("note").flatMap { sink.text($0, key: "note") },
            location: object.location)
        record.evidenceWritten = object.value("evidence") != nil
        record.carriedOver = object.value("carried_over").flatMap { sink.boolean($0, key: "carried_over") }
        return record
    }

    func settings(_ node: YAMLNode) -> PlanSettings {
        guard let object = ObjectReader(node, spec: PlanSchema.settings, key: "settings", sink: sink) else {
            return PlanSettings()
        }
        defer { object.finish() }
        return PlanSettings(
            evidenceRequired: object.value("evidence_required").flatMap {
                sink.boolean($0, key: "evidence_required")
            }?.value ?? true,
            dueSoonDays: object.value("due_soon_days").flatMap {
                sink.wholeNumber($0, key: "due_soon_days", range: 0...366)
            }?.value)
    }
}
