import ITAPlanCore
import ITAPlanTestSupport
import Testing

/// Year models: what the bundled ones say and how sure, how checks take
/// their severity from the facts they rest on, and the repository format.
@Suite("ITA year models")
struct YearModelTests {
    let catalog = Fixtures.catalog

    private func check(_ yaml: String, catalog: ITAYearCatalog? = nil, today: CivilDate = Fixtures.today) -> CheckedPlan {
        PlanChecker(catalog: catalog ?? self.catalog, today: today).check(PlanSource(path: "plan.yaml", contents: yaml))
    }

    private func rules(_ checked: CheckedPlan) -> [String] {
        checked.findings.map { "\($0.severity.rawValue) \($0.rule.rawValue)" }
    }

    // MARK: - Bundled data

    @Test("bundled years 2563–2570, each read back unchanged from its YAML and JSON")
    func bundledRoundTrip() throws {
        #expect(catalog.years == Array(2563...2570))
        for year in catalog.years {
            let model = try #require(catalog.model(for: year))
            for format in YearModelWriter.Format.allCases {
                let text = YearModelWriter.text(model, format: format)
                let read = YearModelFile.check(PlanSource(path: "ita-years/\(year).\(format.rawValue)", contents: text))
                #expect(read.findings.isEmpty, "\(year) \(format): \(read.findings.map { $0.message.text(in: .english) })")
                #expect(read.model == model, "\(year) \(format) does not read back as written")
            }
        }
    }

