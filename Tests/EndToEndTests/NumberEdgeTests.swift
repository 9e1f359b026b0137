import Foundation
import ITAPlanTestSupport
import Testing

/// Numbers at and past the edge of their type, in every numeric field of the
/// format: never a crash, always exit 1 with a finding at the number.
@Suite("numbers at the edge of their type, end to end")
struct NumberEdgeTests {
    /// Every numeric field of `valid/every-key.yaml`: the text to replace,
    /// with `#` where the number goes.
    static let fields: [(name: String, original: String, template: String)] = [
        ("schema", "schema: 1", "schema: #"),
        ("fiscal_year", "fiscal_year: ๒๕๖๔", "fiscal_year: #"),
        ("due_soon_days", "due_soon_days: 21", "due_soon_days: #"),
        ("ita.year", "  year: 2563", "  year: #"),
        ("ita.total", "  total: 69.58", "  total: #"),
        ("indicator number", "{ number: 2, tool: IIT, score: 83.00 }", "{ number: #, tool: IIT, score: 83.00 }"),
        ("indicator score", "{ number: 3, tool: IIT, score: 86.45 }", "{ number: 3, tool: IIT, score: # }"),
        ("analysis indicators", "- indicators: [9, 10]", "- indicators: [#, 10]"),
        ("measure indicators", "indicators: [2, 4, 8, 9, 10]", "indicators: [2, #, 8, 9, 10]"),
        ("grace_days", "grace_days: 10", "grace_days: #"),
        ("quarters", "quarters: [2, 3]", "quarters: [#, 3]"),
        ("percent", "- percent: 50", "- percent: #"),
        ("date year", "by: 2564-01-15", "by: 15 ม.ค. #"),
    ]

    static let values = ["1e19", "-1e19", "1e400", "99999999999999999999", "-99999999999999999999",
                         "9223372036854775808", "9223372036854775807", String(repeating: "9", count: 400),
                         "0." + String(repeating: "0", count: 400) + "1"]

    static let cases: [(String, String)] = fields.flatMap { field in values.map { (field.name, $0) } }

    @Test("validate, status and report: exit 1, a located finding, no trace", arguments: cases)
    func edgeNumber(field: String, value: String) throws {
        let spec = try #require(Self.fields.first { $0.name == field })
        let valid = try Fixtures.text("valid/every-key.yaml")
        let line = try #require(valid.components(separatedBy: "\n").firstIndex { $0.contains(spec.original) }) + 1
        let plan = valid.replacingOccurrences(of: spec.original, with: spec.template.replacingOccurrences(of: "#", with: value))
        #expect(plan != valid)
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try plan.write(to: directory.appendingPathComponent("plan.yaml"), atomically: true, encoding: .utf8)

        let validate = try BinaryRunner.run(["validate", "plan.yaml"], in: directory)
        let located = validate.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("plan.yaml:\(line):") && $0.contains(": error: [") }
        if value.hasPrefix("0.") && ["ita.total", "indicator score", "percent"].contains(field) {
            // A tiny decimal is a fine score: only the arithmetic it breaks is reported.
            #expect(validate.status <= 1 && validate.stderr.isEmpty, "\(validate.stderr)")
        } else {
            #expect(validate.status == 1, "\(validate.stdout)\(validate.stderr)")
            #expect(!located.isEmpty, "no finding at line \(line): \(validate.stdout)")
        }
        #expect(validate.stderr.isEmpty, "\(validate.stderr)")
        #expect(validate.stdout.count < 20_000, "the number is shown shortened")
        for command in [["status", "plan.yaml"], ["status", "--format", "json", "plan.yaml"],
                        ["report", "plan.yaml"], ["report", "--format", "html", "plan.yaml"]] {
            let result = try BinaryRunner.run(command + ["--as-of", "2021-03-31"], in: directory)
            #expect((0...1).contains(result.status), "\(command): status \(result.status) \(result.stderr)")
            #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("Stack dump"), "\(command)")
        }
    }
}
