import Foundation
import ITAPlanTestSupport
import Testing

/// `itaplan record --from FILE.csv`: every row or none.
@Suite("itaplan record --from, end to end")
struct RecordFromCSVTests {
    /// A plan with five monthly steps: sixty due instances to record.
    private func monthlyPlan() throws -> (folder: URL, plan: URL) {
        let folder = try Fixtures.temporaryDirectory("record-csv")
        let steps = (1...5).map { "      - id: 1.\($0)\n        text: รายงานประจำเดือน \($0)\n        schedule: monthly\n" }.joined()
        let text = """
        schema: 1
        agency:
          name: เทศบาลทดสอบ
        fiscal_year: 2564
        ita:
          year: 2563
          indicators:
        \((1...10).map { "    - { number: \($0), score: 90 }" }.joined(separator: "\n"))
        measures:
          - id: 1
            title: มาตรการทดสอบ
            responsible: งานพัสดุฯ กองคลัง
            steps:

        """ + steps
        let plan = folder.appendingPathComponent("plan.yaml")
        try text.write(to: plan, atomically: true, encoding: .utf8)
        return (folder, plan)
    }

    private static let months = ["2563-10", "2563-11", "2563-12", "2564-01", "2564-02", "2564-03", "2564-04", "2564-05", "2564-06", "2564-07"]

    /// Fifty rows (five steps by ten months), the `bad` one (1-based data row) with an impossible date.
    private func fiftyRows(bad: Int?) -> String {
        var lines = ["step,period,done,evidence,by"]
        var index = 0
        for step in 1...5 {
            for month in Self.months {
                index += 1
                let done = index == bad ? "2564-02-30" : "\(month)-28"
                lines.append("1.\(step),\(month),\(done),https://example.go.th/\(step)/\(month),งานพัสดุ")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test("one plan named three ways (plan.yaml, ./plan.yaml, a link to it): all rows go into one write")
    func onePlanManySpellings() throws {
        let (folder, plan) = try monthlyPlan()
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("same.yaml").path,
                                                   withDestinationPath: "plan.yaml")
        let csv = folder.appendingPathComponent("progress.csv")
        try """
            plan,step,period,done,evidence,by
            plan.yaml,1.1,2563-10,2563-10-28,https://example.go.th/1,งานพัสดุ
            ./plan.yaml,1.1,2563-11,2563-11-28,https://example.go.th/2,งานพัสดุ
            same.yaml,1.2,2563-10,2563-10-28,https://example.go.th/3,งานพัสดุ

            """.write(to: csv, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["record", "--from", csv.path, "--lang", "en"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("changed while"), "\(result.stderr)")
        let text = try String(contentsOf: plan, encoding: .utf8)
        for link in ["https://example.go.th/1", "https://example.go.th/2", "https://example.go.th/3"] {
            #expect(text.contains(link), "\(link) not recorded")
        }
        // The link is still a link to the plan.
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: folder.appendingPathComponent("same.yaml").path)) == "plan.yaml")
    }

