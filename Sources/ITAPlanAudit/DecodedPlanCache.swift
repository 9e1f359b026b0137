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

    /// The cache as seen by one snapshot: plans decoded against the year
    /// models it stores (its `ita-years` tree, nil for none) are not shared
    /// with a snapshot that stores others.
    struct View: Sendable {
        let cache: DecodedPlanCache
        let models: ObjectID?

        func decoded(path: String, blob: ObjectID, make: () throws -> DecodedPlan) rethrows -> DecodedPlan {
            try cache.decoded(ModelKey(plan: Key(path: path, blob: blob), models: models), make: make)
        }
    }

    struct ModelKey: Hashable {
        let plan: Key
        let models: ObjectID?
    }

    func forModels(_ models: ObjectID?) -> View { View(cache: self, models: models) }

    /// At most this many plans are kept; past it, new ones are decoded
    /// each time, so a larger chain costs time, never unbounded memory.
    let capacity: Int
    private let lock = NSLock()
    private var plans: [ModelKey: DecodedPlan] = [:]
    private(set) var hits = 0
    private(set) var misses = 0

    init(capacity: Int = 10_000) {
        self.capacity = capacity
    }

    /// The cached plan, or `make()`'s, kept for the snapshots after.
    private func decoded(_ key: ModelKey, make: () throws -> DecodedPlan) rethrows -> DecodedPlan {
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
        lock.withLock { plans = plans.filter { wanted.contains($0.key.plan) } }
    }

    var count: Int { lock.withLock { plans.count } }
}
