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

/// The plan file `import --output` writes: a new file, or with `replacing`
/// an existing one. Never a folder, and without `replacing` never a file
/// that appeared meanwhile (created exclusively).
public enum PlanFileOutput {
    public enum Failure: LocalizedFailure, Equatable {
        case exists(path: String)
        case isFolder(path: String)

        public func text(in language: Language) -> String {
            switch self {
            case .exists(let path):
                language.pick(th: "\(path) มีอยู่แล้ว ไม่เขียนทับ (ใช้ --force เพื่อแทนที่)",
                              en: "\(path) already exists; not replacing it (use --force to replace it)")
            case .isFolder(let path):
                ITAPlanError.cannotWrite(path: path, reason: language.pick(th: "เป็นโฟลเดอร์", en: "it is a folder"))
                    .text(in: language)
            }
        }
    }

    public static func write(_ yaml: String, to path: String, replacing: Bool) throws {
        let url = URL(fileURLWithPath: path)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            if isFolder.boolValue { throw Failure.isFolder(path: path) }
            if !replacing { throw Failure.exists(path: path) }
        }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(yaml.utf8).write(to: url, options: replacing ? .atomic : .withoutOverwriting)
        } catch {
            throw ITAPlanError.cannotWrite(path: path, reason: FileReading.describe(error))
        }
    }
}