    @Test("a row whose plan leads outside the folder record runs in (../, an absolute path, a link out) is refused, nothing written; --plan typed by the user is not",
          arguments: ["../other/plan.yaml", "ABSOLUTE", "linked.yaml", "inside/../../other/plan.yaml"])
    func rowPlanOutside(plan: String) throws {
        let (top, made) = try monthlyPlan()
        defer { try? FileManager.default.removeItem(at: top) }
        let folder = top.appendingPathComponent("agency")
        let other = top.appendingPathComponent("other")
        for made in [folder, other, folder.appendingPathComponent("inside")] {
            try FileManager.default.createDirectory(at: made, withIntermediateDirectories: true)
        }
        let mine = folder.appendingPathComponent("plan.yaml")
        let theirs = other.appendingPathComponent("plan.yaml")
        try FileManager.default.copyItem(at: made, to: mine)
        try FileManager.default.copyItem(at: made, to: theirs)
        #expect(symlink(theirs.path, folder.appendingPathComponent("linked.yaml").path) == 0)
        let original = try Data(contentsOf: made)
        let named = plan == "ABSOLUTE" ? theirs.path : plan
        try """
            plan,step,period,done,evidence,by
            plan.yaml,1.1,2563-10,2563-10-28,https://example.go.th/1,งานพัสดุ
            \(named),1.1,2563-10,2563-10-28,https://example.go.th/2,งานพัสดุ

            """.write(to: folder.appendingPathComponent("progress.csv"), atomically: true, encoding: .utf8)
        for language in ["en", "th"] {
            let result = try BinaryRunner.run(["record", "--from", "progress.csv", "--lang", language], in: folder)
            #expect(result.status == 2)
            #expect(result.stderr.contains(language == "en"
                ? "progress.csv: row 3, column plan: \(named) leads outside the folder record runs in (the repository, or this folder outside one); record into that plan from its own folder"
                : "progress.csv: แถว 3 คอลัมน์ plan: \(named) อยู่นอกโฟลเดอร์ที่สั่ง record"), "\(result.stderr)")
            #expect(try Data(contentsOf: theirs) == original)
            #expect(try Data(contentsOf: mine) == original, "all or none: the row inside was written")
        }
        // Typed by the user, as validate takes a path it is given: recorded.
        let typed = try BinaryRunner.run(["record", "1.1", "--period", "2563-10", "--done", "2563-10-28",
                                          "--evidence", "https://example.go.th/3", "--plan", theirs.path], in: folder)
        #expect(typed.status == 0, "\(typed.stderr)")
        #expect(try Data(contentsOf: theirs) != original)
    }

    @Test("rows for two plans, the second read-only: neither is written, and the read-only one is named")
    func secondPlanReadOnly() throws {
        let (folder, plan) = try monthlyPlan()
        let other = folder.appendingPathComponent("other.yaml")
        try FileManager.default.copyItem(at: plan, to: other)
        #expect(chmod(other.path, 0o444) == 0)
        let original = try Data(contentsOf: plan)
        let csv = folder.appendingPathComponent("progress.csv")
        try """
            plan,step,period,done,evidence,by
            plan.yaml,1.1,2563-10,2563-10-28,https://example.go.th/1,งานพัสดุ
            other.yaml,1.1,2563-10,2563-10-28,https://example.go.th/2,งานพัสดุ

            """.write(to: csv, atomically: true, encoding: .utf8)
        for language in ["en", "th"] {
            let result = try BinaryRunner.run(["record", "--from", csv.path, "--lang", language], in: folder)
            #expect(result.status == 2)
            #expect(result.stderr.contains(language == "en" ? "other.yaml: cannot write: the file is read-only"
                                                            : "other.yaml: เขียนไม่ได้: ไฟล์ถูกตั้งให้อ่านได้อย่างเดียว"), "\(result.stderr)")
            #expect(try Data(contentsOf: plan) == original, "the first plan was written before the second failed")
            #expect(try Data(contentsOf: other) == original)
        }
    }

    @Test("fifty rows, one bad: nothing is written, and the row and column are named")
    func oneBadRow() throws {
        let (folder, plan) = try monthlyPlan()
        let original = try Data(contentsOf: plan)
        let csv = folder.appendingPathComponent("progress.csv")
        try fiftyRows(bad: 27).write(to: csv, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["record", "--from", csv.path, "--plan", plan.path], in: folder)
        // A value that is not a day is a usage mistake in a row as in --done (exit 2), and stops the whole run.
        #expect(result.status == 2)
        // Data row 27 is line 28 of the file, under the header.
        #expect(result.stderr.contains("progress.csv: row 28, column done: '2564-02-30' is not a day: Feb 2021 has 28 days"), "\(result.stderr)")
        #expect(result.stderr.contains("nothing was written"))
        #expect(try Data(contentsOf: plan) == original)
    }

    @Test("the same mistake gives the same exit status in a CSV row as in an option: 2 for a value, 1 for a refusal")
    func sameMistakeSameStatus() throws {
        let (folder, plan) = try monthlyPlan()
        let original = try Data(contentsOf: plan)
        let csv = folder.appendingPathComponent("progress.csv")
        for (done, step, expected) in [("2564-02-30", "1.1", Int32(2)), ("someday", "1.1", 2), ("2564-02-28", "1.9", 1)] {
            try "step,period,done,evidence\n\(step),2564-02,\(done),https://example.go.th/x\n"
                .write(to: csv, atomically: true, encoding: .utf8)
            let fromFile = try BinaryRunner.run(["record", "--from", csv.path, "--plan", plan.path, "--lang", "en"], in: folder)
            let fromFlags = try BinaryRunner.run(["record", step, "--period", "2564-02", "--done", done,
                                                  "--evidence", "https://example.go.th/x", "--plan", plan.path, "--lang", "en"],
                                                 in: folder)
            #expect(fromFile.status == expected, "\(done) \(step): \(fromFile.stderr)")
            #expect(fromFlags.status == expected, "\(done) \(step): \(fromFlags.stderr)")
            #expect(try Data(contentsOf: plan) == original)
        }
    }

    @Test("a row the plan refuses is named too, with the plan's finding; nothing is written")
    func planRefusesRow() throws {
        let (folder, plan) = try monthlyPlan()
        let original = try Data(contentsOf: plan)
        let csv = folder.appendingPathComponent("progress.csv")
        let text = fiftyRows(bad: nil).replacingOccurrences(of: "1.3,2564-01,", with: "1.3,2564-13,")
            .replacingOccurrences(of: "1.4,2564-02,", with: "1.9,2564-02,")
        try text.write(to: csv, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["record", "--from", csv.path, "--plan", plan.path], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("progress.csv: row 25, column period: \(plan.path): this record would give the plan 1 error(s)"), "\(result.stderr)")
        #expect(result.stderr.contains("progress.csv: row 36, column step: \(plan.path): the plan has no step 1.9"))
        #expect(result.stderr.contains("[unknown-period]"))
        #expect(try Data(contentsOf: plan) == original)
    }

    @Test("fifty good rows are all recorded, in one write")
    func allRows() throws {
        let (folder, plan) = try monthlyPlan()
        let csv = folder.appendingPathComponent("progress.csv")
        try fiftyRows(bad: nil).write(to: csv, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["record", "--from", csv.path, "--plan", plan.path], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").count == 50)
        let status = try BinaryRunner.run(["status", plan.path, "--as-of", "2021-08-31", "--format", "summary"], in: folder)
        #expect(status.stdout.contains("50"), "\(status.stdout)")
        let validate = try BinaryRunner.run(["validate", plan.path], in: folder)
        #expect(validate.status == 0)
    }

    @Test("the file as LibreOffice Calc saves it (semicolons, Thai headers, quoted cells) is read; so is Excel's CSV UTF-8 with a BOM and CRLF",
          arguments: [false, true])
    func calcAndExcel(excel: Bool) throws {
        let folder = try Fixtures.temporaryDirectory("record-calc")
        let plans = folder.appendingPathComponent("plans")
        try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
        let plan = plans.appendingPathComponent("pho-hak-2564.yaml")
        try FileManager.default.copyItem(at: Fixtures.seedPlan, to: plan)
        var bytes = try Data(contentsOf: Fixtures.url("record/libreoffice-calc-semicolon.csv"))
        if excel {
            let text = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n")
            bytes = Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
        }
        let csv = folder.appendingPathComponent("progress.csv")
        try bytes.write(to: csv)
        let result = try BinaryRunner.run(["record", "--from", csv.path], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").count == 4)
        let text = try String(contentsOf: plan, encoding: .utf8)
        #expect(text.contains("""
                  - period: 2564-02
                    done: 2564-03-20
                    evidence: https://www.phohak.go.th/complaints/stats-2564-02
                    by: นิติกร สำนักปลัดเทศบาล
                    note: "ส่งช้า; รอลงนาม"

        """) || text.contains("note: ส่งช้า; รอลงนาม\n"))
        #expect(text.contains("by: เจ้าหน้าที่ \"ประชาสัมพันธ์\"\n") || text.contains("by: \"เจ้าหน้าที่ \\\"ประชาสัมพันธ์\\\"\"\n"))
        #expect(text.contains("          - period: Q2\n            done: 2564-03-30\n"))
    }
}
