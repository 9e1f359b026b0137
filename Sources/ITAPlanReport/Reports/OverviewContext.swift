import ITAPlanCore

/// The head of a many-plan dashboard: one row per plan, and the choices a
/// reader filters by (province, kind of agency, status). Each plan's own
/// section follows, rendered one plan at a time (`PlanSection`).
public struct OverviewContext: Encodable, TemplateFields {
    public let language: String
    public let tool: String
    public let asOfText: String
    public let labels: ReportLabels
    public let overview: OverviewLabels
    public let rows: [OverviewRow]
    public let provinces: [FilterChoice]
    public let kinds: [FilterChoice]
    public let statuses: [FilterChoice]
    /// CSS that hides the rows a checked filter leaves out (no script: the page allows none).
    public let filterStyle: String
    public let totals: String
}

public struct OverviewLabels: Encodable, TemplateFields {
    public let title: String
    public let agency: String
    public let province: String
    public let kind: String
    public let status: String
    public let level: String
    public let all: String
    public let filters: String
    public let plans: String
}

public struct OverviewRow: Encodable, TemplateFields {
    public let anchor: String
    public let agency: String
    public let province: String
    public let kind: String
    public let doneOfDue: String
    public let percentOfDue: Int
    public let overdue: String
    public let level: String
    public let status: String
    /// Class names (`pv-3 kd-1 st-0`) the filter style selects by.
    public let classes: String
}

public struct FilterChoice: Encodable, TemplateFields {
    public let id: String
    public let name: String
}

/// One plan's section of a many-plan dashboard: the plan's report and its anchor.
public struct PlanSection: Encodable, TemplateFields {
    public let anchor: String
    public let classes: String
    public let labels: ReportLabels
    public let plan: PlanReport
}
