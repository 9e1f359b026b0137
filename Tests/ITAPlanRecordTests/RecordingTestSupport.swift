import Foundation
import ITAPlanCore
import ITAPlanRecord
import ITAPlanTestSupport

/// A recorder that runs "today" on the seed's as-of date, and a small plan
/// whose layout each golden test varies.
enum Recording {
    static let recorder = ProgressRecorder(checker: Fixtures.checker)

    static func seed() throws -> PlanSource {
        try FileReading.read(path: Fixtures.seedPlan.path, displayPath: "plans/pho-hak-2564.yaml", maxBytes: 8 << 20)
    }

    /// The text after recording, or the refusal.
    static func record(_ entry: ProgressEntry, in text: String) -> Result<String, RecordRefusal> {
        record(entry, in: PlanSource(path: "plan.yaml", contents: text))
            .map { String(decoding: $0.result.source.text.bytes, as: UTF8.self) }
    }

    static func record(_ entry: ProgressEntry, in source: PlanSource) -> Result<RecordedProgress, RecordRefusal> {
        recorder.record(entry, in: source)
    }

    static func done(_ step: String, _ period: String? = nil, on date: String = "2564-03-20",
                     evidence: String = "https://example.go.th/e", by: String? = nil) -> ProgressEntry {
        guard case .success(let entry) = ProgressInput(step: step, period: period, done: date, evidence: [evidence], by: by).entry() else {
            fatalError("bad test entry")
        }
        return entry
    }

    /// A valid plan around one measure whose steps text the test supplies.
    static func plan(steps: String, lineBreak: String = "\n") -> String {
        let head = """
        schema: 1
        agency:
          name: เทศบาลทดสอบ
        fiscal_year: 2564
        ita:
          year: 2563
          indicators:
            - { number: 1, score: 90 }
            - { number: 2, score: 90 }
            - { number: 3, score: 90 }
            - { number: 4, score: 90 }
            - { number: 5, score: 90 }
            - { number: 6, score: 90 }
            - { number: 7, score: 90 }
            - { number: 8, score: 90 }
            - { number: 9, score: 90 }
            - { number: 10, score: 90 }
        measures:
          - id: 1
            title: มาตรการทดสอบ
            responsible: งานพัสดุฯ กองคลัง

        """
        return (head + steps).replacingOccurrences(of: "\n", with: lineBreak)
    }
}
