import Foundation
import ITAPlanCore
import ITAPlanGit

/// Plans decoded once for a whole chain verification: keyed by path and
/// blob id (a finding names its file, so a moved blob is decoded again),
/// shared by the parallel workers. Only what the day of a check does not
/// change is kept (see `PlanChecker.decoded`); each snapshot still finishes,
/// computes and compares every plan as of its own days.
///
/// Bounded by `keepOnly`: after each snapshot the verifier keeps only the
/// plans the next snapshot holds, so memory stays one snapshot's plans.
final class DecodedPlanCache: @unchecked Sendable {
    struct Key: Hashable {
        let path: String
        let blob: ObjectID
    }

    private let lock = NSLock()
    private var plans: [Key: DecodedPlan] = [:]
    private(set) var hits = 0
    private(set) var misses = 0

    /// The cached plan, or `make()`'s, kept for the snapshots after.
    func decoded(path: String, blob: ObjectID, make: () throws -> DecodedPlan) rethrows -> DecodedPlan {
        let key = Key(path: path, blob: blob)
        if let known = lock.withLock({ plans[key] }) {
            lock.withLock { hits += 1 }
            return known
        }
        let fresh = try make()
        lock.withLock {
            misses += 1
            plans[key] = fresh
        }
        return fresh
    }

    /// Drops every plan but these.
    func keepOnly(_ wanted: Set<Key>) {
        lock.withLock { plans = plans.filter { wanted.contains($0.key) } }
    }

    var count: Int { lock.withLock { plans.count } }
}
