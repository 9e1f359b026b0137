import Foundation
import ITAPlanTestSupport
import Testing

/// The built binary with hostile plan text and a hostile file name: nothing
/// raw reaches the terminal or a CI log, on stdout or stderr.
@Suite("hostile plan text through the binary")
struct HostileOutputCommandTests {
    @Test("validate, status and report: no raw control character, no workflow command from the plan")
    func noRawOutput() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let plans = directory.appendingPathComponent("plans")
        try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.url("hostile/corpus-findings.yaml"),
                                         to: plans.appendingPathComponent("\u{1B}[2J::add-mask::x\u{202E}.yaml"))
        try FileManager.default.copyItem(at: Fixtures.url("hostile/corpus-plan.yaml"),
                                         to: plans.appendingPathComponent("::warning::ok\u{1B}.yaml"))
        try FileManager.default.copyItem(at: Fixtures.url("hostile/corpus-findings.yaml"),
                                         to: plans.appendingPathComponent("##[error]legacy.yaml"))
        for command in [["validate"], ["validate", "--format", "github"], ["status"], ["status", "--format", "summary"],
                        ["status", "--format", "markdown"], ["report"], ["report", "--format", "html"]] {
            let dated = command.first == "validate" ? command : command + ["--as-of", "2021-03-31"]
            let result = try BinaryRunner.run(dated, in: directory)
            #expect(result.status == 1, "\(command): \(result.status) \(result.stderr)")
            for (name, stream) in [("stdout", result.stdout), ("stderr", result.stderr)] {
                let raw = stream.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n") || $0.value == 0x202E }
                #expect(raw.isEmpty, "\(command) \(name) prints \(raw.map { String($0.value, radix: 16) }) raw")
                for line in stream.split(separator: "\n") where line.drop(while: { $0 == " " }).hasPrefix("::")
                    || line.drop(while: { $0 == " " }).hasPrefix("##[") {
                    let own = command.contains("github") && name == "stdout"
                        && line.wholeMatch(of: #/^::(error|warning) file=[^\n]+,line=\d+,col=\d+,title=itaplan \[[a-z-]+\]::.+$/#) != nil
                    #expect(own, "\(command) \(name): the plan wrote a workflow command: \(line)")
                }
            }
        }
    }
}
