import Foundation
import ITAPlanCore
import ITAPlanSetup
import ITAPlanTestSupport
import Testing

@Suite("Setting up a plan repository")
struct RepositorySetupTests {
    @Test("the template's only findings are its placeholders (the hook refuses it as written); filled in, it has none")
    func templateValidates() {
        for year in [2564, 2569, 2570] {
            let text = PlanTemplate.text(fiscalYear: year, agency: "เทศบาล \"ทดสอบ\"", catalog: Fixtures.catalog)
            let checked = Fixtures.check(text, path: "plans/plan-\(year).yaml")
            let findings = checked.findings.map { "\($0.rule.rawValue) \($0.location)" }
            // A year without a scoring model only warns that the arithmetic is not checked.
            let unknownYear = Fixtures.catalog.model(for: year - 1) == nil ? ["unknown-assessment-year"] : []
            // The scores, the analysis text and the example measure's title; the agency was given.
            #expect(checked.findings.map(\.rule.rawValue).sorted() == (["placeholder", "placeholder", "placeholder"] + unknownYear).sorted(),
                    "\(year): \(findings)")
            #expect(checked.errorCount == 3)
            #expect(checked.plan?.agency.name.value == "เทศบาล \"ทดสอบ\"")

            var scores = 0
            let filled = text.replacingOccurrences(of: " " + TemplatePlaceholders.editMe, with: "")
                .replacingOccurrences(of: " " + TemplatePlaceholders.example, with: "")
                .components(separatedBy: "\n").map { line -> String in
                    guard line.contains("score: 0 }") else { return line }
                    scores += 1
                    return line.replacingOccurrences(of: "score: 0 }", with: "score: \(80 + scores) }")
                }.joined(separator: "\n")
            let clean = Fixtures.check(filled, path: "plans/plan-\(year).yaml")
            #expect(clean.findings.map(\.rule.rawValue) == unknownYear,
                    "\(year): \(clean.findings.map { "\($0.rule.rawValue) \($0.location)" })")
        }
    }

    @Test("the template without --agency: the agency's name is a placeholder too")
    func templateWithoutAgency() {
        let text = PlanTemplate.text(fiscalYear: 2565, agency: nil, catalog: Fixtures.catalog)
        let checked = Fixtures.check(text)
        #expect(checked.findings.first?.message == .placeholderLeft(.agencyName("ชื่อหน่วยงาน")))
        #expect(checked.findings.filter { $0.rule == .placeholder }.count == 4)
    }

    @Test("the CI files init writes are this repository's own .github files, compiled in, the action pinned to a release")
    func bundledWorkflowsMatchRepository() throws {
        let files = RepositorySetup.bundledRepositoryFiles(pinning: "1.2.0~rc1")
        #expect(files.map(\.path) == [
            ".github/actions/install-itaplan/action.yml", ".github/actions/install-itaplan/install.sh",
            ".github/workflows/plans-main.yml", ".github/workflows/plans-pr.yml",
        ])
        for file in files {
            var own = try String(contentsOf: Fixtures.root.appendingPathComponent(file.path), encoding: .utf8)
            if file.path.hasSuffix("action.yml") {
                #expect(own.contains("\n        ITAPLAN_PINNED_VERSION: unreleased\n"))
                own = own.replacingOccurrences(of: "ITAPLAN_PINNED_VERSION: unreleased",
                                               with: "ITAPLAN_PINNED_VERSION: \"1.2.0~rc1\"")
            }
            #expect(own == String(decoding: file.data, as: UTF8.self), "\(file.path) differs from the built-in copy")
        }
    }

    @Test("a version that is not a release pins nothing: the action then says no release is pinned",
          arguments: ["", "1.0\"\nrun: evil", "v1.0", "1.0 beta", "0.0.0+g1234567", "1.2.0+3.gabc1234.dirty", "١.٠"])
    func unpinnableVersion(version: String) throws {
        let action = try #require(RepositorySetup.bundledRepositoryFiles(pinning: version)
            .first { $0.path.hasSuffix("action.yml") })
        #expect(String(decoding: action.data, as: UTF8.self).contains("ITAPLAN_PINNED_VERSION: unreleased\n"))
    }

    @Test("an empty folder gets a repository, the files and the hook; a second run keeps everything")
    func setUpAndRerun() throws {
        let directory = try Fixtures.temporaryDirectory().appendingPathComponent("แผน ITA")
        defer { try? FileManager.default.removeItem(at: directory.deletingLastPathComponent()) }
        let setup = RepositorySetup(catalog: Fixtures.catalog)
        let first = try setup.run(.init(directory: directory.path, fiscalYear: 2570, hookExecutable: "/usr/bin/itaplan"))
        #expect(first.createdRepository)
        #expect(first.written.contains("plans/plan-2570.yaml"))
        #expect(first.written.contains("schema/plan.schema.json"))
        #expect(first.written.contains(".github/workflows/plans-pr.yml"))
        // A development build (0.0.0+g…) pins no release; a tagged build pins itself.
        let isDevelopmentBuild = ITAPlanVersion.current.contains("+")
        #expect(first.pinnedRelease == (isDevelopmentBuild ? nil : ITAPlanVersion.current))
        let action = try String(contentsOf: directory.appendingPathComponent(".github/actions/install-itaplan/action.yml"),
                                encoding: .utf8)
        #expect(action.contains(isDevelopmentBuild ? "ITAPLAN_PINNED_VERSION: unreleased\n"
                                                   : "ITAPLAN_PINNED_VERSION: \"\(ITAPlanVersion.current)\"\n"))
        #expect(FileManager.default.isExecutableFile(atPath: directory.appendingPathComponent(".git/hooks/pre-commit").path))
        #expect(FileManager.default.isExecutableFile(
            atPath: directory.appendingPathComponent(".github/actions/install-itaplan/install.sh").path))

        let plan = directory.appendingPathComponent("plans/plan-2570.yaml")
        try "# my edits\n".write(to: plan, atomically: true, encoding: .utf8)
        let second = try setup.run(.init(directory: directory.path, fiscalYear: 2570))
        #expect(!second.createdRepository)
        #expect(second.written.isEmpty)
        #expect(second.pinnedRelease == nil)
        #expect(second.kept.contains("plans/plan-2570.yaml"))
        #expect(try String(contentsOf: plan, encoding: .utf8) == "# my edits\n")
    }
}
