import ITAPlanCore
import ITAPlanReport

/// A plan's status file in a snapshot, status format 2: what was decided
/// for each due instance and the plan's totals, not the plan's text again
/// (the plan blob sits beside it in the snapshot). About a tenth of the
/// full `itaplan-status` plan object of format 1; see docs/audit-trail.md.
struct SnapshotDecisions: Encodable {
    static let formatVersion = 2

    let path: String
    let completion: SnapshotMetadata.Totals
    let instances: [Instance]

    struct Instance: Encodable {
        let measure: String
        let step: String
        let period: String
        let due: String
        let state: String
        @NullEncoded var done: String?
    }

    init(_ status: PlanStatus) {
        path = status.path
        completion = SnapshotMetadata.Totals(status.completion)
        instances = status.items.map { item in
            Instance(measure: item.measure.measure.id.value, step: item.step.step.id.value,
                     period: item.item.instance.period, due: item.item.instance.due.description,
                     state: item.item.state.rawValue, done: item.item.done?.description)
        }
    }

    /// One compact line of JSON, keys sorted; written directly
    /// (`StatusDecisionsJSON`), byte for byte what encoding this type gives.
    static func bytes(_ status: PlanStatus) -> [UInt8] {
        StatusDecisionsJSON.bytes(status)
    }

    /// The same line through `Encodable`: the declaration of the format, kept to test the fast writer against.
    static func encodedBytes(_ status: PlanStatus) -> [UInt8] {
        JSONOutput.bytes(SnapshotDecisions(status), compact: true) + [0x0A]
    }
}
