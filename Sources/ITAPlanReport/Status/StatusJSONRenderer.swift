import Foundation
import ITAPlanCore

/// Status as JSON, shape `itaplan-status` version 1, described by
/// schema/status.schema.json. Dates are ISO 8601 (Christian era) days.
public struct StatusJSONRenderer: Sendable {
    public static let formatName = "itaplan-status"
    public static let formatVersion = 1

    public init() {}

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
        (compact ? [] : [0x20, 0x20, 0x20, 0x20]) + JSONByteWriter.bytes(PlanJSON(status: status), compact: compact, indentLevel: 2)
    }

}

// The shape, member by member in key order (schema/status.schema.json).
// Written directly rather than through Encodable: see `JSONWritable`.

private struct PlanJSON: JSONWritable {
    let status: PlanStatus

    func write(to json: JSONByteWriter) {
        json.object {
            json.member("agency", status.plan.agency.name.value)
            json.member("as_of", status.asOf)
            json.member("by_indicator", status.byIndicator.lazy.map(IndicatorJSON.init))
            json.member("by_unit", status.byUnit.lazy.map(UnitJSON.init))
            json.member("completion", CompletionJSON(completion: status.completion))
            json.member("due_soon_days", status.dueSoonDays)
            json.member("fiscal_year", status.fiscalYear.buddhistYear)
            json.member("fiscal_year_end", status.fiscalYear.end)
            json.member("fiscal_year_start", status.fiscalYear.start)
            json.member("ita_level", status.level.map(LevelJSON.init))
            json.member("measures", status.measures.lazy.map(MeasureJSON.init))
            json.member("oit_evidence_window", status.evidenceWindow.map(WindowJSON.init))
            json.member("path", status.path)
        }
    }
}

private struct CompletionJSON: JSONWritable {
    let completion: Completion

    func write(to json: JSONByteWriter) {
        let c = completion
        json.object {
            json.member("done", c.done)
            json.member("done_late", c.doneLate)
            json.member("done_of_due_so_far", c.doneOfDueSoFar)
            json.member("done_on_time", c.doneOnTime)
            json.member("due_so_far", c.dueSoFar)
            json.member("due_soon", c.dueSoon)
            json.member("not_yet_due", c.notYetDue)
            json.member("overdue", c.overdue)
            // done / due so far, 0–1, four decimals; null when nothing is due yet.
            json.member("ratio_of_due", c.ratioOfDue.map(Self.round))
            json.member("ratio_of_year", c.ratioOfYear.map(Self.round))
            json.member("total", c.total)
        }
    }

    private static func round(_ value: Double) -> Double {
        (value * 10_000).rounded() / 10_000
    }
}

/// The level computed for the plan's ITA result and what decided it.
private struct LevelJSON: JSONWritable {
    let decision: LevelDecision

    func write(to json: JSONByteWriter) {
        json.object {
            json.member("assessment_year", decision.assessmentYear)
            json.member("confidence", decision.confidence.rawValue)
            json.member("level", decision.level)
            json.member("lowered_by", decision.lowerings.lazy.map(LoweringJSON.init))
            json.member("reached", decision.reached.level)
            json.member("reached_minimum", decision.reached.minimum)
            json.member("scale", decision.scale)
            json.member("total", decision.total)
            json.member("weakest_fact", decision.weakestFact.rawValue)
        }
    }
}

private struct LoweringJSON: JSONWritable {
    let lowering: LevelDecision.Lowering

    func write(to json: JSONByteWriter) {
        json.object {
            json.member("below", lowering.below)
            json.member("confidence", lowering.confidence.rawValue)
            json.member("from", lowering.from)
            json.member("score", (lowering.score * 10_000).rounded() / 10_000)
            json.member("to", lowering.to)
            json.member("tool", lowering.tool)
        }
    }
}

private struct WindowJSON: JSONWritable {
    let window: EvidenceWindow

    func write(to json: JSONByteWriter) {
        json.object {
            json.member("assessment_year", window.assessmentYear)
            json.member("confirmed", window.confirmed)
            json.member("end", window.end)
            json.member("start", window.start)
        }
    }
}

private struct MeasureJSON: JSONWritable {
    let status: MeasureStatus

    func write(to json: JSONByteWriter) {
        json.object {
            json.member("completion", CompletionJSON(completion: status.completion))
            json.member("id", status.measure.id.value)
            json.member("indicators", status.measure.indicators.map(\.value))
            json.member("responsible", status.measure.responsible.lazy.map(\.value))
            json.member("steps", status.steps.lazy.map(StepJSON.init))
            json.member("title", status.measure.title.value)
        }
    }
}

private struct StepJSON: JSONWritable {
    let status: StepStatus

    func write(to json: JSONByteWriter) {
        json.object {
            json.member("completion", CompletionJSON(completion: status.completion))
            json.member("id", status.step.id.value)
            json.member("instances", status.instances.lazy.map(InstanceJSON.init))
            json.member("percent", status.percent)
            json.member("responsible", status.units)
            json.member("schedule", status.schedule?.text(DateText(language: .english)))
            json.member("text", status.step.text.value)
        }
    }
}

private struct InstanceJSON: JSONWritable {
    let item: InstanceStatus

    func write(to json: JSONByteWriter) {
        json.object {
            json.member("after_oit_evidence_window", item.afterEvidenceWindow)
            json.member("days_late", item.daysLate)
            json.member("days_left", item.daysLeft)
            json.member("done", item.done)
            json.member("due", item.instance.due)
            json.member("evidence", (item.record?.evidence ?? []).lazy.map(\.value))
            json.member("note", item.record?.note?.value)
            json.member("period", item.instance.period)
            json.member("period_end", item.instance.periodEnd)
            json.member("period_start", item.instance.periodStart)
            // With --recorded, each done instance: when first recorded, or null (not yet).
            if let recorded = item.recorded { json.member("recorded", RecordedJSON(recorded: recorded, item: item)) }
            json.member("recorded_by", item.record?.by?.value)
            json.member("state", item.state.rawValue)
        }
    }
}

/// `{"commit","day","late","snapshot","time"}`, or null when not yet recorded.
private struct RecordedJSON: JSONWritable {
    let recorded: Recorded
    let item: InstanceStatus

    func write(to json: JSONByteWriter) {
        guard case .on(let mark) = recorded else {
            json.appendNull()
            return
        }
        json.object {
            json.member("commit", mark.commit)
            json.member("day", mark.day)
            json.member("late", item.recordedLate)
            json.member("snapshot", mark.snapshot)
            json.member("time", ISO8601DateFormatter().string(from: mark.time))
        }
    }
}

private struct UnitJSON: JSONWritable {
    let unit: UnitRollup

    func write(to json: JSONByteWriter) {
        json.object {
            json.member("completion", CompletionJSON(completion: unit.completion))
            json.member("overdue_steps", unit.overdueSteps)
            json.member("unit", unit.unit)
        }
    }
}

private struct IndicatorJSON: JSONWritable {
    let indicator: IndicatorRollup

    func write(to json: JSONByteWriter) {
        json.object {
            json.member("below_pass_mark", indicator.belowPassMark)
            json.member("completion", CompletionJSON(completion: indicator.completion))
            json.member("measures", indicator.measures)
            json.member("name", indicator.name)
            json.member("number", indicator.number)
            json.member("score", indicator.score)
        }
    }
}
