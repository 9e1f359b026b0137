import Foundation
import ITAPlanCore
import ITAPlanImport
import ITAPlanTestSupport
import Testing

/// The seed document, its variants, and the steps every import test takes:
/// import, write, check.
enum ImportFixtures {
    static let seed = "import/pho-hak-ita-measures-2564.txt"
    static let variants = [
        "import/pho-hak-variant-whitespace.txt",
        "import/pho-hak-variant-no-tags.txt",
        "import/pho-hak-variant-page-break.txt",
    ]

    static func bytes(_ relative: String) throws -> [UInt8] {
        Array(try Data(contentsOf: Fixtures.url(relative)))
    }

    /// An import written as YAML and checked as `validate` checks it.
    struct Run {
        let result: PlanImportResult
        let yaml: String
        let checked: CheckedPlan

        var errors: [Finding] { checked.findings.filter { $0.severity == .error } }
    }

    static func run(_ relative: String) throws -> Run {
        try run(bytes: bytes(relative), name: (relative as NSString).lastPathComponent)
    }

    static func run(bytes: [UInt8], name: String = "document.txt") throws -> Run {
        let result = try PlanTextImporter().read(bytes: bytes)
        let yaml = PlanYAMLWriter(sourceName: name).write(result.plan)
        let checked = Fixtures.checker.check(PlanSource(path: "plans/imported.yaml", contents: yaml))
        return Run(result: result, yaml: yaml, checked: checked)
    }

    /// plans/pho-hak-2564.yaml, transcribed by hand from the seed document.
    static func seedPlan() throws -> Plan {
        try #require(try Fixtures.check(file: Fixtures.seedPlan).plan)
    }
}

extension ImportedPlan {
    /// The plan with every source line number zeroed, to compare what two
    /// differently laid out documents say.
    var withoutLines: ImportedPlan {
        var plan = self
        for index in plan.ita.indicators.indices { plan.ita.indicators[index].line = 0 }
        for index in plan.ita.analysis.indices { plan.ita.analysis[index].line = 0 }
        for index in plan.measures.indices { plan.measures[index].line = 0 }
        for index in plan.notes.indices { plan.notes[index].line = 0 }
        return plan
    }
}
