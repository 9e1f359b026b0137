import ITAPlanCore

/// Status as JSON, shape `itaplan-status` version 1, described by
/// schema/status.schema.json. Dates are ISO 8601 (Christian era) days.
public struct StatusJSONRenderer: Sendable {
    public static let formatName = "itaplan-status"
    public static let formatVersion = 1

    public init() {}

    struct PlanOutput: Encodable {
        let path: String
        let agency: String
        let fiscalYear: Int
        let fiscalYearStart: String
        let fiscalYearEnd: String
        let asOf: String
        let dueSoonDays: Int
        let completion: CompletionOutput
        @NullEncoded var evidenceWindow: WindowOutput?
        let measures: [MeasureOutput]
        let byUnit: [UnitOutput]
        let byIndicator: [IndicatorOutput]

        // In key order, which is the order they are written in: no reordering.
        enum CodingKeys: String, CodingKey {
            case agency
            case asOf = "as_of"
            case byIndicator = "by_indicator"
            case byUnit = "by_unit"
            case completion
            case dueSoonDays = "due_soon_days"
            case fiscalYear = "fiscal_year"
            case fiscalYearEnd = "fiscal_year_end"
            case fiscalYearStart = "fiscal_year_start"
            case measures
            case evidenceWindow = "oit_evidence_window"
            case path
        }
    }

    struct CompletionOutput: Encodable {
        let doneOnTime: Int
        let doneLate: Int
        let overdue: Int
        let dueSoon: Int
        let notYetDue: Int
        let done: Int
        let total: Int
        let dueSoFar: Int
        let doneOfDueSoFar: Int
        /// done / due so far, 0–1; null when nothing is due yet.
        @NullEncoded var ratioOfDue: Double?
        @NullEncoded var ratioOfYear: Double?

        init(_ c: Completion) {
            doneOnTime = c.doneOnTime
            doneLate = c.doneLate
            overdue = c.overdue
            dueSoon = c.dueSoon
            notYetDue = c.notYetDue
            done = c.done
            total = c.total
            dueSoFar = c.dueSoFar
            doneOfDueSoFar = c.doneOfDueSoFar
            ratioOfDue = c.ratioOfDue.map(Self.round)
            ratioOfYear = c.ratioOfYear.map(Self.round)
        }

        private static func round(_ value: Double) -> Double {
            (value * 10_000).rounded() / 10_000
        }

        // In key order, which is the order they are written in: no reordering.
        enum CodingKeys: String, CodingKey {
            case done
            case doneLate = "done_late"
            case doneOfDueSoFar = "done_of_due_so_far"
            case doneOnTime = "done_on_time"
            case dueSoFar = "due_so_far"
            case dueSoon = "due_soon"
            case notYetDue = "not_yet_due"
            case overdue
            case ratioOfDue = "ratio_of_due"
            case ratioOfYear = "ratio_of_year"
            case total
        }
    }

    struct WindowOutput: Encodable {
        let assessmentYear: Int
        let start: String
        let end: String
        let confirmed: Bool

        // In key order, which is the order they are written in: no reordering.
        enum CodingKeys: String, CodingKey {
            case assessmentYear = "assessment_year"
            case confirmed
            case end
            case start
        }
    }

    struct MeasureOutput: Encodable {
        let id: String
        let title: String
        let indicators: [Int]
        let responsible: [String]
        let completion: CompletionOutput
        let steps: [StepOutput]

        // In key order, which is the order they are written in: no reordering.
        enum CodingKeys: String, CodingKey {
            case completion
            case id
            case indicators
            case responsible
            case steps
            case title
        }
    }

    struct StepOutput: Encodable {
        let id: String
        let text: String
        let responsible: [String]
        @NullEncoded var schedule: String?
        @NullEncoded var percent: Double?
        let completion: CompletionOutput
        let instances: [InstanceOutput]

        // In key order, which is the order they are written in: no reordering.
        enum CodingKeys: String, CodingKey {
            case completion
            case id
            case instances
            case percent
            case responsible
            case schedule
            case text
        }
    }

    struct InstanceOutput: Encodable {
        let period: String
        let periodStart: String
        let periodEnd: String
        let due: String
        let state: String
        @NullEncoded var done: String?
        @NullEncoded var daysLate: Int?
        @NullEncoded var daysLeft: Int?
        let evidence: [String]
        @NullEncoded var recordedBy: String?
        @NullEncoded var note: String?
        let afterEvidenceWindow: Bool

