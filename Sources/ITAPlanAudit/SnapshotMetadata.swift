import ITAPlanCore

/// `snapshot.json`: what a snapshot was made from and by what.
public struct SnapshotMetadata: Codable, Sendable, Equatable {
    public static let formatName = "itaplan-snapshot"
    /// 2: the source commit is the commit's second parent (its only parent
    /// in the first snapshot), and `sequence` and `previous` place the
    /// snapshot in its chain. 1: a parent for the previous snapshot only.
    public static let formatVersion = 2

    public var format = SnapshotMetadata.formatName
    public var version = SnapshotMetadata.formatVersion
    /// The commit whose plans were snapshotted.
    public var sourceCommit: String
    /// The day the status is computed for.
    public var asOf: String
    /// The day the plans were checked (records dated later are errors).
    public var checkedOn: String
    public var toolVersion: String
    public var statusFormatVersion: Int
    public var findingsFormatVersion: Int
    public var planSchemaVersion: Int
    public var plansDirectory: String
    public var summaryLanguage: String
    public var plans: [PlanEntry]
    /// Every plan's instances together, so `audit log` need not read each status file.
    public var completion: Totals
    /// 1 for the first snapshot of a chain, then one more each (format 2).
    public var sequence: Int?
    /// The previous snapshot's commit; nil for the first (format 2).
    public var previous: String?

    public struct Totals: Codable, Sendable, Equatable {
        public var done: Int
        public var total: Int
        public var dueSoFar: Int
        public var doneOfDueSoFar: Int
        public var overdue: Int
        public var dueSoon: Int

        public init(_ completion: Completion) {
            done = completion.done
            total = completion.total
            dueSoFar = completion.dueSoFar
            doneOfDueSoFar = completion.doneOfDueSoFar
            overdue = completion.overdue
            dueSoon = completion.dueSoon
        }
    }

    public struct PlanEntry: Codable, Sendable, Equatable {
        public var path: String
        public var blob: String
    }
}

/// The files in a snapshot's tree.
enum SnapshotFile {
    static let metadata = "snapshot.json"
    /// A folder: one compact JSON file per plan, `status/<plan path>.json`.
    static let status = "status"
    static let findings = "findings.json"
    static let summary = "summary.md"
}
