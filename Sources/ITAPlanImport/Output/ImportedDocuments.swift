import Foundation
import ITAPlanCore

/// What `import` makes of its documents: one document, or several of one
/// year (an analysis page and a measures page) as one plan, with the plan
/// YAML and the warnings naming each document.
public struct ImportedDocuments {
    public let plan: ImportedPlan
    public let yaml: String
    let files: [String]
    let results: [PlanImportResult]
    /// The warnings by document index (nil: about the combination).
    let warnings: [(source: Int?, warning: ImportWarning)]

    /// `results[i]` was read from `files[i]`.
    public init(_ results: [PlanImportResult], files: [String]) {
        self.files = files
        self.results = results
        if results.count == 1, let result = results.first {
            plan = result.plan
            warnings = result.warnings.map { (0, $0) }
            yaml = PlanYAMLWriter(sourceName: (files[0] as NSString).lastPathComponent, places: result.places).write(plan)
        } else {
            let combined = CombinedImport(results)
            plan = combined.plan
            warnings = combined.warnings
            yaml = PlanYAMLWriter(sources: zip(files, results).map { (($0 as NSString).lastPathComponent, $1.places) })
                .write(plan)
        }
    }

    /// Each warning with the document (and place in it) it is about.
    public func warnings(in language: Language) -> [String] {
        warnings.map { source, warning in
            guard let source else { return warning.text(path: files.joined(separator: " + "), in: language) }
            return warning.text(path: files[source], in: language, places: results[source].places)
        }
    }

    /// What `import --output` says once the plan is written: how many measures and indicators it has.
    public func written(to output: String, in language: Language) -> String {
        let measures = plan.measures.count
        let indicators = plan.ita.indicators.count
        return language.pick(
            th: "เขียน \(output) แล้ว: มาตรการ \(measures) ข้อ ตัวชี้วัด \(indicators) ตัว",
            en: "wrote \(output): \(measures) measure\(measures == 1 ? "" : "s"), "
                + "\(indicators) indicator\(indicators == 1 ? "" : "s")")
    }
}
