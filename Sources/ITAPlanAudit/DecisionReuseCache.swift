import Foundation
import ITAPlanCore
import ITAPlanGit

/// A plan's decisions of one snapshot, reused for the next when they are
/// provably the same: the same plan blob at the same path, the same stored
/// year models, summary language and status format, and no day between the
/// two snapshots' as-of days at which the status's decisions can change,
/// nor between their checked-on days at which the findings can
/// (`StatusCalculator.decisionThresholds`, `PlanChecker.todayThresholds`).
/// What is reused is a recomputation, never what the snapshot stored: the
/// verifier still compares it with the stored files (docs/performance.md).
///
/// Bounded like `DecodedPlanCache`: after each snapshot only the plans the
/// next one holds are kept, and never more than `capacity`.
final class DecisionReuseCache: @unchecked Sendable {
    struct Key: Hashable {
        let plan: DecodedPlanCache.Key
        let models: ObjectID?
        let language: Language
    }

    /// One plan's part of a snapshot, with the days it was computed for and
    /// the thresholds that bound where it holds.
    struct Entry: Sendable {
        let part: SnapshotContent.Part
        let asOf: CivilDate
        let checkedOn: CivilDate
        let asOfThresholds: DayThresholds
        let todayThresholds: DayThresholds

        /// Whether the part computed for (asOf, checkedOn) is the one for these days.
        func holds(asOf day: CivilDate, checkedOn check: CivilDate) -> Bool {
            asOfThresholds.sameSide(asOf, day) && todayThresholds.sameSide(checkedOn, check)
        }
    }

    /// The cache as one snapshot sees it.
    struct View: Sendable {
        let cache: DecisionReuseCache
        let models: ObjectID?
        let language: Language
        /// Whether the verifier takes a reused part for this status file: the
        /// stored blob must be the reused one (a mismatch is recomputed, so
        /// that its bytes can be compared by value); nil blob for no status file.
        let accepts: @Sendable (_ statusPath: String, _ blob: ObjectID?) -> Bool

        func key(_ path: String, _ blob: ObjectID) -> Key {
            Key(plan: DecodedPlanCache.Key(path: path, blob: blob), models: models, language: language)
        }
    }

    let capacity: Int
    private let lock = NSLock()
    private var entries: [Key: Entry] = [:]
    private(set) var reused = 0
    private(set) var recomputed = 0

    init(capacity: Int = 10_000) {
        self.capacity = capacity
    }

    func view(models: ObjectID?, language: Language,
              accepts: @escaping @Sendable (String, ObjectID?) -> Bool) -> View {
        View(cache: self, models: models, language: language, accepts: accepts)
    }

    /// The part kept for this plan if it holds on these days.
    func part(for key: Key, asOf: CivilDate, checkedOn: CivilDate) -> SnapshotContent.Part? {
        let entry = lock.withLock { entries[key] }
        guard let entry, entry.holds(asOf: asOf, checkedOn: checkedOn) else { return nil }
        lock.withLock { reused += 1 }
        return entry.part
    }

    func keep(_ entry: Entry, for key: Key) {
        lock.withLock {
            recomputed += 1
            if entries[key] != nil || entries.count < capacity { entries[key] = entry }
        }
    }

    /// Drops every plan but these.
    func keepOnly(_ wanted: Set<DecodedPlanCache.Key>) {
        lock.withLock { entries = entries.filter { wanted.contains($0.key.plan) } }
    }

    var count: Int { lock.withLock { entries.count } }
}
