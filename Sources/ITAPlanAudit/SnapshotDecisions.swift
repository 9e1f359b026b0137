import ITAPlanCore
import ITAPlanReport

/// A plan's status file in a snapshot, status format 2: what was decided
/// for each due instance and the plan's totals, not the plan's text again
/// (the plan blob sits beside it in the snapshot). About a tenth of the
/// full `itaplan-status` plan object of format 1; see docs/audit-trail.md.
///
/// Written by the byte writer, member by member in key order: a snapshot
/// writes one per plan, thousands at a time, as status JSON does.
enum SnapshotDecisions {
    static let formatVersion = 2

    /// One compact line of JSON, keys sorted: `{"completion":…,"instances":[…],"path":…}`,
    /// written by `StatusDecisionsJSON` (the one writer of the format).
    static func bytes(_ status: PlanStatus) -> [UInt8] {
        StatusDecisionsJSON.bytes(status)
    }
}

extension SnapshotMetadata.Totals: JSONWritable {
    /// The same members `snapshot.json` has for them (Foundation, snake_case).
    @usableFromInline package func write(to json: JSONByteWriter) {
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
