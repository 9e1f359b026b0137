import Foundation
import ITAPlanTestSupport
import Testing

/// Errors that stop a command, as the user sees them: in their words, with
/// where, never a Swift dump of the error value.
@Suite("itaplan failure messages, end to end")
struct FailureMessageCommandTests {
    @Test("a broken --template names the file, line and column and says what is wrong", arguments: ["en", "th"])
    func brokenTemplate(_ language: String) throws {
        let directory = try Fixtures.temporaryDirectory("broken-template")
        defer { try? FileManager.default.removeItem(at: directory) }
        // A section opened and never closed.
        try "# {{agency.name}}\n{{#measures}}\n- {{title}}\n".write(
            to: directory.appendingPathComponent("mine.mustache"), atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["report", Fixtures.seedPlan.path, "--as-of", "2021-03-31",
                                           "--template", "mine.mustache", "--lang", language], in: directory)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("itaplan: mine.mustache:"), "\(result.stderr)")
        #expect(!result.stderr.contains("badTemplate"), "a Swift dump: \(result.stderr)")
        #expect(!result.stderr.contains("("), "a Swift dump: \(result.stderr)")
        if language == "en" {
            #expect(result.stderr.contains("the Mustache template cannot be read: a section is opened but never closed"),
                    "\(result.stderr)")
        } else {
            #expect(result.stderr.contains("แม่แบบ Mustache อ่านไม่ได้"), "\(result.stderr)")
        }
    }

    @Test("a bad --diff range is worded, not dumped")
    func badRange() throws {
        let sandbox = try GitSandbox()
        let result = try sandbox.itaplan(["report", "--diff", "..", "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stderr == "itaplan: --diff \"..\" cannot be read: write BASE..HEAD (such as main..HEAD), BASE...HEAD (against where the branches parted) or one revision\n",
                "\(result.stderr)")
    }

    @Test("report --format json outside git says why there is no chart, in words, and still reports")
    func noHistoryOutsideGit() throws {
        let directory = try Fixtures.temporaryDirectory("report-no-git")
        defer { try? FileManager.default.removeItem(at: directory) }
        let plan = directory.appendingPathComponent("plan.yaml")
        try FileManager.default.copyItem(at: Fixtures.seedPlan, to: plan)
        let result = try BinaryRunner.run(["report", "plan.yaml", "--format", "json", "--as-of", "2021-03-31", "--lang", "en"],
                                          in: directory)
        #expect(result.status == 0)
        #expect(result.stderr == "itaplan: no completion-over-time chart: not in a git repository (or any parent folder)\n")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(json != nil)
        #expect(json?["history"] == nil, "no series without git")
    }
}
