import Foundation
import ITAPlanCore
import ITAPlanTestSupport
import ITAPlanYAML
import Testing

@Suite("The JSON Schema for editors and independent validators")
struct PlanJSONSchemaTests {
    static let schemaFile = Fixtures.root.appendingPathComponent("schema/plan.schema.json")

    @Test("schema/plan.schema.json is exactly what the Swift format declaration generates")
    func committedSchemaIsGenerated() throws {
        let committed = try String(contentsOf: Self.schemaFile, encoding: .utf8)
        #expect(committed == PlanJSONSchema.document().rendered(),
                "regenerate with: swift run itaplan schema > schema/plan.schema.json")
    }

    @Test("the every-key fixture uses every key of every object of the format")
    func everyKeyFixtureIsComplete() throws {
        let text = try Fixtures.text("valid/every-key.yaml")
        let root = try #require(YAMLReader().read(SourceText(text)).root)
        var used: [String: Set<String>] = [:]
        func walk(_ node: YAMLNode, _ spec: ObjectSpec) {
            for pair in node.mapping ?? [] {
                guard let key = pair.key.scalar?.text, let field = spec.field(key) else { continue }
                used[spec.name, default: []].insert(key)
                visit(pair.value, field.kind)
            }
        }
        func visit(_ node: YAMLNode, _ kind: FieldKind) {
            switch kind {
            case .object(let spec): if node.mapping != nil { walk(node, spec) }
            case .list(let inner): node.sequence?.forEach { visit($0, inner) }
            case .oneOf(let kinds): kinds.forEach { visit(node, $0) }
            default: break
            }
        }
        walk(root, PlanSchema.plan)
        for spec in [PlanSchema.plan, PlanSchema.agency, PlanSchema.settings, PlanSchema.ita, PlanSchema.indicator,
                     PlanSchema.analysis, PlanSchema.measure, PlanSchema.step, PlanSchema.scheduleObject,
                     PlanSchema.progress] {
            let missing = Set(spec.keys).subtracting(used[spec.name] ?? [])
            #expect(missing.isEmpty, "\(spec.name) keys not used: \(missing.sorted())")
        }
        // Decoding it (in a debug build) asserts that the decoder read every declared key.
        #expect(try Fixtures.check(file: Fixtures.url("valid/every-key.yaml")).findings.isEmpty)
    }

    /// Rules a JSON Schema can express; fixtures for the others pass the schema.
    static let expressible: Set<String> = [
        // invalid-date: the YAML loader itself refuses a timestamp that is not a day.
        "buddhist-era", "empty-measures", "invalid-date", "empty-steps", "empty-value", "evidence-url", "invalid-schedule",
        "invalid-value", "required-key", "schema-version", "score-range", "type", "unknown-key",
        "yaml-complex-key", "yaml-duplicate-key", "yaml-multiple-documents", "yaml-syntax", "yaml-undefined-alias",
    ]

    @Test("Python's jsonschema and itaplan validate agree on the example plans and on the invalid fixtures")
    func independentValidatorAgrees() throws {
        let valid = [Fixtures.seedPlan] + Fixtures.files(in: "valid")
        let invalid = Fixtures.files(in: "invalid")
        let output = try ProcessRunner.run(command: "python3", [
            Fixtures.root.appendingPathComponent("scripts/jsonschema-validate.py").path, Self.schemaFile.path,
        ] + (valid + invalid).map(\.path))
        #expect(output.status == 0, "\(output.stderr)")
        let data = Data(output.stdout.utf8)
        let results = try #require(try JSONSerialization.jsonObject(with: data) as? [String: [String]])

        for file in valid {
            #expect(results[file.path] == [], "the schema rejects \(file.lastPathComponent): \(results[file.path] ?? [])")
            #expect(try Fixtures.check(file: file).errorCount == 0)
        }
        for file in invalid {
            let rule = String(file.lastPathComponent.dropLast(".yaml".count))
            let schemaRejects = !(results[file.path] ?? []).isEmpty
            let itaplanRejects = try Fixtures.check(file: file).errorCount > 0
                || RuleID(rawValue: rule)?.defaultSeverity == .warning
            #expect(itaplanRejects, "itaplan accepts \(rule)")
            #expect(schemaRejects == Self.expressible.contains(rule),
                    "\(rule): the schema \(schemaRejects ? "rejects" : "accepts") it")
        }
    }
}