        // In key order, which is the order they are written in: no reordering.
        enum CodingKeys: String, CodingKey {
            case afterEvidenceWindow = "after_oit_evidence_window"
            case daysLate = "days_late"
            case daysLeft = "days_left"
            case done
            case due
            case evidence
            case note
            case period
            case periodEnd = "period_end"
            case periodStart = "period_start"
            case recordedBy = "recorded_by"
            case state
        }
    }

    struct UnitOutput: Encodable {
        let unit: String
        let completion: CompletionOutput
        let overdueSteps: [String]

        // In key order, which is the order they are written in: no reordering.
        enum CodingKeys: String, CodingKey {
            case completion
            case overdueSteps = "overdue_steps"
            case unit
        }
    }

    struct IndicatorOutput: Encodable {
        let number: Int
        let name: String
        @NullEncoded var score: Double?
        let belowPassMark: Bool
        let measures: [String]
        let completion: CompletionOutput

        // In key order, which is the order they are written in: no reordering.
        enum CodingKeys: String, CodingKey {
            case belowPassMark = "below_pass_mark"
            case completion
            case measures
            case name
            case number
            case score
        }
    }

    public func render(_ statuses: [PlanStatus]) -> String {
        opening + statuses.map(plan).joined(separator: ",\n") + closing(empty: statuses.isEmpty)
    }

    /// The document up to the first plan, for writing plans one by one.
    public var opening: String { "{\n  \"format\" : \"\(Self.formatName)\",\n  \"plans\" : [\n" }

    /// The document after the last plan.
    public func closing(empty: Bool) -> String {
        (empty ? "" : "\n") + "  ],\n  \"version\" : \(Self.formatVersion)\n}\n"
    }

    /// One plan's object, indented to sit in the `plans` array.
    public func plan(_ status: PlanStatus) -> String {
        String(decoding: planBytes(status), as: UTF8.self)
    }

    /// One plan's object as UTF-8, indented to sit in the `plans` array, or
    /// compact: for writing thousands without converting to and from String.
    public func planBytes(_ status: PlanStatus, compact: Bool = false) -> [UInt8] {
        (compact ? [] : [0x20, 0x20, 0x20, 0x20]) + JSONOutput.bytes(planOutput(status), indentLevel: 2, compact: compact)
    }

    private func planOutput(_ status: PlanStatus) -> PlanOutput {
        PlanOutput(
            path: status.path, agency: status.plan.agency.name.value,
            fiscalYear: status.fiscalYear.buddhistYear,
            fiscalYearStart: status.fiscalYear.start.description, fiscalYearEnd: status.fiscalYear.end.description,
            asOf: status.asOf.description, dueSoonDays: status.dueSoonDays,
            completion: CompletionOutput(status.completion),
            evidenceWindow: status.evidenceWindow.map {
                WindowOutput(assessmentYear: $0.assessmentYear, start: $0.start.description,
                             end: $0.end.description, confirmed: $0.confirmed)
            },
            measures: status.measures.map(measure),
            byUnit: status.byUnit.map {
                UnitOutput(unit: $0.unit, completion: CompletionOutput($0.completion), overdueSteps: $0.overdueSteps)
            },
            byIndicator: status.byIndicator.map {
                IndicatorOutput(number: $0.number, name: $0.name, score: $0.score, belowPassMark: $0.belowPassMark,
                                measures: $0.measures, completion: CompletionOutput($0.completion))
            })
    }

    private func measure(_ status: MeasureStatus) -> MeasureOutput {
        MeasureOutput(
            id: status.measure.id.value, title: status.measure.title.value,
            indicators: status.measure.indicators.map(\.value),
            responsible: status.measure.responsible.map(\.value),
            completion: CompletionOutput(status.completion),
            steps: status.steps.map { step in
                StepOutput(
                    id: step.step.id.value, text: step.step.text.value, responsible: step.units,
                    schedule: step.schedule?.text(DateText(language: .english)), percent: step.percent,
                    completion: CompletionOutput(step.completion),
                    instances: step.instances.map(instance))
            })
    }

    private func instance(_ item: InstanceStatus) -> InstanceOutput {
        InstanceOutput(
            period: item.instance.period, periodStart: item.instance.periodStart.description,
            periodEnd: item.instance.periodEnd.description, due: item.instance.due.description,
            state: item.state.rawValue, done: item.done?.description,
            daysLate: item.daysLate, daysLeft: item.daysLeft,
            evidence: item.record?.evidence.map(\.value) ?? [],
            recordedBy: item.record?.by?.value, note: item.record?.note?.value,
            afterEvidenceWindow: item.afterEvidenceWindow)
    }
}
