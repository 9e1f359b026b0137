import Foundation
import ITAPlanCore
import ITAPlanGit
import ITAPlanYAML

/// Plans decoded once for a whole chain verification: keyed by path and
/// blob id (a finding names its file, so a moved blob is decoded again),
/// shared by the parallel workers. Only what the day of a check does not
/// change is kept (see `PlanChecker.decoded`); each snapshot still finishes,
/// computes and compares every plan as of its own days.
///
/// Bounded twice: after each snapshot the verifier keeps only the plans
/// the next snapshot holds, and no more than `capacity` are ever kept.
final class DecodedPlanCache: @unchecked Sendable {
    struct Key: Hashable {
        let path: String
        let blob: ObjectID
    }

    /// At most this many plans are kept; past it, new ones are decoded
    /// each time, so a larger chain costs time, never unbounded memory.
    let capacity: Int
    private let lock = NSLock()
    private var plans: [Key: DecodedPlan] = [:]
    private(set) var hits = 0
    private(set) var misses = 0

    init(capacity: Int = 10_000) {
        self.capacity = capacity
    }

    /// The cached plan, or `make()`'s, kept for the snapshots after.
    func decoded(path: String, blob: ObjectID, make: () throws -> DecodedPlan) rethrows -> DecodedPlan {
        let key = Key(path: path, blob: blob)
        if let known = lock.withLock({ plans[key] }) {
            lock.withLock { hits += 1 }
            return known
        }
        let fresh = try make()
        // A plan without findings keeps no text: a snapshot's plans are
        // tens of kilobytes each, and most are clean.
        let kept = fresh.findings.isEmpty
            ? DecodedPlan(source: PlanSource(path: fresh.source.path, text: SourceText(bytes: []),
                                             size: fresh.source.size, problem: fresh.source.problem),
                          plan: fresh.plan, findings: fresh.findings)
            : fresh
        lock.withLock {
            misses += 1
            if plans.count < capacity { plans[key] = kept }
        }
        return fresh
    }

    /// Drops every plan but these.
    func keepOnly(_ wanted: Set<Key>) {
        lock.withLock { plans = plans.filter { wanted.contains($0.key) } }
    }

    var count: Int { lock.withLock { plans.count } }
}
