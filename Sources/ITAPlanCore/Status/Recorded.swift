import Foundation

/// When a done record was first attested: the first snapshot of the audit
/// trail that held it as it now reads (docs/audit-trail.md, "Recorded").
/// A snapshot's time is the attested one; commit dates can be set by anyone.
public enum Recorded: Sendable, Equatable {
    /// In no snapshot yet, or not as it now reads (its done date changed since).
    case notYet
    case on(RecordedMark)

    /// Done dates more than this many days before their recording are
    /// flagged: monthly work is due a few days after its month, so a month's
    /// slack separates honest late bookkeeping from a record written long
    /// after the fact. The one rule `history`, `status` and `report` use.
    public static let lateThresholdDays = 30

    /// Whether a record done on `done` and first recorded on `day` was written long after the fact.
    public static func isLate(done: CivilDate, recordedOn day: CivilDate) -> Bool {
        done.days(to: day) > lateThresholdDays
    }

    /// The recording's day, when there is one.
    public var day: CivilDate? {
        if case .on(let mark) = self { return mark.day }
        return nil
    }
}

/// The snapshot that first held a record, and the commit that wrote it.
public struct RecordedMark: Sendable, Equatable {
    /// The snapshot commit's time, and its day in the time zone asked for.
    public let time: Date
    public let day: CivilDate
    /// The snapshot commit's id.
    public let snapshot: String
    /// The plan commit that introduced the record as it now reads.
    public let commit: String

    public init(time: Date, day: CivilDate, snapshot: String, commit: String) {
        self.time = time
        self.day = day
        self.snapshot = snapshot
        self.commit = commit
    }
}

extension InstanceStatus {
    /// Whether this instance is done and was recorded long after its done date.
    public var recordedLate: Bool {
        guard let done, let day = recorded?.day else { return false }
        return Recorded.isLate(done: done, recordedOn: day)
    }
}

extension PlanStatus {
    /// This status with every done instance's recording, as `lookup` gives
    /// it for (step id, period, done date); renderers then show it.
    public func withRecorded(_ lookup: (_ step: String, _ period: String, _ done: CivilDate) -> Recorded) -> PlanStatus {
        var copy = self
        copy.recordedShown = true
        copy.measures = measures.map { measure in
            var measure = measure
            measure.steps = measure.steps.map { step in
                var step = step
                step.instances = step.instances.map { item in
                    var item = item
                    if let done = item.done { item.recorded = lookup(step.step.id.value, item.instance.period, done) }
                    return item
                }
                return step
            }
            return measure
        }
        return copy
    }
}
