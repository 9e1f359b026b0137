import Foundation
import ITAPlanTestSupport
import Testing

/// What the README says the binary does, checked against the binary.
@Suite("README claims")
struct ReadmeClaimsTests {
    static func readme() throws -> String {
        try String(contentsOf: Fixtures.root.appendingPathComponent("README.md"), encoding: .utf8)
    }

    @Test("the validate example is what the bundled plan, changed as the README says, gives")
    func validateExample() throws {
        let text = try Self.readme()
        let start = try #require(text.range(of: "$ sed 's/score: 80.03 }/score: 90.03 }/' plans/pho-hak-2564.yaml > /tmp/plan.yaml\n$ cd /tmp && itaplan validate plan.yaml\n"))
        let end = try #require(text.range(of: "```", range: start.upperBound..<text.endIndex))
        let shown = String(text[start.upperBound..<end.lowerBound])

        let directory = try Fixtures.temporaryDirectory("readme-validate")
        defer { try? FileManager.default.removeItem(at: directory) }
        let seed = try String(contentsOf: Fixtures.seedPlan, encoding: .utf8)
        let changed = seed.replacingOccurrences(of: "score: 80.03 }", with: "score: 90.03 }")
        try changed.write(to: directory.appendingPathComponent("plan.yaml"), atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["validate", "plan.yaml"], in: directory)
        #expect(result.status == 1)
        #expect(result.stdout + result.stderr == shown)
    }

    @Test("every status format the binary takes is in the README's list, and no other")
    func statusFormats() throws {
        let text = try Self.readme()
        let line = try #require(text.components(separatedBy: "\n").first { $0.hasPrefix("- `--format table|") })
        let listed = line.dropFirst("- `--format ".count).prefix { $0 != "`" }.split(separator: "|").map(String.init)
        let help = try BinaryRunner.run(["status", "--help"])
        let option = try #require(help.stdout.range(of: "Output format: "))
        let formats = help.stdout[option.upperBound...].prefix { $0 != "(" }
            .split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        #expect(listed == formats, "README lists \(listed), the binary takes \(formats)")
        // And each is accepted.
        for format in listed {
            let run = try BinaryRunner.run(["status", "plans", "--as-of", "2021-03-31", "--format", format])
            #expect(run.status == 0, "--format \(format): \(run.stderr)")
        }
    }

    /// The values ArgumentParser lists for `--format` in a command's help.
    static func helpFormats(_ command: String) throws -> [String] {
        let help = try BinaryRunner.run([command, "--help"]).stdout.replacingOccurrences(of: "\n", with: " ")
        let values = try #require(help.range(of: "(values: "))
        return help[values.upperBound...].prefix { $0 != ";" && $0 != ")" }
            .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    @Test("the README lists every format of status, report and validate as the binary takes them", arguments: [
        ("status", "table"), ("report", "markdown"), ("validate", "text"),
    ])
    func formatLists(_ command: String, first: String) throws {
        let text = try Self.readme()
        let lists = text.components(separatedBy: "`--format ").dropFirst().map {
            $0.prefix { $0 != "`" }.split(separator: "|").map(String.init)
        }
        let listed = try #require(lists.first { $0.first == first && $0.count > 1 }, "no --format \(first)|… list")
        let formats = try Self.helpFormats(command)
        #expect(listed.map { $0.trimmingCharacters(in: .whitespaces) } == formats,
                "README lists \(listed) for \(command), the binary takes \(formats)")
    }
}
