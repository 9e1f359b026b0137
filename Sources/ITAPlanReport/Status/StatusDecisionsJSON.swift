import ITAPlanCore

/// A plan's decisions as a snapshot stores them (status format 2,
/// docs/audit-trail.md): its totals and, per due instance, what was decided;
/// one compact line of JSON, keys sorted. Written directly, not through
/// `Encodable`: a snapshot and its verification write one per plan, and the
/// generic encoder was a fifth of verifying a chain.
public enum StatusDecisionsJSON {
    public static func bytes(_ status: PlanStatus) -> [UInt8] {
        JSONByteWriter.bytes(Decisions(status: status), compact: true) + [0x0A]
    }

    private struct Decisions: JSONWritable {
        let status: PlanStatus

        func write(to json: JSONByteWriter) {
            json.object {
                json.member("completion", Totals(completion: status.completion))
                json.member("instances", status.measures.lazy.flatMap { measure in
                    measure.steps.lazy.flatMap { step in
                        step.instances.lazy.map { Instance(measure: measure.measure.id.value, step: step.step.id.value,
                                                           item: $0) }
                    }
                })
                json.member("path", status.path)
            }
        }
    }

    private struct Totals: JSONWritable {
        let completion: Completion

        func write(to json: JSONByteWriter) {
            json.object {
                json.member("done", completion.done)
                json.member("done_of_due_so_far", completion.doneOfDueSoFar)
                json.member("due_so_far", completion.dueSoFar)
                json.member("due_soon", completion.dueSoon)
                json.member("overdue", completion.overdue)
                json.member("total", completion.total)
            }
        }
    }

    private struct Instance: JSONWritable {
        let measure: String
        let step: String
        let item: InstanceStatus

        func write(to json: JSONByteWriter) {
            json.object {
                json.member("done", item.done?.description)
                json.member("due", item.instance.due.description)
                json.member("measure", measure)
                json.member("period", item.instance.period)
                json.member("state", item.state.rawValue)
                json.member("step", step)
            }
        }
    }
}
