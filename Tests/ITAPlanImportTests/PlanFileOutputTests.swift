import Foundation
import ITAPlanCore
import ITAPlanImport
import ITAPlanTestSupport
import Testing

/// `import --output`: a new file, never a folder, an existing file only when asked.
@Suite("plan file output")
struct PlanFileOutputTests {
    @Test("an existing file is kept unless replacing; a folder never written; each refusal worded in both languages")
    func refusals() throws {
        let directory = try Fixtures.temporaryDirectory("plan-output")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("plan.yaml").path
        try PlanFileOutput.write("schema: 1\n", to: path, replacing: false)
        #expect(throws: PlanFileOutput.Failure.exists(path: path)) {
            try PlanFileOutput.write("schema: 2\n", to: path, replacing: false)
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "schema: 1\n")
        try PlanFileOutput.write("schema: 2\n", to: path, replacing: true)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "schema: 2\n")
        #expect(throws: PlanFileOutput.Failure.isFolder(path: directory.path)) {
            try PlanFileOutput.write("schema: 1\n", to: directory.path, replacing: true)
        }
        for failure in [PlanFileOutput.Failure.exists(path: "p.yaml"), .isFolder(path: "p.yaml")] {
            let thai = FailureText.text(for: failure, in: .thai)
            let english = FailureText.text(for: failure, in: .english)
            #expect(thai != english && thai.contains("p.yaml") && english.contains("p.yaml"))
            #expect(thai.unicodeScalars.contains { (0x0E00...0x0E7F).contains($0.value) })
        }
    }
}
