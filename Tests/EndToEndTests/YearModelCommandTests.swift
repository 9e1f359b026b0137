import Foundation
import ITAPlanTestSupport
import Testing

/// Year models through the built binary, in real temporary repositories:
/// plans of years whose models are uncertain, a repository's ita-years/,
/// the hook as staged, `itaplan years`, snapshots that keep their models.
@Suite("itaplan year models, end to end")
struct YearModelCommandTests {
    private func repository(_ plan: String = ResultPlans.fiscal2570, name: String = "plan-2570.yaml") throws -> GitSandbox {
        let sandbox = try GitSandbox()
        try sandbox.write("plans/\(name)", plan)
        return sandbox
    }

    private func commit(_ sandbox: GitSandbox, _ message: String) throws -> BinaryRunner.Output {
        try sandbox.run("/usr/bin/env", ["git", "commit", "-q", "-m", message])
    }

    @Test("fiscal year 2570 on ITA 2569, 90.84 ผ่านดี: exit 0, commits through the hook; only --strict fails it")
    func fiscal2570Commits() throws {
        let sandbox = try repository()
        let validate = try sandbox.itaplan(["validate"])
        #expect(validate.status == 0, "\(validate.stdout)")
        #expect(validate.stdout.contains("warning: [level-unchecked] the ITA 2569 level bands are assumed, not confirmed: itaplan cannot check ผ่านดี"))
        #expect(!validate.stdout.contains("error:"))
        let strict = try sandbox.itaplan(["validate", "--strict"])
        #expect(strict.status == 1)
        #expect(try sandbox.itaplan(["hooks", "install"]).status == 0)
        try sandbox.git(["add", "-A"])
        let committed = try commit(sandbox, "plan 2570")
        #expect(committed.status == 0, "\(committed.stderr)")
        #expect(try sandbox.git(["log", "--format=%s"]) == "plan 2570\n")
    }

    @Test("ITA 2568 94.64 with EIT below 85 as ผ่าน: accepted; status shows the level and the rule that lowered it")
    func statusShowsLowering() throws {
        let sandbox = try repository(ResultPlans.fiscal2569(), name: "plan-2569.yaml")
        #expect(try sandbox.itaplan(["validate"]).status == 0)
        let status = try sandbox.itaplan(["status", "--as-of", "2025-12-01"])
        #expect(status.status == 0, "\(status.stderr)")
        #expect(status.stdout.contains("ITA 2568 level computed: ผ่าน (the total 94.64 reaches ผ่านดี (≥ 90); EIT 84.00 is below 85, which lowers ผ่านดี to ผ่าน"))
        let json = try sandbox.itaplan(["status", "--as-of", "2025-12-01", "--format", "json"])
        #expect(json.stdout.contains("\"ita_level\""))
        #expect(json.stdout.contains("\"lowered_by\""))
        let report = try sandbox.itaplan(["report", "--format", "markdown", "--as-of", "2025-12-01"])
        #expect(report.stdout.contains("ITA 2568 level computed: ผ่าน"))
    }

    @Test("ita-years/2569.yaml from `years show 2569 --format yaml` changes nothing")
    func copiedModelChangesNothing() throws {
        let sandbox = try repository()
        let before = try sandbox.itaplan(["validate", "--format", "json"])
        let shown = try sandbox.itaplan(["years", "show", "2569", "--format", "yaml"])
        #expect(shown.status == 0)
        try sandbox.write("ita-years/2569.yaml", shown.stdout)
        let after = try sandbox.itaplan(["validate", "--format", "json"])
        #expect(after.stdout == before.stdout)
        #expect(after.status == before.status)
        // The shell's redirect creates the file empty before itaplan reads it: still the model.
        let redirected = try sandbox.run("/bin/sh", ["-c", "\"$0\" years show 2569 > ita-years/2569.yaml", BinaryRunner.executable.path])
        #expect(redirected.status == 0, "\(redirected.stderr)")
        #expect(try String(contentsOf: sandbox.root.appendingPathComponent("ita-years/2569.yaml"), encoding: .utf8) == shown.stdout)
        let years = try sandbox.itaplan(["years"])
        #expect(years.stdout.contains("2569  ita-years/2569.yaml"))
        #expect(years.stdout.contains("2568  bundled"))
        // JSON is YAML: a copy of the bundled JSON reads the same.
        let json = try sandbox.itaplan(["years", "show", "2569", "--format", "json"])
        try FileManager.default.removeItem(at: sandbox.root.appendingPathComponent("ita-years/2569.yaml"))
        try sandbox.write("ita-years/2569.json", json.stdout)
        #expect(try sandbox.itaplan(["validate", "--format", "json"]).stdout == before.stdout)
    }

