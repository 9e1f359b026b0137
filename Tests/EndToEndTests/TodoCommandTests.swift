import Foundation
import ITAPlanTestSupport
import Testing

@Suite("itaplan todo and status --unit, end to end")
struct TodoCommandTests {
    @Test("งานพัสดุ within 30 days on 31 March 2021: 3.3's Q2 report (due 15 April with its grace days), not 4.3, with the command")
    func procurement() throws {
        let result = try BinaryRunner.run(["todo", "--unit", "งานพัสดุ", "--within", "30", "--as-of", "2021-03-31"])
        #expect(result.status == 0)
        #expect(result.stdout == """
            To do for งานพัสดุ as of 2021-03-31 (overdue, and due within 30 days)

            due 2021-04-15 · 15 days left · step 3.3 Q2 · plans/pho-hak-2564.yaml
              รายงานผลการจัดหา การจัดซื้อจัดจ้างขององค์กรรายไตรมาส และเผยแพร่ให้ประชาชนทั่วไปได้รับทราบ
              งานพัสดุฯ กองคลัง
              itaplan record 3.3 --plan plans/pho-hak-2564.yaml --period Q2 --done 2564-03-31 --evidence LINK

            """)
        #expect(!result.stdout.contains("4.3"))
    }

    @Test("everyone's list is oldest first, and running a printed command (its link filled in) takes the item off")
    func commandCloses() throws {
        let folder = try Fixtures.temporaryDirectory("todo")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("plans"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.seedPlan, to: folder.appendingPathComponent("plans/pho-hak-2564.yaml"))
        let before = try BinaryRunner.run(["todo", "--as-of", "2021-03-31", "--lang", "th"], in: folder)
        let dues = before.stdout.split(separator: "\n").filter { $0.hasPrefix("ครบกำหนด ") }
        #expect(dues.count == 7, "\(before.stdout)")
        #expect(dues.first?.hasPrefix("ครบกำหนด 10 มี.ค. 2564 · เกินกำหนด 21 วัน · ขั้นตอน 4.3 ก.พ. 2564") == true, "\(before.stdout)")
        let command = try #require(before.stdout.split(separator: "\n").first { $0.contains("record 4.3") && $0.contains("2564-02") })
        var words = command.trimmingCharacters(in: .whitespaces).split(separator: " ").map(String.init)
        #expect(words.removeFirst() == "itaplan")
        words[words.count - 1] = "https://www.phohak.go.th/complaints/stats-2564-02"
        let recorded = try BinaryRunner.run(words, in: folder)
        #expect(recorded.status == 0, "\(recorded.stderr)")
        let after = try BinaryRunner.run(["todo", "--as-of", "2021-03-31", "--lang", "th"], in: folder)
        #expect(after.stdout.split(separator: "\n").filter { $0.hasPrefix("ครบกำหนด ") }.count == 6)
        #expect(!after.stdout.contains("--period 2564-02"))
    }

    @Test("todo as CSV: a byte order mark, one row per item, the command in the last column")
    func csv() throws {
        let result = try BinaryRunner.run(["todo", "--unit", "งานพัสดุ", "--within", "30", "--as-of", "2021-03-31", "--format", "csv"])
        #expect(result.status == 0)
        let lines = result.stdout.components(separatedBy: "\r\n")
        #expect(lines.count == 3)
        #expect(lines[0] == "\u{FEFF}due,state,days_late,days_left,step_id,period,period_label,step,responsible,path,agency,command")
        #expect(lines[1].hasPrefix("2021-04-15,due-soon,,15,3.3,Q2,Q2,"))
        #expect(lines[1].hasSuffix(",itaplan record 3.3 --plan plans/pho-hak-2564.yaml --period Q2 --done 2564-03-31 --evidence LINK"))
    }

    @Test("a unit that matches no step is named, with the units there are, rather than an empty list", arguments: ["todo", "status"])
    func unknownUnit(command: String) throws {
        let result = try BinaryRunner.run([command, "--unit", "กองช่าง", "--as-of", "2021-03-31"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no step's responsible unit matches 'กองช่าง' (units in the plans: งานประชาสัมพันธ์ สำนักปลัดเทศบาล,"))
        #expect(result.stderr.contains("งานพัสดุฯ กองคลัง"))
    }

    @Test("a placeholder link pasted unedited is refused, not recorded")
    func placeholderRefused() throws {
        let folder = try Fixtures.temporaryDirectory("todo")
        let plan = folder.appendingPathComponent("plan.yaml")
        try FileManager.default.copyItem(at: Fixtures.seedPlan, to: plan)
        let result = try BinaryRunner.run(["record", "3.3", "--plan", plan.path, "--period", "Q2", "--done", "2564-03-31",
                                           "--evidence", "LINK"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("[evidence-url]"))
    }

    @Test("status --unit filters every format the same way", arguments: ["table", "summary", "json", "markdown", "csv"])
    func statusUnit(format: String) throws {
        let all = try BinaryRunner.run(["status", "--as-of", "2021-03-31", "--format", format])
        let unit = try BinaryRunner.run(["status", "--as-of", "2021-03-31", "--format", format, "--unit", "งานพัสดุ"])
        #expect(unit.status == 0)
        // Seven instances of the procurement unit's four steps, of the year's 51.
        #expect(all.stdout.contains("20/51") || all.stdout.contains("\"total\" : 51") || format == "csv" || format == "table")
        if format == "summary" || format == "markdown" || format == "table" {
            #expect(unit.stdout.contains("3/7 43%") && !unit.stdout.contains("20/51"), "\(unit.stdout)")
        }
        if format == "table" || format == "json" || format == "csv" {
            #expect(all.stdout.contains("4.3"))
            #expect(unit.stdout.contains("3.3"))
            #expect(!unit.stdout.contains("4.3"), "\(unit.stdout)")
        }
        if format == "csv" { #expect(unit.stdout.components(separatedBy: "\r\n").count == 7 + 2) }
    }

    @Test("status CSV starts with a UTF-8 byte order mark for Excel, unless --no-bom")
    func byteOrderMark() throws {
        let with = try ProcessRunner.run(command: "sh", ["-c", "'\(BinaryRunner.executable.path)' status --as-of 2021-03-31 --format csv | head -c 3 | od -An -tx1"],
                                         in: Fixtures.root)
        #expect(with.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "ef bb bf")
        let without = try BinaryRunner.run(["status", "--as-of", "2021-03-31", "--format", "csv", "--no-bom"])
        #expect(without.stdout.hasPrefix("path,agency,"))
    }
}
