import Foundation
import ITAPlanTestSupport
import Testing

@Suite("itaplan status, end to end")
struct StatusCommandTests {
    @Test("the README's example: every measure of the seed with its completion and its overdue items")
    func readmeExample() throws {
        let result = try BinaryRunner.run(["status", "plans", "--as-of", "2021-03-31"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.contains("done 20/25 80% of items due so far · 20/51 39% of the year · 2 overdue · 5 due soon"))
        for id in 1...8 {
            #expect(result.stdout.contains("\n\(id) มาตรการ") || result.stdout.contains("\n\(id) นโยบาย"), "measure \(id)")
        }
        #expect(result.stdout.contains("  4.3   Feb 2021  2021-03-10  21 days  งานนิติการ สำนักปลัดเทศบาล"))
    }

    @Test("a link beside its plan (current.yaml -> the plan) is one plan, named by the file, in status totals and validate; a folder of only such names is not 'no plans'")
    func linkBesidePlanCountsOnce() throws {
        let folder = try Fixtures.temporaryDirectory("linked-plan")
        defer { try? FileManager.default.removeItem(at: folder) }
        let plans = folder.appendingPathComponent("plans")
        try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.seedPlan, to: plans.appendingPathComponent("pho-hak-2564.yaml"))
        try FileManager.default.createSymbolicLink(atPath: plans.appendingPathComponent("current.yaml").path,
                                                   withDestinationPath: "pho-hak-2564.yaml")
        let summary = try BinaryRunner.run(["status", "--as-of", "2021-03-31", "--format", "summary", "--lang", "en"], in: folder)
        #expect(summary.status == 0, "\(summary.stderr)")
        #expect(!summary.stdout.contains("current.yaml"), "\(summary.stdout)")
        #expect(!summary.stdout.contains("2 plans"))
        #expect(summary.stdout.contains("20/25 80%"))
        let validate = try BinaryRunner.run(["validate", "plans/current.yaml", "plans/pho-hak-2564.yaml", "plans"], in: folder)
        #expect(validate.status == 0, "\(validate.stdout)\(validate.stderr)")
        #expect(validate.stdout.contains("1 plan file checked"))
    }

    /// The status goldens are what the command prints: each format through
    /// the binary, as a user runs it (the library renderer tests compare
    /// with the same files, so both paths must give the same bytes).
    @Test("goldens: status of the seed plan in every format, as `itaplan status` prints it", arguments: [
        (["--lang", "en"], "status.en.txt"),
        (["--lang", "th", "--thai-digits"], "status.th.txt"),
        (["--format", "markdown", "--lang", "th"], "status.th.md"),
        (["--format", "csv", "--lang", "en", "--no-bom"], "status.csv"),
        (["--format", "json"], "status.json"),
    ])
    func goldens(options: [String], golden: String) throws {
        let result = try BinaryRunner.run(["status", "plans/pho-hak-2564.yaml", "--as-of", "2021-03-31"] + options)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        try Golden.check(result.stdout, against: golden)
    }

    @Test("the as-of date may be Buddhist Era or Thai, with the same result")
    func asOfForms() throws {
        let iso = try BinaryRunner.run(["status", "--as-of", "2021-03-31", "--format", "json"])
        let buddhist = try BinaryRunner.run(["status", "--as-of", "2564-03-31", "--format", "json"])
        let thai = try BinaryRunner.run(["status", "--as-of", "๓๑ มี.ค. ๒๕๖๔", "--format", "json"])
        #expect(iso.stdout == buddhist.stdout && iso.stdout == thai.stdout)
        #expect(!iso.stdout.isEmpty)
    }

    @Test("an impossible as-of date is a usage error")
    func badAsOf() throws {
        let result = try BinaryRunner.run(["status", "--as-of", "2564-02-30"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("2564-02-30"))
    }

    @Test("--fail-on overdue and due-soon set the exit status for CI")
    func failOn() throws {
        #expect(try BinaryRunner.run(["status", "--as-of", "2021-03-31", "--fail-on", "overdue"]).status == 1)
        #expect(try BinaryRunner.run(["status", "--as-of", "2020-10-20", "--fail-on", "overdue"]).status == 0)
        #expect(try BinaryRunner.run(["status", "--as-of", "2020-10-20", "--fail-on", "due-soon"]).status == 1)
    }

    @Test("Thai with Thai digits")
    func thaiDigits() throws {
        let result = try BinaryRunner.run(["status", "--as-of", "2021-03-31", "--lang", "th", "--thai-digits"])
        #expect(result.stdout.hasPrefix("เทศบาลตำบลโพหัก · ปีงบประมาณ ๒๕๖๔ · ณ วันที่ ๓๑ มี.ค. ๒๕๖๔\n"))
    }

    @Test("summary: one line per plan and a total that adds them up")
    func summaryFormat() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for name in ["a.yaml", "b.yaml"] {
            try FileManager.default.copyItem(at: Fixtures.seedPlan, to: directory.appendingPathComponent(name))
        }
        let result = try BinaryRunner.run(["status", ".", "--as-of", "2021-03-31", "--format", "summary"], in: directory)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[0].hasSuffix("file · agency"))
        #expect(lines[1].contains("20/25 80%") && lines[1].contains("20/51 39%") && lines[1].hasSuffix("a.yaml · เทศบาลตำบลโพหัก"))
        #expect(lines[2].hasSuffix("b.yaml · เทศบาลตำบลโพหัก"))
        #expect(lines[3].contains("40/50 80%") && lines[3].contains("40/102 39%") && lines[3].hasSuffix("total, 2 plans"))

        let thai = try BinaryRunner.run(["status", ".", "--as-of", "2021-03-31", "--format", "summary",
                                         "--lang", "th", "--thai-digits"], in: directory)
        #expect(thai.stdout.hasSuffix("รวม ๒ แผน\n"))
    }

    @Test("a plan with errors is reported on stderr and left out; the others are still shown")
    func brokenPlanAmongGood() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.copyItem(at: Fixtures.seedPlan, to: directory.appendingPathComponent("good.yaml"))
        try FileManager.default.copyItem(at: Fixtures.url("invalid/invalid-date.yaml"),
                                         to: directory.appendingPathComponent("broken.yaml"))
        let result = try BinaryRunner.run(["status", ".", "--as-of", "2021-03-31", "--format", "csv"], in: directory)
        #expect(result.status == 1)
        #expect(result.stderr.contains("broken.yaml:37:25: error: [invalid-date]"))
        #expect(result.stdout.components(separatedBy: "\r\n").count == 51 + 2)
    }
}
