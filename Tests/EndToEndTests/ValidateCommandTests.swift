import Foundation
import ITAPlanTestSupport
import Testing

/// `itaplan validate` as a user runs it: the built binary, its output
/// streams and its exit status.
@Suite("itaplan validate, end to end")
struct ValidateCommandTests {
    @Test("the bundled plans validate clean by default")
    func bundledPlans() throws {
        let result = try BinaryRunner.run(["validate"])
        #expect(result.status == 0)
        #expect(result.stdout == "1 plan file checked, no problems\n")
        #expect(result.stderr.isEmpty)
    }

    @Test("changing one score makes the stated 69.58 an error at its line and column, with the computed value")
    func changedScore() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let seed = try String(contentsOf: Fixtures.seedPlan, encoding: .utf8)
        let changed = seed.replacingOccurrences(of: "score: 80.03 }", with: "score: 90.03 }")
        #expect(changed != seed)
        try changed.write(to: directory.appendingPathComponent("plan.yaml"), atomically: true, encoding: .utf8)

        let lines = changed.components(separatedBy: "\n")
        let line = try #require(lines.firstIndex { $0.hasPrefix("  total: 69.58") }) + 1
        let result = try BinaryRunner.run(["validate", "plan.yaml"], in: directory)
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix(
            "plan.yaml:\(line):10: error: [total-mismatch] stated total 69.58 does not follow from the indicator scores: computed 70.1852"))
        #expect(result.stdout.contains("  total: 69.58\n         ^\n"))
    }

    @Test("exit status 2 for a path that does not exist, with the reason on stderr")
    func missingPath() throws {
        let result = try BinaryRunner.run(["validate", "no/such/plans"])
        #expect(result.status == 2)
        #expect(result.stderr == "itaplan: no/such/plans: no such file or directory\n")
    }

    @Test("exit status 2 for a bad option value, named at parse time")
    func badFormat() throws {
        let result = try BinaryRunner.run(["validate", "--format", "xml"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("xml"))
        #expect(result.stdout.isEmpty)
    }

    @Test("warnings pass unless --strict")
    func strict() throws {
        let fixture = "Tests/Fixtures/invalid/unaddressed-indicator.yaml"
        #expect(try BinaryRunner.run(["validate", fixture]).status == 0)
        #expect(try BinaryRunner.run(["validate", "--strict", fixture]).status == 1)
    }

    @Test("Thai messages from LANG, English with --lang en")
    func language() throws {
        let fixture = "Tests/Fixtures/invalid/score-range.yaml"
        let thai = try BinaryRunner.run(["validate", fixture], environment: ["LANG": "th_TH.UTF-8"])
        #expect(thai.stdout.contains("error: [score-range] คะแนน 187.68 อยู่นอกช่วง 0–100"))
        let english = try BinaryRunner.run(["validate", "--lang", "en", fixture], environment: ["LANG": "th_TH.UTF-8"])
        #expect(english.stdout.contains("error: [score-range] score 187.68 is outside 0–100"))
    }

    @Test("--format json parses and --format github writes workflow commands")
    func machineFormats() throws {
        let fixture = "Tests/Fixtures/invalid/duplicate-id.yaml"
        let json = try BinaryRunner.run(["validate", "--format", "json", fixture])
        #expect(json.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["format"] as? String == "itaplan-findings")
        let github = try BinaryRunner.run(["validate", "--format", "github", fixture])
        #expect(github.stdout.hasPrefix("::error file=Tests/Fixtures/invalid/duplicate-id.yaml,line=37,col=9,title=itaplan [duplicate-id]::"))
    }

    @Test("an alias bomb is a finding, not a hang")
    func aliasBomb() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var bomb = "a: &a [lol,lol,lol,lol,lol,lol,lol,lol,lol]\n"
        for (previous, name) in zip("abcdefgh", "bcdefghi") {
            bomb += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
        }
        try bomb.write(to: directory.appendingPathComponent("bomb.yaml"), atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["validate", "bomb.yaml"], in: directory)
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("bomb.yaml:5:8: error: [yaml-alias-bomb]"))
    }

    @Test("--help and --version exit 0")
    func helpAndVersion() throws {
        let help = try BinaryRunner.run(["validate", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--strict"))
        #expect(try BinaryRunner.run(["--version"]).status == 0)
    }
}
