/// Where one due instance stands on the as-of date.
///
/// The as-of date is a whole day: an item due that day is still due (due
/// soon, zero days left); it is overdue from the next day. An item done on
/// its due date is on time; a day later is late.
public enum ItemState: String, CaseIterable, Sendable, Codable {
    case doneOnTime = "done-on-time"
    case doneLate = "done-late"
    case overdue
    case dueSoon = "due-soon"
    case notYetDue = "not-yet-due"

    public var isDone: Bool { self == .doneOnTime || self == .doneLate }

    public func text(in language: Language) -> String {
        switch self {
        case .doneOnTime: return language.pick(th: "เสร็จตามกำหนด", en: "done on time")
        case .doneLate: return language.pick(th: "เสร็จล่าช้า", en: "done late")
        case .overdue: return language.pick(th: "เกินกำหนด", en: "overdue")
        case .dueSoon: return language.pick(th: "ใกล้ถึงกำหนด", en: "due soon")
        case .notYetDue: return language.pick(th: "ยังไม่ถึงกำหนด", en: "not yet due")
        }
    }
}

/// Counts of due instances by state, and the two completion ratios.
public struct Completion: Sendable, Equatable {
    public var doneOnTime = 0
    public var doneLate = 0
    public var overdue = 0
    public var dueSoon = 0
    public var notYetDue = 0
    /// Instances whose deadline is on or before the as-of date.
    public var dueSoFar = 0
    /// Of those, how many are done.
    public var doneOfDueSoFar = 0

    public init() {}

    public var done: Int { doneOnTime + doneLate }
    public var total: Int { doneOnTime + doneLate + overdue + dueSoon + notYetDue }

    /// done / due so far, nil when nothing is due yet.
    public var ratioOfDue: Double? { dueSoFar == 0 ? nil : Double(doneOfDueSoFar) / Double(dueSoFar) }
    /// done / the whole year's instances, nil when there are none.
    public var ratioOfYear: Double? { total == 0 ? nil : Double(done) / Double(total) }

    mutating func add(_ state: ItemState, dueSoFar isDue: Bool) {
        switch state {
        case .doneOnTime: doneOnTime += 1
        case .doneLate: doneLate += 1
        case .overdue: overdue += 1
        case .dueSoon: dueSoon += 1
        case .notYetDue: notYetDue += 1
        }
        if isDue {
            dueSoFar += 1
            if state.isDone { doneOfDueSoFar += 1 }
        }
    }

    public static func + (lhs: Completion, rhs: Completion) -> Completion {
        var sum = lhs
        sum.doneOnTime += rhs.doneOnTime
        sum.doneLate += rhs.doneLate
        sum.overdue += rhs.overdue
        sum.dueSoon += rhs.dueSoon
        sum.notYetDue += rhs.notYetDue
        sum.dueSoFar += rhs.dueSoFar
        sum.doneOfDueSoFar += rhs.doneOfDueSoFar
        return sum
    }
}
