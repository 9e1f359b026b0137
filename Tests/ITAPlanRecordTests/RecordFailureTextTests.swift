import ITAPlanCore
import ITAPlanRecord
import Testing

/// The record target's failures word themselves in both languages.
@Suite("record failure text")
struct RecordFailureTextTests {
    static let failures: [any LocalizedFailure] = [
        AtomicFile.Failure.changedMeanwhile(path: "plans/p.yaml"), AtomicFile.Failure.notRegular(path: "plans/p.yaml"),
        AtomicFile.Failure.readOnly(path: "plans/p.yaml"),
        AtomicFile.Failure.cannotWrite(path: "plans/p.yaml", reason: "read-only file system"),
        AtomicFile.Failure.ownerNotKept(path: "plans/p.yaml", reason: "Operation not permitted"),
        AtomicFile.Failure.hardLinked(path: "plans/p.yaml", names: 2), AtomicFile.Failure.hardLinked(path: "plans/p.yaml", names: 3),
        PlanCommit.Refusal.outsideRepository(path: "/tmp/p.yaml"), PlanCommit.Refusal.uncommittedChanges(path: "plans/p.yaml"),
    ]

    @Test("each has Thai and English words naming the file, not a dump", arguments: 0..<failures.count)
    func worded(_ index: Int) {
        let failure = Self.failures[index]
        let thai = FailureText.text(for: failure, in: .thai)
        let english = FailureText.text(for: failure, in: .english)
        #expect(thai != english)
        #expect(thai.unicodeScalars.contains { (0x0E00...0x0E7F).contains($0.value) })
        for text in [thai, english] {
            #expect(text.contains("p.yaml"))
            #expect(text.range(of: #"[A-Za-z]+\([A-Za-z]+: "#, options: .regularExpression) == nil, "a dump: \(text)")
        }
    }

    @Test("a hard-linked plan's message counts the other names and gives a cp && mv that a shell reads back as the same path")
    func hardLinkedWords() {
        #expect(AtomicFile.Failure.hardLinked(path: "plans/p.yaml", names: 3).text(in: .english)
            .contains("the file has 3 names (hard links), and recording would change this name only, leaving the other 2 with the old text"))
        let odd = AtomicFile.Failure.hardLinked(path: "แผน 69/it's.yaml", names: 2).text(in: .english)
        #expect(odd.contains("cp 'แผน 69/it'\\''s.yaml' 'แผน 69/it'\\''s.yaml.copy' && mv 'แผน 69/it'\\''s.yaml.copy' 'แผน 69/it'\\''s.yaml'"), "\(odd)")
    }

    @Test("a refusal outside a repository is a usage error; uncommitted changes are the plan's state")
    func exitKinds() {
        #expect(PlanCommit.Refusal.outsideRepository(path: "p.yaml").isUsage)
        #expect(!PlanCommit.Refusal.uncommittedChanges(path: "p.yaml").isUsage)
    }

    @Test("a CSV problem says file, row and column in the user's language")
    func csvProblemPlace() {
        let problem = CSVRecording.Problem(row: 7, column: "done", plan: "plans/p.yaml", inCSV: true, message: .csvRowNeedsPlan)
        #expect(problem.text(csvPath: "in.csv", in: .english).hasPrefix("in.csv: row 7, column done: plans/p.yaml: "))
        #expect(problem.text(csvPath: "in.csv", in: .thai).hasPrefix("in.csv: แถว 7 คอลัมน์ done: plans/p.yaml: "))
        let planOwn = CSVRecording.Problem(row: nil, column: nil, plan: "plans/p.yaml", inCSV: false, message: .csvRowNeedsPlan)
        #expect(planOwn.text(csvPath: "in.csv", in: .english).hasPrefix("plans/p.yaml: "))
    }
}
