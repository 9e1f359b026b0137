import Foundation
import ITAPlanTestSupport
import Testing

/// Issue 18, "Must show": a new officer's day in Thai, through the built
/// binary in a real repository. Every line the tool prints is held to
/// three rules: no English noun where Thai has a word, no Christian-era
/// date, no raw control byte.
@Suite("A new user's day in Thai, end to end")
struct ThaiUserDayTests {
    /// English nouns that have Thai words in itaplan's Thai output. Command
    /// names, keys and other code tokens (`period:`, `--as-of`, `[rule-id]`,
    /// `commit`, `snapshot`, paths) are allowed; see `prose(of:)`.
    static let bannedNouns = [
        "step", "steps", "plan", "plans", "measure", "measures", "indicator", "indicators", "unit", "units",
        "record", "records", "recorded", "late", "done", "due", "overdue", "soon", "period", "periods",
        "schedule", "evidence", "progress", "score", "scores", "total", "year", "month", "quarter",
        "file", "files", "folder", "agency", "level", "responsible", "instance", "instances", "none",
        "tag", "mapping", "expected", "found", "between",
    ]

    /// The day the story happens on: mid-November of fiscal year 2570.
    static let environment = GitSandbox.environment.merging([
        "LANG": "th_TH.UTF-8",
        "GIT_AUTHOR_DATE": "2026-11-20T10:00:00+07:00",
        "GIT_COMMITTER_DATE": "2026-11-20T10:00:00+07:00",
    ]) { $1 }

    final class Transcript {
        var lines: [(command: String, line: String)] = []

