import ITAPlanCore

/// Everything a report template can show, already worded and formatted in
/// the report's language and digits. `report --format json` prints this
/// same structure (`itaplan-report` version 1), so a custom template's
/// author can see every field. Charts are SVG markup built by the tool.
public struct ReportContext: Encodable {
    public let format = "itaplan-report"
    public let version = 1
    public let language: String
    public let tool: String
    public let asOf: String
    public let asOfText: String
    public let labels: ReportLabels
    public let plans: [PlanReport]
    /// Completion over time, when the plans are in a git repository with history.
    public let history: HistoryReport?
    public let hasHistory: Bool
}

public struct PlanReport: Encodable {
    public let path: String
    public let agency: String
    public let province: String?
    public let fiscalYear: String
    public let fiscalYearNumber: Int
    public let title: String
    public let headline: Headline
    /// The heading of the printed measures table, in two lines.
    public let measuresTitle: String
    public let measuresYear: String
    public let ita: ITAReport
    public let measures: [MeasureReport]
    public let overdue: [ItemReport]
    public let dueSoon: [ItemReport]
    public let hasOverdue: Bool
    public let hasDueSoon: Bool
    public let belowPassMark: [IndicatorReport]
    public let units: [UnitReport]
    public let evidenceWindowWarning: String?
    public let charts: Charts
    /// With `--recorded`: each done instance and when it was first recorded in a snapshot.
    public let recorded: RecordedSection?

}

public struct Headline: Encodable {
    public let doneOfDue: String
    public let doneOfYear: String
    public let percentOfDue: Int?
    public let percentOfYear: Int?
    public let overdue: String
    public let dueSoon: String
    public let sentence: String
}

public struct ITAReport: Encodable {
    public let year: String
    public let total: String?
    public let grade: String?
    public let passMark: String?
    /// "การวิเคราะห์ผลการประเมิน ITA ของ … พบว่ามีผลคะแนน … อยู่ในระดับ …"
    public let intro: String
    public let indicators: [IndicatorReport]
    /// Indicator rows grouped by tool, with each group's analysis, for the official table.
    public let groups: [ToolGroup]
    /// The level itaplan computes and the rule that decided it, with how sure that is.
    public var computedLevel: String? = nil
}

public struct ToolGroup: Encodable {
    public let tool: String
    public let heading: String
    public let rows: [IndicatorRow]
}

/// One row of the official analysis table; the first row of a group carries
/// the group's analysis text with a row span.
public struct IndicatorRow: Encodable {
    public let indicator: IndicatorReport
    public let isFirst: Bool
    public let rowSpan: Int
    public let analysis: [String]
}

public struct IndicatorReport: Encodable {
    public let number: String
    public let name: String
    public let tool: String
    public let score: String?
    public let scoreValue: Double?
    public let belowPassMark: Bool
    public let measures: String
}

public struct MeasureReport: Encodable {
    public let id: String
    public let title: String
    public let indicators: String
    public let responsible: [String]
    public let timeframe: String
    /// The ผู้รับผิดชอบ cell of the printed table: the measure's units, then steps' own.
    public let responsibleLines: [String]
    /// The ระยะเวลาดำเนินการ cell: the written timeframe, or the step schedules in words.
    public let timeframeLines: [String]
    public let steps: [StepReport]
    public let results: [String]
    public let recommendations: [String]
    public let doneOfDue: String
    public let doneOfYear: String
    public let percentOfYear: Int
    public let overdue: Int
    /// `overdue` in the report's digits, for templates.
    public let overdueText: String
    public let progressNote: String
}

public struct StepReport: Encodable {
    public let id: String
    public let number: String
    public let text: String
    public let schedule: String
    /// The step's own units (empty: the measure's).
    public let responsible: [String]
    /// The step's own timeframe text, else its schedule in words.
    public let timeframe: String
    public let doneOfDue: String
    public let doneOfYear: String
}

public struct ItemReport: Encodable {
    public let step: String
    public let stepText: String
    public let measure: String
    public let period: String
    public let due: String
    public let days: String
    public let responsible: String
}

/// Done instances and when each was first recorded (`report --recorded`).
public struct RecordedSection: Encodable {
    public let title: String
    public let stepLabel: String
    public let periodLabel: String
    public let doneLabel: String
    public let recordedLabel: String
    public let items: [RecordedItemReport]
    /// The footnote for "!" (done long before it was recorded), when any is flagged.
    public let lateNote: String?
}

public struct RecordedItemReport: Encodable {
    public let step: String
    public let stepText: String
    public let period: String
    /// The done day, in the report's words.
    public let done: String
    /// The recording day in the report's words ("!" when late), or "not yet recorded".
    public let recorded: String
    /// ISO day of the recording, null when not yet recorded.
    public let recordedDay: String?
    public let snapshot: String?
    /// Done more than `Recorded.lateThresholdDays` days before it was recorded.
    public let late: Bool

    // Written by hand only so that a missing recording day is null, not left out;
    // the bridge writes the names in snake_case.
    enum CodingKeys: String, CodingKey {
        case step, stepText, period, done, recorded, recordedDay, snapshot, late
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(step, forKey: .step)
        try container.encode(stepText, forKey: .stepText)
        try container.encode(period, forKey: .period)
        try container.encode(done, forKey: .done)
        try container.encode(recorded, forKey: .recorded)
        // null, not left out, so a reader can tell "not yet recorded" apart.
        try container.encode(recordedDay, forKey: .recordedDay)
        try container.encode(snapshot, forKey: .snapshot)
        try container.encode(late, forKey: .late)
    }
}

public struct UnitReport: Encodable {
    public let unit: String
    public let doneOfDue: String
    public let doneOfYear: String
    public let overdue: String
}

/// SVG charts, as markup; templates insert them unescaped (`{{{…}}}`).
public struct Charts: Encodable {
    public let measures: String
    public let timeline: String
    public let indicators: String
}

public struct HistoryReport: Encodable {
    public let points: Int
    public let chart: String
}
