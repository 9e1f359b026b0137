/// The days on which a result that reads a day only through comparisons
/// `day >= T` can change. Two days with no threshold between them (none in
/// `(earlier, later]`) answer every such comparison alike, so the result
/// computed for one is the result for the other: what lets a chain of daily
/// snapshots reuse a plan's decisions from one day to the next
/// (docs/performance.md).
public struct DayThresholds: Sendable, Equatable {
    /// Sorted, each day once.
    public let days: [CivilDate]
    /// A result that names the day itself holds on that day only.
    public let namesTheDay: Bool

    public init<S: Sequence>(_ days: S) where S.Element == CivilDate {
        self.days = Array(Set(days)).sorted()
        namesTheDay = false
    }

    private init(namingTheDay: Void) {
        days = []
        namesTheDay = true
    }

    /// For a result that holds on its own day only.
    public static let onlyThatDay = DayThresholds(namingTheDay: ())

    /// Whether `a` and `b` lie on the same side of every threshold: no
    /// threshold T with min(a, b) < T ≤ max(a, b).
    public func sameSide(_ a: CivilDate, _ b: CivilDate) -> Bool {
        let (low, high) = a <= b ? (a, b) : (b, a)
        guard low < high else { return true }
        guard !namesTheDay else { return false }
        // The first threshold after `low`, by binary search.
        var lower = 0
        var upper = days.count
        while lower < upper {
            let middle = (lower + upper) / 2
            if days[middle] <= low { lower = middle + 1 } else { upper = middle }
        }
        return lower == days.count || days[lower] > high
    }
}

extension StatusCalculator {
    /// The as-of thresholds of a plan's decisions: what `status(of:)` decides
    /// for each due instance (its state and whether its done date counts),
    /// the totals and the days due so far read `asOf` only through these
    /// comparisons, one line each in `status(of:)` and `state(of:)`:
    ///
    /// - a done date D counts when `D <= asOf` (and partial progress is open while `D > asOf`): T = D;
    /// - overdue when `due < asOf`: T = due + 1;
    /// - due soon when `asOf.days(to: due) <= soon`, i.e. `asOf >= due - soon`: T = due - soon;
    /// - due so far when `due <= asOf`: T = due.
    ///
    /// Days left and days late are counts, not decisions; they change every
    /// day and are not covered. Every new comparison with `asOf` in the
    /// status must add its threshold here (`DecisionReuseTests` fails otherwise).
    /// Nil when the plan did not decode.
    public func decisionThresholds(of checked: CheckedPlan) -> DayThresholds? {
        guard let plan = checked.plan, let timeline = checked.timeline else { return nil }
        let soon = dueSoonDays ?? plan.settings.dueSoonDays ?? Self.defaultDueSoonDays
        var days: [CivilDate] = []
        for step in timeline.steps {
            for scheduled in step.instances {
                let due = scheduled.instance.due
                days += [due.adding(days: -soon), due, due.adding(days: 1)]
                if let done = scheduled.record?.done?.value { days.append(done) }
            }
        }
        return DayThresholds(days)
    }
}

extension PlanChecker {
    /// The thresholds of `today` in `check(_:)`, given the check's result:
    /// a done date D is in the future when `D > today` (`TimelineBuilder.check`),
    /// so T = D for every progress record's done date. Nothing else in a
    /// check reads `today`, but that finding's message names `today`
    /// itself: a check that has one holds on its own day only.
    public func todayThresholds(of checked: CheckedPlan) -> DayThresholds {
        if checked.findings.contains(where: { $0.rule == .doneInFuture }) { return .onlyThatDay }
        return DayThresholds(checked.plan?.measures.flatMap { measure in
            measure.steps.flatMap { step in step.progress.compactMap { $0.done?.value } }
        } ?? [])
    }
}