        /// Runs itaplan (or git) and keeps everything it printed.
        @discardableResult
        func run(_ arguments: [String], in directory: URL, git: Bool = false) throws -> BinaryRunner.Output {
            // Not GitSandbox(existing:), which deletes the folder above it when it goes.
            let result = git
                ? try ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/env"), ["git"] + arguments, in: directory,
                                        environment: ProcessInfo.processInfo.environment.merging(ThaiUserDayTests.environment) { $1 })
                : try BinaryRunner.run(arguments, in: directory, environment: ThaiUserDayTests.environment)
            let name = (git ? "git " : "itaplan ") + arguments.joined(separator: " ")
            for text in [result.stdout, result.stderr] {
                lines += text.split(separator: "\n", omittingEmptySubsequences: false).map { (name, String($0)) }
            }
            return result
        }
    }

    @Test("init, fill in, five mistakes and their fixes, record, status, snapshot, audit log: all in Thai")
    func day() throws {
        let parent = try Fixtures.temporaryDirectory("thai-day")
        defer { try? FileManager.default.removeItem(at: parent) }
        let directory = parent.appendingPathComponent("แผน อบต")
        let transcript = Transcript()

        // Morning: a new repository from the template.
        let setup = try transcript.run(["init", directory.path, "--fiscal-year", "2570",
                                        "--agency", "องค์การบริหารส่วนตำบลทดสอบ"], in: parent)
        #expect(setup.status == 0, "\(setup.stderr)")
        let planURL = directory.appendingPathComponent("plans/plan-2570.yaml")
        let template = try String(contentsOf: planURL, encoding: .utf8)

        // Fill it in: real scores, the analysis, the measure and its step.
        let scores = ["88.76", "90.10", "91.20", "92.50", "93.00", "80.03", "87.50", "86.20", "60.00", "70.00"]
        var filled = ""
        var next = 0
        for line in template.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = String(line)
            if line.contains("score: 0 }"), next < scores.count {
                line = line.replacingOccurrences(of: "score: 0 }", with: "score: \(scores[next]) }")
                next += 1
            }
            filled += line + "\n"
        }
        filled.removeLast()
        #expect(next == 10)
        filled = try replace(filled, [
            ("  # kind: subdistrict-municipality", "  kind: อบต."),
            ("ประเด็นที่ต้องแก้ไขจากผลคะแนน OIT (แก้ไขข้อความนี้)", "คะแนน OIT ต่ำกว่าเกณฑ์ ต้องเผยแพร่ข้อมูลให้ครบ"),
            ("มาตรการในการเผยแพร่ข้อมูลต่อสาธารณะ (ตัวอย่าง · an example)", "มาตรการเผยแพร่ข้อมูลต่อสาธารณะ"),
        ])
        try filled.write(to: planURL, atomically: true, encoding: .utf8)
        let clean = try transcript.run(["validate"], in: directory)
        #expect(clean.status == 0, "\(clean.stdout)\(clean.stderr)")
        #expect(clean.stdout == "ตรวจ 1 ไฟล์ ไม่พบปัญหา\n")
        try transcript.run(["add", "-A"], in: directory, git: true)
        let first = try transcript.run(["commit", "-q", "-m", "แผนปีงบประมาณ 2570"], in: directory, git: true)
        #expect(first.status == 0, "\(first.stderr)")

        // Five mistakes of the issue, each one finding in Thai, then fixed.
        let mistakes: [(old: String, new: String, expected: String)] = [
            ("    indicators: [", "    indicator: [", "ไม่รู้จักคีย์ 'indicator' ในมาตรการ หมายถึง 'indicators' หรือไม่"),
            ("fiscal_year: 2570", "fiscal_year: 2569", "หมายถึง fiscal_year: 2570 หรือไม่"),
            ("score: 88.76 }", "score: 88,76 }", "ให้เขียน 88.76"),
            ("text: เผยแพร่ข้อมูลข่าวสาร", "text: หมายเหตุ: เผยแพร่ข้อมูลข่าวสาร", "ต้องอยู่ในเครื่องหมายคำพูด"),
            ("    title: มาตรการเผยแพร่", "     title: มาตรการเผยแพร่", "บรรทัดนี้ย่อหน้า 5 ช่อง แต่บรรทัดก่อนหน้าย่อหน้า 4 ช่อง"),
        ]
        for mistake in mistakes {
            try replace(filled, [(mistake.old, mistake.new)]).write(to: planURL, atomically: true, encoding: .utf8)
            let found = try transcript.run(["validate"], in: directory)
            #expect(found.status == 1)
            #expect(found.stdout.contains(mistake.expected), "\(found.stdout)")
            #expect(found.stdout.hasSuffix("ตรวจ 1 ไฟล์ พบข้อผิดพลาด 1 รายการ คำเตือน 0 รายการ\n"), "one mistake, one finding: \(found.stdout)")
            if mistake.new.hasPrefix("fiscal_year") {
                // The hook refuses it, in Thai, and the commit does not happen.
                try transcript.run(["add", "-A"], in: directory, git: true)
                let refused = try transcript.run(["commit", "-q", "-m", "ผิด"], in: directory, git: true)
                #expect(refused.status != 0)
                #expect(refused.stderr.contains("หมายถึง fiscal_year: 2570 หรือไม่"), "\(refused.stderr)")
            }
        }
        try filled.write(to: planURL, atomically: true, encoding: .utf8)
        try transcript.run(["add", "-A"], in: directory, git: true)
        #expect(try transcript.run(["validate"], in: directory).status == 0)
        // A day that does not exist, on the command line: the same words as validate, in Thai.
        let badDay = try transcript.run(["status", "--as-of", "2569-02-31"], in: directory)
        #expect(badDay.status == 2)
        #expect(badDay.stderr == "itaplan: '--as-of' เป็น '2569-02-31' ซึ่งไม่มีวันนี้ในปฏิทิน\n")

        // Afternoon: record October's work, a wrong period first.
        let wrongPeriod = try transcript.run(["record", "1.1", "--period", "2569-13", "--done", "2569-11-03",
                                              "--evidence", "https://www.example.go.th/news/1", "--by", "นางสาวสมศรี"], in: directory)
        #expect(wrongPeriod.status == 1)
        #expect((wrongPeriod.stdout + wrongPeriod.stderr).contains("(งวดที่มี: 2569-10, 2569-11, 2569-12, 2570-01"), "\(wrongPeriod.stderr)")
        let recorded = try transcript.run(["record", "1.1", "--period", "2569-10", "--done", "2569-11-03",
                                           "--evidence", "https://www.example.go.th/news/1", "--by", "นางสาวสมศรี",
                                           "--commit"], in: directory)
        #expect(recorded.status == 0, "\(recorded.stderr)")
        #expect(recorded.stdout.hasPrefix("บันทึกแล้ว 1.1 ต.ค. 2569: เสร็จ 3 พ.ย. 2569"), "\(recorded.stdout)")

        // Evening: where things stand, the day's snapshot, the audit trail.
        let status = try transcript.run(["status", "--as-of", "2569-11-20"], in: directory)
        #expect(status.status == 0, "\(status.stderr)")
        #expect(status.stdout.contains("ณ วันที่ 20 พ.ย. 2569"))
        let todo = try transcript.run(["todo", "--as-of", "2569-12-01"], in: directory)
        #expect(todo.status == 0, "\(todo.stderr)")
        #expect(todo.stdout.contains("ครบกำหนด 5 ธ.ค. 2569"), "\(todo.stdout)")
        #expect(try transcript.run(["status", "--as-of", "2569-11-20", "--format", "summary"], in: directory).status == 0)
        let snapshot = try transcript.run(["snapshot", "--as-of", "2569-11-20"], in: directory)
        #expect(snapshot.status == 0, "\(snapshot.stderr)")
        let log = try transcript.run(["audit", "log"], in: directory)
        #expect(log.status == 0, "\(log.stderr)")
        #expect(log.stdout.contains("20 พ.ย. 2569"))
        let verify = try transcript.run(["audit", "verify"], in: directory)
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        let history = try transcript.run(["history"], in: directory)
        #expect(history.status == 0, "\(history.stderr)")
        #expect(history.stdout.contains("ต.ค. 2569"), "\(history.stdout)")

        // Every line of the day.
        #expect(transcript.lines.count > 60)
        let lines = transcript.lines
        if let dump = ProcessInfo.processInfo.environment["ITAPLAN_DAY_TRANSCRIPT"] {
            try lines.map { "[\($0.command)] \($0.line)" }.joined(separator: "\n").write(toFile: dump, atomically: true, encoding: .utf8)
        }
        for (index, entry) in lines.enumerated() {
            // A source line echoed above its caret is the user's own file.
            if index + 1 < lines.count, lines[index + 1].line.trimmingCharacters(in: .whitespaces) == "^" { continue }
            let control = entry.line.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\t") || (0x7F...0x9F).contains($0.value) }
            #expect(control.isEmpty, "raw control byte in `\(entry.command)`: \(entry.line.debugDescription)")
            #expect(Self.christianEraYear(in: entry.line) == nil, "CE date in `\(entry.command)`: \(entry.line)")
            let english = Self.englishNouns(in: entry.line)
            #expect(english.isEmpty, "English \(english) in `\(entry.command)`: \(entry.line)")
        }
    }

    @Test("the checks catch what they are for")
    func checksCatch() {
        #expect(Self.englishNouns(in: "ขั้นตอน 1.1 ไม่มีงวด ใน step") == ["step"])
        #expect(Self.englishNouns(in: "Done/due") == ["done", "due"])
        #expect(Self.englishNouns(in: "plans/plan-2570.yaml:13:14: error: [unknown-key] ไม่รู้จักคีย์ 'indicator' ใน period: `plan`").isEmpty)
        #expect(Self.englishNouns(in: "  itaplan record 1.1 --period 2569-11 --evidence ลิงก์หลักฐาน").isEmpty)
        #expect(Self.englishNouns(in: "บันทึก record ใหม่") == ["record"])
        #expect(Self.christianEraYear(in: "งวดที่มี: 2026-10, 2026-11") == "2026")
        #expect(Self.christianEraYear(in: "ณ วันที่ 20 พ.ย. 2569 commit a2026bc") == nil)
    }

    @Test("a UTF-16 plan with a byte order mark echoes no NUL bytes, only the advice")
    func utf16NoRawBytes() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = try Fixtures.text("valid/minimal.yaml")
        let bytes: [UInt8] = [0xFF, 0xFE] + Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        try Data(bytes).write(to: directory.appendingPathComponent("plan.yaml"))
        for (lang, expected) in [("th", "plan.yaml:1:1: error: [file-encoding] ไฟล์เข้ารหัสแบบ UTF-16LE ให้บันทึกเป็น UTF-8 (ใน Notepad: บันทึกเป็น แล้วเลือกการเข้ารหัส UTF-8)\nตรวจ 1 ไฟล์ พบข้อผิดพลาด 1 รายการ คำเตือน 0 รายการ\n"),
                                 ("en", "plan.yaml:1:1: error: [file-encoding] the file is encoded as UTF-16LE; save it as UTF-8 (in Notepad: Save As, Encoding UTF-8)\n1 plan file checked: 1 error, 0 warnings\n")] {
            let result = try BinaryRunner.run(["validate", "--lang", lang, "plan.yaml"], in: directory)
            #expect(result.status == 1)
            #expect(result.stdout == expected)
        }
    }

    @Test("--as-of with no such day, or in a form not accepted, says so in the user's language")
    func asOfMessages() throws {
        let cases: [(String, String, String)] = [
            ("2569-02-31", "itaplan: '--as-of' เป็น '2569-02-31' ซึ่งไม่มีวันนี้ในปฏิทิน\n",
             "itaplan: '--as-of' is '2569-02-31', which is not a day that exists\n"),
            ("31/12/2569", "itaplan: '--as-of' อ่านเป็นวันที่ไม่ได้: '31/12/2569' (ใช้ 2564-03-31, 2021-03-31 หรือ 31 มี.ค. 2564)\n",
             "itaplan: '--as-of' is not a date: '31/12/2569' (write 2564-03-31, 2021-03-31 or 31 มี.ค. 2564)\n"),
        ]
        for (value, thai, english) in cases {
            for command in [["status"], ["todo"], ["report"]] {
                let th = try BinaryRunner.run(command + ["--as-of", value], environment: ["LANG": "th_TH.UTF-8"])
                #expect(th.status == 2)
                #expect(th.stderr == thai, "\(command)")
                let en = try BinaryRunner.run(command + ["--as-of", value, "--lang", "en"])
                #expect(en.status == 2)
                #expect(en.stderr == english, "\(command)")
            }
        }
        // The forms it names do work.
        #expect(try BinaryRunner.run(["status", "--as-of", "31 มี.ค. 2564", "--format", "summary"]).status == 0)
    }

    // MARK: - The three checks

    /// A 20xx year standing alone (not inside a commit id or a longer number).
    static func christianEraYear(in line: String) -> String? {
        guard let range = line.range(of: "(?<![0-9A-Za-z])20[0-9]{2}(?![0-9A-Za-z])", options: .regularExpression) else {
            return nil
        }
        return String(line[range])
    }

    /// Banned nouns left once code tokens are taken out: rule ids, quoted
    /// text, flags, keys (`period:`), paths and file names, command lines
    /// to type (`itaplan record …`), and the compiler-style `error:` /
    /// `warning:` / `note:` that editors parse.
    static func englishNouns(in line: String) -> [String] {
        let prose = prose(of: line)
        let words = prose.lowercased().split { !$0.isLetter || !$0.isASCII }.map(String.init)
        return words.filter { bannedNouns.contains($0) }
    }

    static func prose(of line: String) -> String {
        var text = line
        for pattern in ["\\[[a-z-]+\\]", "'[^']*'", "\"[^\"]*\"", "`[^`]*`", "--[a-z-]+", "[^\\s]*[._@][^\\s]*", "(?<!\\S)/[^\\s]*", "[^\\s]+/(?!\\S)",
                        "\\b[a-z_]+:", "(error|warning|note):", "\\b(itaplan|git) [a-z]+( [a-z]+)?"] {
            text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        return text
    }

    private func replace(_ text: String, _ pairs: [(String, String)]) throws -> String {
        var text = text
        for (old, new) in pairs {
            try #require(text.contains(old), "the template no longer holds \(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        return text
    }
}