    @Test("a broken bundled model is a clear error naming the file and the place")
    func brokenBundled() throws {
        #expect(throws: ITAPlanError.badScoringModel(
            path: "Resources/ita-years/2569.json (built into itaplan)",
            reason: "1:1: missing required key 'format' in year model")) {
            try ITAYearCatalog.bundled(files: [("Resources/ita-years/2569.json", Array("{}".utf8))])
        }
    }

    @Test("bundled facts as the sources give them: 2563–2565 confirmed, later years reported or assumed")
    func bundledFacts() throws {
        for year in 2563...2565 {
            let model = try #require(catalog.model(for: year))
            #expect(model.toolsFact.confidence == .confirmed)
            #expect(model.scales.map(\.name) == ["letters"])
            #expect(model.scales[0].confidence == .confirmed)
            #expect(model.oitItems?.value == ScoringModel.OITItems(measures: "O42", implementation: "O43"))
        }
        #expect(catalog.model(for: 2565)?.evidenceWindow?.confidence == .confirmed)
        #expect(catalog.model(for: 2564)?.evidenceWindow?.confidence == .reported)
        #expect(catalog.model(for: 2563)?.evidenceWindow?.value.start == nil)
        #expect(catalog.model(for: 2563)?.evidenceWindow?.value.end == CivilDate(year: 2020, month: 7, day: 15))
        for year in 2566...2570 {
            let model = try #require(catalog.model(for: year))
            #expect(model.toolsFact.confidence == .assumed, "\(year) weights are unknown")
            #expect(model.scales[0].levels == ["ผ่านดีเยี่ยม", "ผ่านดี", "ผ่าน", "ไม่ผ่าน"])
            #expect(model.scales[0].confidence != .confirmed)
            // O32/O33 had no source (in 2566 they were the No Gift items).
            #expect(model.oitItems?.value.measures != "O32")
        }
        #expect(catalog.model(for: 2566)?.scales.map(\.name) == ["levels", "letters"])
        #expect(catalog.model(for: 2568)?.conditions.first?.confidence == .reported)
        #expect(catalog.model(for: 2569)?.oitItems?.value == ScoringModel.OITItems(measures: "O25", implementation: "O26"))
        #expect(catalog.model(for: 2569) != catalog.model(for: 2568))
        #expect(catalog.model(for: 2570)?.weakestConfidence == .assumed)
        #expect(catalog.model(for: 2570).map { [$0.toolsFact.confidence, $0.indicatorsFact.confidence,
                                                  $0.passMarkFact.confidence] } == [.assumed, .assumed, .assumed])
    }

    // MARK: - Severity from confidence

    @Test("fiscal year 2570 on ITA 2569, 90.84 ผ่านดี: no error, one warning naming the assumed bands")
    func fiscal2570() throws {
        let checked = check(ResultPlans.fiscal2570, today: CivilDate(year: 2026, month: 12, day: 1)!)
        #expect(rules(checked) == ["warning level-unchecked"])
        let text = checked.findings[0].message.text(in: .english)
        #expect(text.hasPrefix("the ITA 2569 level bands are assumed, not confirmed: itaplan cannot check ผ่านดี"))
        #expect(text.contains("90.84"))
    }

    @Test("ITA 2568 94.64 with EIT below 85 stated as ผ่าน is accepted, and the decision names the rule")
    func lowered2568() throws {
        let checked = check(ResultPlans.fiscal2569(), today: CivilDate(year: 2025, month: 12, day: 1)!)
        #expect(checked.errorCount == 0)
        let plan = try #require(checked.plan)
        let decision = try #require(catalog.model(for: 2568)?.decideLevel(for: plan.ita))
        #expect(decision.reached.level == "ผ่านดี")
        #expect(decision.level == "ผ่าน")
        #expect(decision.lowerings.map(\.tool) == ["EIT"])
        #expect(decision.lowerings.first?.confidence == .reported)
        let status = try #require(StatusCalculator(asOf: CivilDate(year: 2025, month: 12, day: 1)!, catalog: catalog)
            .status(of: checked))
        #expect(status.level == decision)
        // Stated as ผ่านดี, the reported rule makes it a warning, never an error.
        let stated = check(ResultPlans.fiscal2569(grade: "ผ่านดี"), today: CivilDate(year: 2025, month: 12, day: 1)!)
        #expect(rules(stated) == ["warning grade-mismatch"])
        #expect(stated.findings[0].message.text(in: .english).contains("EIT 84.00 is below 85, which lowers ผ่านดี to ผ่าน"))
    }

    @Test("a total that misses under assumed weights is a warning that names the computed total")
    func totalUnderAssumedWeights() throws {
        let yaml = ResultPlans.plan(fiscalYear: 2570, iit: 92, eit: 90, oit: 90.6, total: "91.50", grade: nil)
        let checked = check(yaml, today: CivilDate(year: 2026, month: 12, day: 1)!)
        #expect(rules(checked) == ["warning total-mismatch"])
        let text = checked.findings[0].message.text(in: .english)
        #expect(text.contains("computed 90.8400"))
        #expect(text.contains("ITA 2569 tool weights: assumed, not confirmed"))
    }

    @Test("the seed's checks rest on confirmed facts and stay errors")
    func seedStaysError() throws {
        let seed = try String(contentsOf: Fixtures.seedPlan, encoding: .utf8)
        #expect(check(seed).errorCount == 0)
        let badTotal = check(seed.replacingOccurrences(of: "total: 69.58", with: "total: 69.60"))
        #expect(rules(badTotal) == ["error total-mismatch"])
        #expect(badTotal.findings[0].message.text(in: .english).contains("computed 69.5852"))
        let badGrade = check(seed.replacingOccurrences(of: "grade: C", with: "grade: B"))
        #expect(rules(badGrade) == ["error grade-mismatch"])
        let fourLevels = check(seed.replacingOccurrences(of: "grade: C", with: "grade: ผ่าน"))
        #expect(rules(fourLevels) == ["error grade-mismatch"], "2563 published letters only")
    }

    @Test("ITA 2566 accepts letters too, as some agencies quoted them, with the letter bands assumed")
    func eitherVocabulary2566() throws {
        // 0.3·90 + 0.3·88 + 0.4·86 = 87.80: A on the letters, ผ่าน on the levels.
        let letters = check(ResultPlans.plan(fiscalYear: 2567, iit: 90, eit: 88, oit: 86, total: "87.80", grade: "A"),
                            today: CivilDate(year: 2024, month: 1, day: 1)!)
        #expect(letters.errorCount == 0)
        #expect(rules(letters) == ["warning level-unchecked"])
        let levels = check(ResultPlans.plan(fiscalYear: 2567, iit: 90, eit: 88, oit: 86, total: "87.80", grade: "ผ่าน"),
                           today: CivilDate(year: 2024, month: 1, day: 1)!)
        #expect(levels.errorCount == 0)
        let neither = check(ResultPlans.plan(fiscalYear: 2567, iit: 90, eit: 88, oit: 86, total: "87.80", grade: "ดีมาก"),
                            today: CivilDate(year: 2024, month: 1, day: 1)!)
        #expect(rules(neither) == ["warning grade-mismatch"])
    }

    // MARK: - Repository models

    @Test("a model with other weights changes which stated totals pass")
    func otherWeights() throws {
        var model = try #require(catalog.model(for: 2569))
        model.toolsFact = Fact(model.tools.map { tool in
            var tool = tool
            tool.weight = tool.id == "OIT" ? 0.5 : 0.25
            return tool
        }, .confirmed, source: "test manual")
        model.indicatorsFact.confidence = .confirmed
        let file = YearModelFile.check(PlanSource(path: "ita-years/2569.yaml", contents: YearModelWriter.yaml(model)))
        #expect(file.findings.isEmpty)
        let corrected = catalog.overriding(with: [file]) { .repository(path: $0) }
        #expect(corrected.origin(for: 2569) == .repository(path: "ita-years/2569.yaml"))
        let today = CivilDate(year: 2026, month: 12, day: 1)!
        // 0.25·92 + 0.25·90 + 0.5·90.6 = 90.80.
        #expect(check(ResultPlans.fiscal2570, catalog: corrected, today: today).findings.contains {
            $0.rule == .totalMismatch && $0.severity == .error
        })
        let other = ResultPlans.plan(fiscalYear: 2570, iit: 92, eit: 90, oit: 90.6, total: "90.80", grade: nil)
        #expect(check(other, catalog: corrected, today: today).findings.isEmpty)
        #expect(rules(check(other, today: today)) == ["warning total-mismatch"])
    }

    @Test("broken model files get located findings, never a model", arguments: [
        ("", "file-empty", 1, 1),
        ("format: 2\n", "year-model", 1, 9),
        ("format: 1\nassessment_year: [\n", "yaml-syntax", 3, 1),
        ("\u{0}", "file-binary", 1, 1),
        ("- 1\n- 2\n", "type", 1, 1),
        ("a: [*b]\n", "yaml-undefined-alias", 1, 5),
    ])
    func brokenFiles(text: String, rule: String, line: Int, column: Int) throws {
        let file = YearModelFile.check(PlanSource(path: "ita-years/2569.yaml", contents: text))
        #expect(file.model == nil)
        let finding = try #require(file.findings.first { $0.rule.rawValue == rule },
                                   "\(file.findings.map { "\($0.location) \($0.rule.rawValue)" })")
        #expect(finding.location.line == line && finding.location.column == column, "\(finding.location)")
    }

    @Test("every key of a model can be wrong without a crash, each with a finding where it is written")
    func everyKeyWrong() throws {
        let good = try #require(catalog.model(for: 2568)).self
        let lines = YearModelWriter.yaml(good).components(separatedBy: "\n")
        for (index, line) in lines.enumerated() where line.contains(": ") && !line.hasPrefix("#") {
            // Each value in turn becomes a list, a wrong word, a negative number.
            for replacement in ["[1, 2]", "nonsense", "-5", "~"] {
                var broken = lines
                guard let colon = line.range(of: ": ") else { continue }
                broken[index] = String(line[..<colon.upperBound]) + replacement
                    + (line.hasSuffix(" }") ? " }" : "")
                let file = YearModelFile.check(PlanSource(path: "ita-years/2568.yaml", contents: broken.joined(separator: "\n")))
                if file.model == nil {
                    #expect(!file.findings.isEmpty)
                    #expect(file.findings.allSatisfy { $0.location.line >= 1 })
                }
            }
        }
    }

    @Test("any one line of a model left out gives findings, the same model, or exactly the model the shorter file says; never a crash")
    func everyLineMissing() throws {
        for year in [2564, 2568, 2569] {
            let model = try #require(catalog.model(for: year))
            let lines = YearModelWriter.yaml(model).components(separatedBy: "\n")
            for index in lines.indices {
                var shorter = lines
                shorter.remove(at: index)
                let file = YearModelFile.check(PlanSource(path: "ita-years/\(year).yaml", contents: shorter.joined(separator: "\n")))
                // Without a finding, nothing is lost or made up in silence: a line that did not matter
                // (a comment) leaves the same model, and one that did (a whole band or indicator on
                // its line) gives the model that writes back as exactly the shorter file.
                guard file.findings.isEmpty else { continue }
                let read = try #require(file.model, "\(year) without line \(index + 1): no model and no finding")
                #expect(read == model || YearModelWriter.yaml(read) == shorter.joined(separator: "\n"),
                        "\(year) without line \(index + 1) ('\(lines[index])') changed the model in silence")
            }
        }
    }

    @Test("control characters in a model's text are refused where they are written")
    func controlCharacters() throws {
        let good = YearModelWriter.yaml(try #require(catalog.model(for: 2568)))
        let file = YearModelFile.check(PlanSource(path: "ita-years/2568.yaml",
                                                  contents: good.replacingOccurrences(of: "level: \"ผ่านดี\"", with: "level: \"ผ่าน\\u001B[2Jดี\"")))
        #expect(file.model == nil)
        #expect(file.findings.map(\.message) == [.yearModelControlCharacters(key: "level")])
    }

    @Test("model rules: weights add to 1, names are known, bands descend, file name and year agree")
    func modelRules() throws {
        let good = YearModelWriter.yaml(try #require(catalog.model(for: 2568)))
        func problems(_ edit: (String) -> String, path: String = "ita-years/2568.yaml") -> [String] {
            YearModelFile.check(PlanSource(path: path, contents: edit(good))).findings.map {
                "\($0.location.line) \($0.rule.rawValue) \($0.message.text(in: .english))"
            }
        }
        #expect(problems { $0.replacingOccurrences(of: "weight: 0.4", with: "weight: 0.5") }.first?
            .contains("the tools' weights add up to 1.1, not 1") == true)
        #expect(problems { $0.replacingOccurrences(of: "tool: \"OIT\"", with: "tool: \"XIT\"") }.first?
            .contains("'XIT' is not in this model") == true)
        #expect(problems { $0.replacingOccurrences(of: "minimum: 90", with: "minimum: 96") }.first?
            .contains("bands go from the highest down") == true)
        #expect(problems { $0.replacingOccurrences(of: "to: \"ผ่าน\"", with: "to: \"ตก\"") }.first?
            .contains("'ตก' is not in this model") == true)
        #expect(problems({ $0 }, path: "ita-years/2569.yaml").first?
            .contains("assessment_year is 2568, but the file is named for 2569") == true)
        #expect(problems({ $0 }, path: "ita-years/latest.yaml").first?.contains("is named by its Buddhist Era year") == true)
        let unsure = problems { $0.replacingOccurrences(of: "confidence: reported", with: "confidence: sure") }
        #expect(unsure.first?.contains("'sure' is not a valid 'confidence'") == true, "\(unsure)")
        #expect(problems { $0 + "extra: 1\n" }.first?.contains("unknown key 'extra'") == true)
    }

    // MARK: - Evidence of the assessed year

    @Test("done dates: after the fiscal year an error, after the evidence window a warning naming its confidence")
    func doneDates() throws {
        func progress(_ done: String, carried: Bool = false) -> String {
            "        progress:\n          - { done: \(done), evidence: https://example.go.th/a, by: งานทดสอบ\(carried ? ", carried_over: true" : "") }"
        }
        let today = CivilDate(year: 2023, month: 1, day: 1)!
        func plan(_ done: String, carried: Bool = false) -> CheckedPlan {
            check(ResultPlans.plan(fiscalYear: 2565, iit: 90, eit: 90, oit: 90, total: "90.00", grade: "A",
                                   progress: progress(done, carried: carried)), today: today)
        }
        #expect(rules(plan("2565-03-15")) == [])
        #expect(rules(plan("2565-10-02")) == ["error done-after-year"])
        let late = plan("2565-06-01")
        #expect(rules(late) == ["warning done-after-window"])
        #expect(late.findings[0].message.text(in: .english).contains("2022-04-30, confirmed"))
        #expect(rules(plan("2564-09-20")) == ["error done-before-year"])
        #expect(rules(plan("2564-09-20", carried: true)) == [])
        #expect(rules(plan("2565-01-20", carried: true)) == ["error carried-over"])
    }
}