    @Test("other weights in ita-years/2569.yaml change which stated totals pass")
    func otherWeightsChangeTotals() throws {
        let sandbox = try repository()
        let shown = try sandbox.itaplan(["years", "show", "2569"]).stdout
        let other = shown
            .replacingOccurrences(of: "weight: 0.3", with: "weight: 0.25")
            .replacingOccurrences(of: "weight: 0.4", with: "weight: 0.5")
        try sandbox.write("ita-years/2569.yaml", other)
        let validate = try sandbox.itaplan(["validate"])
        #expect(validate.status == 0, "the weights are still assumed: a warning")
        #expect(validate.stdout.contains("warning: [total-mismatch] stated total 90.84 does not follow from the indicator scores: computed 90.8000"))
        try sandbox.write("plans/plan-2570.yaml", ResultPlans.fiscal2570.replacingOccurrences(of: "total: 90.84", with: "total: 90.80"))
        #expect(!(try sandbox.itaplan(["validate"]).stdout.contains("total-mismatch")))
    }

    @Test("years show takes Thai digits; a Christian Era year, a year out of range or a word is a usage error saying which")
    func yearArgument() throws {
        let sandbox = try repository()
        let arabic = try sandbox.itaplan(["years", "show", "2569"])
        let thai = try sandbox.itaplan(["years", "show", "๒๕๖๙"])
        #expect(thai.status == 0, "\(thai.stderr)")
        #expect(thai.stdout == arabic.stdout)
        for (typed, said) in [("2025", "2025 looks like a Christian Era year: ITA years are Buddhist Era, 2568"),
                              ("99999", "99999 is not an ITA year"), ("0", "0 is not an ITA year"),
                              ("ปีนี้", "is not a year: give a Buddhist Era year such as 2569")] {
            let result = try sandbox.itaplan(["years", "show", typed])
            #expect(result.status == 2)
            #expect(result.stderr.contains(said), "\(typed): \(result.stderr)")
            #expect(!result.stderr.contains("add one as ita-years/"), "suggests a file that would be refused")
        }
        for (typed, said) in [("2025", "2025 ดูเป็นปี ค.ศ.: ปี ITA เป็น พ.ศ. คือ 2568"), ("0", "0 ไม่ใช่ปี ITA"),
                              ("ปีนี้", "ไม่ใช่ปี: ให้ใส่ปี พ.ศ. เช่น 2569")] {
            let result = try sandbox.itaplan(["years", "show", typed, "--lang", "th"])
            #expect(result.status == 2)
            #expect(result.stderr.contains(said), "\(typed): \(result.stderr)")
            #expect(!result.stderr.contains("Buddhist Era"), "Thai only: \(result.stderr)")
        }
    }

