import ITAPlanCore
import ITAPlanReport

/// A plan's status file in a snapshot, status format 2: what was decided
/// for each due instance and the plan's totals, not the plan's text again
/// (the plan blob sits beside it in the snapshot). About a tenth of the
/// full `itaplan-status` plan object of format 1; see docs/audit-trail.md.
///
/// Written by the byte writer, member by member in key order: a snapshot
/// writes one per plan, thousands at a time, as status JSON does.
struct SnapshotDecisions: JSONWritable {
    static let formatVersion = 2

    let path: String
    let completion: SnapshotMetadata.Totals
    let instances: [Instance]

    struct Instance: JSONWritable {
        let measure: String
        let step: String
        let period: String
        let due: CivilDate
        let state: String
        let done: CivilDate?

        func write(to json: JSONByteWriter) {
            json.object {
                json.member("done", done)
                json.member("due", due)
                json.member("measure", measure)
                json.member("period", period)
                json.member("state", state)
                json.member("step", step)
            }
        }
    }

    init(_ status: PlanStatus) {
        path = status.path
        completion = SnapshotMetadata.Totals(status.completion)
        instances = status.items.map { item in
            Instance(measure: item.measure.measure.id.value, step: item.step.step.id.value,
                     period: item.item.instance.period, due: item.item.instance.due,
                     state: item.item.state.rawValue, done: item.item.done)
        }
    }

    func write(to json: JSONByteWriter) {
        json.object {
            json.member("completion", completion)
            json.member("instances", instances)
            json.member("path", path)
        }
    }

    /// One compact line of JSON, keys sorted; written directly
    /// (`StatusDecisionsJSON`), byte for byte what encoding this type gives.
    static func bytes(_ status: PlanStatus) -> [UInt8] {
        StatusDecisionsJSON.bytes(status)
    }

    /// The same line through `JSONWritable`: the declaration of the format, kept to test the fast writer against.
    static func encodedBytes(_ status: PlanStatus) -> [UInt8] {
        JSONByteWriter.bytes(SnapshotDecisions(status), compact: true) + [0x0A]
    }
}

extension SnapshotMetadata.Totals: JSONWritable {
    /// The same members `snapshot.json` has for them (Foundation, snake_case).
    package func write(to json: JSONByteWriter) {
        json.object {
            json.member("done", done)
            json.member("done_of_due_so_far", doneOfDueSoFar)
            json.member("due_so_far", dueSoFar)
            json.member("due_soon", dueSoon)
            json.member("overdue", overdue)
            json.member("total", total)
        }
    }
}
