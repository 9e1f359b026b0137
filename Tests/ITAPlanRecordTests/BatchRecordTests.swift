import ITAPlanCore
import ITAPlanRecord
import ITAPlanTestSupport
import Testing

/// Many records at once are placed from one reading of the file and checked once.
@Suite("record: batches")
struct BatchRecordTests {
    private func batch(_ entries: [ProgressEntry], in text: String) -> Result<String, BatchRefusal> {
        Recording.recorder.record(entries, in: PlanSource(path: "plan.yaml", contents: text))
            .map { String(decoding: $0.source.text.bytes, as: UTF8.self) }
    }

    @Test("several records for one step without progress: one key, the records in row order; a flow step likewise, its default periods one after another")
    func oneStepSeveralRecords() throws {
        let steps = "    steps:\n      - id: 1.1\n        text: รายงาน\n        schedule: quarterly\n      - { id: 1.2, text: อื่น, schedule: quarterly }\n"
        let entries = [Recording.done("1.1", "Q2"), Recording.done("1.2"), Recording.done("1.1", "Q1"), Recording.done("1.2")]
        let after = try batch(entries, in: Recording.plan(steps: steps)).get()
        #expect(after == Recording.plan(steps: """
            steps:
              - id: 1.1
                text: รายงาน
                schedule: quarterly
                progress:
                  - period: Q2
                    done: 2564-03-20
                    evidence: https://example.go.th/e
                  - period: Q1
                    done: 2564-03-20
                    evidence: https://example.go.th/e
              - { id: 1.2, text: อื่น, schedule: quarterly, progress: [{ period: Q1, done: 2564-03-20, evidence: https://example.go.th/e }, { period: Q2, done: 2564-03-20, evidence: https://example.go.th/e }] }

        """))
    }

    @Test("two rows for one period: the second is refused as the duplicate, and an unknown step is named too")
    func duplicateAndUnknown() {
        let steps = "    steps:\n      - id: 1.1\n        text: รายงาน\n        schedule: quarterly\n"
        let entries = [Recording.done("1.1", "Q1"), Recording.done("9.9"), Recording.done("1.1", "ไตรมาสที่ 1")]
        guard case .failure(let refusal) = batch(entries, in: Recording.plan(steps: steps)) else { Issue.record(); return }
        #expect(refusal.refused.map(\.index) == [1, 2])
        #expect(refusal.refused[1].refusal.findings?.findings.map(\.rule) == [.duplicatePeriod])
        #expect(refusal.refused[1].refusal.field == .period)
    }
}