    @Test("a broken ita-years file: located errors in Thai and English, exit 1, never a crash")
    func brokenModel() throws {
        let sandbox = try repository()
        try sandbox.write("ita-years/2569.yaml", "format: 1\nassessment_year: 2569\nnote: x\ntools:\n  confidence: sure\n")
        for language in ["en", "th"] {
            for command in [["validate"], ["status"], ["report"], ["years", "show", "2569", "--format", "json"], ["years"]] {
                let result = try sandbox.itaplan(command + ["--lang", language])
                #expect(!(result.stderr + result.stdout).contains("Backtrace"), "\(command)")
                if command.first == "years" { continue }
                #expect(result.status == 1, "\(command) \(language): \(result.status)")
                #expect((result.stdout + result.stderr).contains("ita-years/2569.yaml:5:15: error: [invalid-value]"))
            }
        }
        let thai = try sandbox.itaplan(["validate", "--lang", "th"])
        #expect(thai.stdout.contains("ขาดคีย์ที่ต้องมี"))
        #expect(try sandbox.itaplan(["years"]).status == 1)
    }

    @Test("the hook checks ita-years as staged, whatever the working tree says")
    func hookSeesStagedModel() throws {
        let sandbox = try repository()
        #expect(try sandbox.itaplan(["hooks", "install"]).status == 0)
        try sandbox.git(["add", "-A"])
        #expect(try commit(sandbox, "plan").status == 0)
        // Staged: a model that confirms other weights, so 90.84 is an error. Working tree: the bundled model.
        let shown = try sandbox.itaplan(["years", "show", "2569"]).stdout
        var confirmed = shown.replacingOccurrences(of: "weight: 0.3", with: "weight: 0.25")
            .replacingOccurrences(of: "weight: 0.4", with: "weight: 0.5")
        for _ in 0..<2 {  // the tools' and the indicators' confidence
            confirmed = confirmed.replacingOccurrences(of: "  confidence: assumed\n  source: \"", with: "  confidence: confirmed\n  source: \"")
        }
        try sandbox.write("ita-years/2569.yaml", confirmed)
        try sandbox.git(["add", "ita-years/2569.yaml"])
        try sandbox.write("ita-years/2569.yaml", shown)
        #expect(try sandbox.itaplan(["validate"]).status == 0)
        let refused = try commit(sandbox, "model")
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("plans/plan-2570.yaml"))
        #expect(refused.stderr.contains("error: [total-mismatch]"))
        // And the other way round: a good model staged, a broken one in the working tree.
        try sandbox.write("ita-years/2569.yaml", shown)
        try sandbox.git(["add", "ita-years/2569.yaml"])
        try sandbox.write("ita-years/2569.yaml", "format: [\n")
        #expect(try sandbox.itaplan(["validate"]).status == 1)
        let accepted = try commit(sandbox, "model")
        #expect(accepted.status == 0, "\(accepted.stderr)")
        // A broken model staged is refused with its location.
        try sandbox.git(["add", "ita-years/2569.yaml"])
        let broken = try commit(sandbox, "broken")
        #expect(broken.status != 0)
        #expect(broken.stderr.contains("ita-years/2569.yaml:2:1: error: [yaml-syntax]"))
    }

    @Test("removing a model from the index checks the unchanged plans again, with the bundled model")
    func hookSeesDeletedModel() throws {
        // The seed under weights 25/25/50 (a made-up correction, marked confirmed): 65.8035, published 65.80.
        let seed = try String(contentsOf: Fixtures.seedPlan, encoding: .utf8)
            .replacingOccurrences(of: "total: 69.58", with: "total: 65.80")
        let sandbox = try repository(seed, name: "pho-hak-2564.yaml")
        let model = try sandbox.itaplan(["years", "show", "2563"]).stdout
            .replacingOccurrences(of: "weight: 0.3", with: "weight: 0.25")
            .replacingOccurrences(of: "weight: 0.4", with: "weight: 0.5")
        try sandbox.write("ita-years/2563.yaml", model)
        #expect(try sandbox.itaplan(["hooks", "install"]).status == 0)
        try sandbox.git(["add", "-A"])
        let first = try commit(sandbox, "plan and model")
        #expect(first.status == 0, "\(first.stderr)")
        try sandbox.git(["rm", "-q", "--cached", "ita-years/2563.yaml"])
        let refused = try commit(sandbox, "model removed")
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("plans/pho-hak-2564.yaml"))
        #expect(refused.stderr.contains("computed 69.5852"))
    }

    @Test("a snapshot stores its models; verify recomputes with them after the repository's model changes")
    func snapshotKeepsModels() throws {
        let sandbox = try repository()
        let shown = try sandbox.itaplan(["years", "show", "2569"]).stdout
        try sandbox.write("ita-years/2569.yaml", shown.replacingOccurrences(of: "weight: 0.3", with: "weight: 0.25")
            .replacingOccurrences(of: "weight: 0.4", with: "weight: 0.5"))
        try sandbox.commitAll("plan and model")
        let snapshot = try sandbox.itaplan(["snapshot", "--as-of", "2026-12-01"])
        #expect(snapshot.status == 0, "\(snapshot.stderr)")
        let files = try sandbox.git(["ls-tree", "-r", "--name-only", "refs/itaplan/snapshots", "ita-years/"])
        #expect(files.contains("ita-years/2569.yaml\n"))
        #expect(files.contains("ita-years/2570.yaml\n"))
        #expect(try sandbox.git(["show", "refs/itaplan/snapshots:ita-years/2569.yaml"])
            == (try sandbox.git(["show", "HEAD:ita-years/2569.yaml"])))
        // The repository corrects its model later; the old snapshot still verifies.
        try sandbox.write("ita-years/2569.yaml", shown)
        try sandbox.commitAll("model corrected")
        let verify = try sandbox.itaplan(["audit", "verify"])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
    }

    @Test("a repository's model named 2569.yml is stored under that name and its snapshot verifies")
    func ymlModelVerifies() throws {
        let sandbox = try repository()
        try sandbox.write("ita-years/2569.yml", try sandbox.itaplan(["years", "show", "2569"]).stdout)
        try sandbox.commitAll("plan and model")
        #expect(try sandbox.itaplan(["years"]).stdout.contains("2569  ita-years/2569.yml"))
        let snapshot = try sandbox.itaplan(["snapshot", "--as-of", "2026-12-01"])
        #expect(snapshot.status == 0, "\(snapshot.stderr)")
        #expect(try sandbox.git(["ls-tree", "--name-only", "refs/itaplan/snapshots", "ita-years/"]).contains("ita-years/2569.yml\n"))
        let verify = try sandbox.itaplan(["audit", "verify", "--lang", "en"])
        #expect(verify.status == 0, "\(verify.stdout)")
        #expect(!verify.stdout.contains("never holds"))
    }

    @Test("verify recomputes with the stored model: one changed inside a snapshot is found")
    func verifyUsesStoredModel() throws {
        let sandbox = try repository()
        try sandbox.commitAll("plan")
        #expect(try sandbox.itaplan(["snapshot", "--as-of", "2026-12-01"]).status == 0)
        #expect(try sandbox.itaplan(["audit", "verify"]).status == 0)
        // Rewrite the snapshot with other (valid) weights in its stored 2569 model.
        let stored = try sandbox.git(["show", "refs/itaplan/snapshots:ita-years/2569.yaml"])
        try sandbox.write("tampered.yaml", stored.replacingOccurrences(of: "weight: 0.3", with: "weight: 0.25")
            .replacingOccurrences(of: "weight: 0.4", with: "weight: 0.5"))
        let blob = try sandbox.git(["hash-object", "-w", "tampered.yaml"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let index = ["GIT_INDEX_FILE": sandbox.path + "/.git/tampered-index"]
        try sandbox.git(["read-tree", "refs/itaplan/snapshots"], environment: index)
        try sandbox.git(["update-index", "--cacheinfo", "100644,\(blob),ita-years/2569.yaml"], environment: index)
        let tree = try sandbox.git(["write-tree"], environment: index).trimmingCharacters(in: .whitespacesAndNewlines)
        let message = try sandbox.git(["log", "-1", "--format=%B", "refs/itaplan/snapshots"])
        let parents = try sandbox.git(["log", "-1", "--format=%P", "refs/itaplan/snapshots"])
            .split(whereSeparator: \.isWhitespace).flatMap { ["-p", String($0)] }
        let commit = try sandbox.git(["commit-tree", tree, "-m", message] + parents)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        try sandbox.git(["update-ref", "refs/itaplan/snapshots", commit])
        let verify = try sandbox.itaplan(["audit", "verify"])
        #expect(verify.status == 1, "\(verify.stdout)")
        #expect(verify.stdout.contains("findings.json"))
    }

    @Test("a snapshot recomputed by itaplan with a model its source never held, re-pointed at the source, fails")
    func forgedStoredModel() throws {
        // The seed with a wrong stated total: an error under the confirmed 2563 weights.
        let seed = try String(contentsOf: Fixtures.seedPlan, encoding: .utf8)
            .replacingOccurrences(of: "total: 69.58", with: "total: 70.00")
        let sandbox = try repository(seed, name: "pho-hak-2564.yaml")
        _ = try sandbox.commitAll("plan")
        let forger = ChainForger(sandbox)
        let source = try forger.rev("HEAD")
        #expect(try sandbox.itaplan(["snapshot", "--as-of", "2021-03-31"]).status == 0)
        // A commit that calls the weights "assumed" turns the error into a warning; itaplan
        // snapshots it consistently (status file, findings, summary, totals, message).
        let lenient = try sandbox.itaplan(["years", "show", "2563"]).stdout
            .replacingOccurrences(of: "tools:\n  confidence: confirmed", with: "tools:\n  confidence: assumed")
        try sandbox.git(["checkout", "-q", "-b", "forge"])
        try sandbox.write("ita-years/2563.yaml", lenient)
        try sandbox.commitAll("lenient model")
        let helper = try forger.rev("HEAD")
        let made = try sandbox.itaplan(["snapshot", "--as-of", "2021-04-30"])
        #expect(made.status == 0, "\(made.stderr)")
        let snapshot = made.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try forger.show(snapshot, "findings.json").contains("total-mismatch"))
        #expect((try? forger.show(snapshot, "status/plans/pho-hak-2564.yaml.json")) != nil, "the plan reads as valid")
        // Re-made onto the real source commit, which has no ita-years/ at all.
        let metadata = try forger.show(snapshot, "snapshot.json").replacingOccurrences(of: helper, with: source)
        let remade = try forger.remake(snapshot, files: ["snapshot.json": metadata],
                                       parents: [try forger.parents(snapshot)[0], source])
        let message = try sandbox.git(["cat-file", "commit", remade])
        let body = String(message[message.range(of: "\n\n")!.upperBound...])
            .replacingOccurrences(of: helper, with: source).replacingOccurrences(of: helper.prefix(7), with: source.prefix(7))
        let tree = try sandbox.git(["rev-parse", "\(remade)^{tree}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let dates = try sandbox.git(["log", "-1", "--format=%ad%n%cd", "--date=raw", snapshot]).split(separator: "\n").map(String.init)
        let forged = try sandbox.git(["commit-tree", tree, "-p", try forger.parents(snapshot)[0], "-p", source, "-m", body],
                                     environment: ["GIT_AUTHOR_DATE": dates[0], "GIT_COMMITTER_DATE": dates[1]])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        try forger.point(forged)
        try sandbox.git(["checkout", "-q", "-"])
        try sandbox.git(["branch", "-q", "-D", "forge"])
        try sandbox.git(["reflog", "expire", "--expire=now", "--all"])

        let verify = try sandbox.itaplan(["audit", "verify", "--lang", "en"])
        #expect(verify.status == 1, "\(verify.stdout)")
        let line = verify.stdout.split(separator: "\n").first { $0.hasPrefix("FAIL") }
        #expect(line?.contains(forged.prefix(7)) == true, "\(verify.stdout)")
        #expect(verify.stdout.contains("content differs from a recomputation: ita-years/2563.yaml"), "\(verify.stdout)")
    }

    @Test("import and init use the repository's models")
    func importAndInitUseRepositoryModels() throws {
        let sandbox = try GitSandbox()
        let model2563 = try sandbox.itaplan(["years", "show", "2563"]).stdout
            .replacingOccurrences(of: "weight: 0.3", with: "weight: 0.25")
            .replacingOccurrences(of: "weight: 0.4", with: "weight: 0.5")
        try sandbox.write("ita-years/2563.yaml", model2563)
        let seed = Fixtures.url("import/pho-hak-ita-measures-2564.txt").path
        let imported = try sandbox.itaplan(["import", seed, "-o", "plans/pho-hak.yaml"])
        #expect(imported.status == 1)
        #expect(imported.stderr.contains("error: [total-mismatch] stated total 69.58 does not follow from the indicator scores: computed 65.8035"))

        // A year only the repository knows, in its own words: init's template uses them.
        let model2571 = try sandbox.itaplan(["years", "show", "2570"]).stdout
            .replacingOccurrences(of: "assessment_year: 2570", with: "assessment_year: 2571")
            .replacingOccurrences(of: "\"ผ่านดีเยี่ยม\"", with: "\"ดีเลิศ\"")
        try sandbox.write("ita-years/2571.yaml", model2571)
        let initialised = try sandbox.itaplan(["init", "--fiscal-year", "2572", "."])
        #expect(initialised.status == 0, "\(initialised.stderr)")
        let plan = try String(contentsOf: sandbox.root.appendingPathComponent("plans/plan-2572.yaml"), encoding: .utf8)
        #expect(plan.contains("the published level: ดีเลิศ, ผ่านดี, ผ่าน, ไม่ผ่าน (assumed)"))
        // Valid by the repository's models: its only errors are the template's placeholders.
        let validated = try sandbox.itaplan(["validate", "plans/plan-2572.yaml"])
        let errors = validated.stdout.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(!errors.isEmpty && errors.allSatisfy { $0.contains("[placeholder]") }, "\(validated.stdout)")
    }

    @Test("outside any repository, ita-years/ is read from the current folder")
    func outsideRepository() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let environment = ["GIT_CEILING_DIRECTORIES": directory.deletingLastPathComponent().path]
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("ita-years"), withIntermediateDirectories: true)
        try ResultPlans.fiscal2570.write(to: directory.appendingPathComponent("plan.yaml"), atomically: true, encoding: .utf8)
        let shown = try BinaryRunner.run(["years", "show", "2569"], in: directory, environment: environment).stdout
        try shown.replacingOccurrences(of: "weight: 0.3", with: "weight: 0.25").replacingOccurrences(of: "weight: 0.4", with: "weight: 0.5")
            .write(to: directory.appendingPathComponent("ita-years/2569.yaml"), atomically: true, encoding: .utf8)
        let validate = try BinaryRunner.run(["validate", "plan.yaml"], in: directory, environment: environment)
        #expect(validate.stdout.contains("computed 90.8000"), "\(validate.stdout)")
        let years = try BinaryRunner.run(["years"], in: directory, environment: environment)
        #expect(years.status == 0)
        #expect(years.stdout.contains("2569  ita-years/2569.yaml  25/25/50 assumed"))
    }

    @Test("init for fiscal year 2570 suggests a level, not a letter grade")
    func initSuggestsLevel() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try BinaryRunner.run(["init", "--fiscal-year", "2570", directory.path], environment: GitSandbox.environment)
        #expect(result.status == 0, "\(result.stderr)")
        let plan = try String(contentsOf: directory.appendingPathComponent("plans/plan-2570.yaml"), encoding: .utf8)
        #expect(plan.contains("# grade: ผ่าน "))
        #expect(!plan.contains("# grade: C"))
    }
}
