/// `snapshot.json`: what a snapshot was made from and by what.
public struct SnapshotMetadata: Codable, Sendable, Equatable {
    public static let formatName = "itaplan-snapshot"
    public static let formatVersion = 1

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

    public struct PlanEntry: Codable, Sendable, Equatable {
        public var path: String
        public var blob: String
    }

    enum CodingKeys: String, CodingKey {
        case format, version, plans
        case sourceCommit = "source_commit", asOf = "as_of", checkedOn = "checked_on", toolVersion = "tool_version"
        case statusFormatVersion = "status_format_version", findingsFormatVersion = "findings_format_version"
        case planSchemaVersion = "plan_schema_version", plansDirectory = "plans_directory"
        case summaryLanguage = "summary_language"
    }
}

/// The files in a snapshot's tree.
enum SnapshotFile {
    static let metadata = "snapshot.json"
    static let status = "status.json"
    static let findings = "findings.json"
    static let summary = "summary.md"
}
