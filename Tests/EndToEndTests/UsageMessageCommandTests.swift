import Foundation
import ITAPlanTestSupport
import Testing

/// Every usage mistake the executable refuses, and every sentence it says
/// about what a command did, in Thai and in English, through the binary.
@Suite("usage errors and command notes in both languages, end to end")
struct UsageMessageCommandTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let arguments: [String]
        let thai: String
        let english: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let usage: [Case] = [
        Case(arguments: ["status", "--unit", " "], thai: "--unit ต้องระบุชื่อหน่วยงาน เช่น --unit งานพัสดุ",
             english: "--unit needs a name, e.g. --unit งานพัสดุ"),
        Case(arguments: ["todo", "--unit", " "], thai: "--unit ต้องระบุชื่อหน่วยงาน", english: "--unit needs a name"),
        Case(arguments: ["status", "--due-soon", "400"], thai: "--due-soon รับจำนวนวัน 0 ถึง 366",
             english: "--due-soon takes 0 to 366 days"),
        Case(arguments: ["todo", "--within", "400"], thai: "--within รับจำนวนวัน 0 ถึง 366",
             english: "--within takes 0 to 366 days"),
        Case(arguments: ["init", "--fiscal-year", "2021", "never-made"], thai: "--fiscal-year เป็นปีพุทธศักราช เช่น 2569",
             english: "--fiscal-year is a Buddhist Era year such as 2569"),
        Case(arguments: ["report", "--diff", "HEAD~1..HEAD", "--format", "html"], thai: "--diff เขียนได้เฉพาะ markdown หรือ json",
             english: "--diff writes markdown or json"),
        Case(arguments: ["report", "--recorded", "--format", "print"], thai: "--recorded ใช้กับรายงาน markdown, html หรือ json ของแผน",
             english: "--recorded goes with markdown, html or json reports of the plans"),
        Case(arguments: ["report", "--format", "docx", "--template", "t.mustache", "-o", "never.docx"],
             thai: "--template ใช้กับรูปแบบข้อความ ไม่ใช้กับ docx", english: "--template applies to the text formats, not docx"),
        Case(arguments: ["record", "4.3", "--from", "progress.csv"], thai: "--from อ่านบันทึกจากไฟล์: ไม่ต้องระบุขั้นตอน",
             english: "--from takes the records from the file: give no step"),
        Case(arguments: ["record"], thai: "ระบุขั้นตอน (itaplan record 4.3 --done …) หรือใช้ --from FILE.csv",
             english: "name the step (itaplan record 4.3 --done …), or give --from FILE.csv"),
    ]

    @Test("each usage error is worded in the --lang asked for, with the usage line, exit 2", arguments: usage)
    func usageError(_ example: Case) throws {
        for (language, words, other) in [("th", example.thai, example.english), ("en", example.english, example.thai)] {
            let result = try BinaryRunner.run(example.arguments + ["--lang", language])
            #expect(result.status == 2, "\(language): \(result.stderr)")
            #expect(result.stderr.hasPrefix("Error: " + words), "\(language): \(result.stderr)")
            #expect(!result.stderr.contains(other), "\(language): \(result.stderr)")
            #expect(result.stderr.contains("Usage: itaplan " + example.arguments[0]))
        }
    }

    @Test("a file itaplan declines to read says why in the user's language: a missing --plan for init, a missing template")
    func refusedFiles() throws {
        let folder = try Fixtures.temporaryDirectory("refused-files")
        defer { try? FileManager.default.removeItem(at: folder) }
        let initThai = try BinaryRunner.run(["init", "--plan", "no-such-plan.yaml", "--lang", "th", "repo"], in: folder)
        #expect(initThai.status == 2)
        #expect(initThai.stderr == "itaplan: no-such-plan.yaml: อ่านไม่ได้: ไม่มีไฟล์นี้หรือไม่มีสิทธิ์อ่าน\n", "\(initThai.stderr)")
        let initEnglish = try BinaryRunner.run(["init", "--plan", "no-such-plan.yaml", "--lang", "en", "repo"], in: folder)
        #expect(initEnglish.stderr == "itaplan: no-such-plan.yaml: cannot read: no such file or not readable\n")
        let report = try BinaryRunner.run(["report", "--template", "missing.mustache", "--as-of", "2021-03-31", "--lang", "th"])
        #expect(report.status == 2)
        #expect(report.stderr.contains("missing.mustache: อ่านไม่ได้: ไม่มีไฟล์นี้หรือไม่มีสิทธิ์อ่าน"), "\(report.stderr)")
    }

    @Test("init, hooks install, snapshot and years show say what they did in Thai and English")
    func commandNotes() throws {
        for (language, created, installed, unchanged, notUsed) in [
            ("th", "สร้าง git repository แล้ว\n", "ติดตั้ง hook แล้ว: ", "เนื้อหาเหมือน snapshot ล่าสุด ไม่ได้สร้างใหม่\n",
             "มีข้อผิดพลาด (itaplan validate แสดงรายละเอียด) จึงไม่ได้ใช้"),
            ("en", "created a git repository\n", "installed ", "unchanged since the last snapshot; skipped\n",
             "has errors (itaplan validate shows them), so it is not used"),
        ] {
            let folder = try Fixtures.temporaryDirectory("command-notes")
            defer { try? FileManager.default.removeItem(at: folder) }
            let made = try BinaryRunner.run(["init", "--fiscal-year", "2564", "--lang", language, "repo"], in: folder,
                                            environment: GitSandbox.environment)
            #expect(made.status == 0, "\(made.stderr)")
            #expect(made.stdout.hasPrefix(created), "\(made.stdout)")
            let sandbox = GitSandbox(existing: folder.appendingPathComponent("repo"))
            try sandbox.write("plans/pho-hak-2564.yaml", try String(contentsOf: Fixtures.seedPlan, encoding: .utf8))
            try sandbox.commitAll("plans")
            try sandbox.git(["config", "core.hooksPath", "other-hooks"])
            let hooks = try sandbox.itaplan(["hooks", "install", "--lang", language])
            #expect(hooks.stdout.hasPrefix(installed + sandbox.root.appendingPathComponent("other-hooks/pre-commit").path))
            _ = try sandbox.itaplan(["snapshot", "--as-of", "2021-03-31", "--lang", language])
            let again = try sandbox.itaplan(["snapshot", "--as-of", "2021-03-31", "--lang", language])
            #expect(again.status == 0)
            // The template init wrote is unfinished: its errors are said, then that nothing changed.
            #expect(again.stderr.hasSuffix(unchanged), "\(again.stderr)")
            #expect(again.stderr.hasPrefix(language == "th" ? "itaplan: คำเตือน: แผนมีข้อผิดพลาด " : "itaplan: warning: the plans have "),
                    "\(again.stderr)")
            try sandbox.write("ita-years/2564.yaml", "year: [\n")
            let show = try sandbox.itaplan(["years", "show", "2564", "--lang", language])
            #expect(show.stderr.hasPrefix("itaplan: ita-years/2564.yaml " + notUsed), "\(show.stderr)")
        }
    }

    @Test("audit verify's reasons are Thai in Thai: a commit on the ref that is no snapshot, no allowed-signers file")
    func auditReasons() throws {
        let sandbox = try GitSandbox()
        try sandbox.write("README.md", "x\n")
        try sandbox.git(["update-ref", "refs/itaplan/snapshots", try sandbox.commitAll("not a snapshot")])
        for (language, notSnapshot, noSigners) in [
            ("th", "ไม่ใช่ snapshot ของ itaplan: ไม่มี snapshot.json หรืออ่านไม่ได้", "(ตอนนี้: ยังไม่ได้ตั้ง)\n"),
            ("en", "not an itaplan snapshot: snapshot.json is missing or unreadable", "(none is set)\n"),
        ] {
            let verify = try sandbox.itaplan(["audit", "verify", "--lang", language])
            #expect(verify.status == 1)
            #expect(verify.stdout.contains(notSnapshot), "\(verify.stdout)")
            let signed = try sandbox.itaplan(["audit", "verify", "--require-signatures", "--lang", language])
            #expect(signed.status == 2)
            #expect(signed.stderr.hasSuffix(noSigners), "\(signed.stderr)")
        }
    }
}
