import ITAPlanCore
import ITAPlanGit

/// What a rewrite of history changed for the records a snapshot held: each
/// due instance read as of the snapshot's day, from the snapshot's plans and
/// from the same plan files on the branch now.
struct RewriteComparison {
    let repository: GitRepository
    let catalog: ITAYearCatalog

    func changes(snapshotPlans: ObjectID?, metadata: SnapshotMetadata, branchHead: ObjectID) throws -> [RecordChange] {
        guard let snapshotPlans, case .date(let asOf) = DateParsing.parse(metadata.asOf),
              case .date(let checkedOn) = DateParsing.parse(metadata.checkedOn) else { return [] }
        let checker = PlanChecker(catalog: catalog, today: checkedOn)
        let calculator = StatusCalculator(asOf: asOf, catalog: catalog)
        let before = try RepositoryPlans.files(in: repository, tree: snapshotPlans, directory: metadata.plansDirectory)
        let now = try RepositoryPlans.committedFiles(in: repository, commit: branchHead,
                                                     directory: metadata.plansDirectory).files
        let nowByPath = Dictionary(now.map { ($0.path, $0.blob) }, uniquingKeysWith: { first, _ in first })
        var changes: [RecordChange] = []
        for file in before where nowByPath[file.path] != file.blob {
            func items(_ blob: ObjectID?) throws -> [Key: InstanceStatus] {
                guard let blob else { return [:] }
                let source = try RepositoryPlans.source(repository, path: file.path, blob: blob, limits: checker.limits)
                guard let status = calculator.status(of: checker.check(source)) else { return [:] }
                var items: [Key: InstanceStatus] = [:]
                for item in status.items {
                    items[Key(measure: item.measure.measure.id.value, step: item.step.step.id.value,
                              period: item.item.instance.period)] = item.item
                }
                return items
            }
            let old = try items(file.blob)
            let new = try items(nowByPath[file.path])
            for (key, was) in old.sorted(by: { $0.key < $1.key }) {
                let now = new[key]
                let vanished = was.record != nil && (now == nil || now?.record == nil)
                guard vanished || now.map({ $0.state != was.state || $0.done != was.done }) ?? false else { continue }
                changes.append(RecordChange(path: file.path, measure: key.measure, step: key.step, period: key.period,
                                            before: was.state, doneBefore: was.done,
                                            after: vanished ? nil : now?.state, doneAfter: vanished ? nil : now?.done))
            }
        }
        return changes
    }

    private struct Key: Hashable, Comparable {
        let measure: String
        let step: String
        let period: String

        static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.measure, lhs.step, lhs.period) < (rhs.measure, rhs.step, rhs.period)
        }
    }
}
