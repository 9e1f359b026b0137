import ITAPlanYAML

/// A year model file after checking: its findings, and the model when
/// nothing was wrong with it.
public struct CheckedYearModel: Sendable {
    public let source: PlanSource
    public let model: ScoringModel?
    public let findings: [Finding]

    public var errorCount: Int { findings.filter { $0.severity == .error }.count }

    /// The file as a checked plan with no plan, so every findings reporter
    /// prints it like a plan file: `path:line:col`, the line and a caret.
    public var asCheckedFile: CheckedPlan {
        CheckedPlan(source: source, plan: nil, timeline: nil, findings: findings)
    }
}

/// Reads year model files: `ita-years/<BE year>.yaml` in a plan repository
/// (JSON is YAML, so a copy of a bundled `.json` model works too).
public enum YearModelFile {
    /// The folder at a plan repository's root that supplies year models.
    public static let directory = "ita-years"

    /// The year a file's name gives (`2569.yaml` → 2569), or nil for a name
    /// that is not a year model's.
    public static func year(fromFileName name: String) -> Int? {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, ["yaml", "yml", "json"].contains(parts[1]), parts[0].count == 4,
              parts[0].allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(parts[0]) else { return nil }
        return year
    }

    /// Whether a file in the folder is meant as a year model (and so is
    /// checked, and reported when its name is not a year): YAML or JSON files.
    public static func isModelFileName(_ name: String) -> Bool {
        // Any case, so that 2569.YAML is reported as misnamed rather than skipped.
        !name.hasPrefix(".") && ["yaml", "yml", "json"].contains { PlanDiscovery.hasExtension(name, $0) }
    }

    /// Checks one file, with the same located diagnostics as plans.
    public static func check(_ source: PlanSource, limits: YAMLLimits = .default) -> CheckedYearModel {
        let sink = FindingSink()
        let name = String(source.path.split(separator: "/").last ?? "")
        let fileYear = year(fromFileName: name)
        if fileYear == nil {
            sink.add(.yearModel, at: .start, .yearModelFileName(name))
        }
        var model: ScoringModel?
        if let problem = source.problem {
            // A link out of the repository, a FIFO, a link stored in git: refused unread, as plans are.
            sink.add(.fileNotRegular, at: .start, .fileNotRead(problem))
        } else if source.size > limits.maxBytes {
            sink.add(.fileTooLarge, at: .start, .fileTooLarge(bytes: source.size, limit: limits.maxBytes))
        } else {
            let document = YAMLReader(limits: limits).read(source.text)
            for problem in document.problems { sink.add(Finding(problem, in: source.text)) }
            if !document.problems.contains(where: \.isFatal) {
                if let root = document.root, !root.isNull {
                    model = YearModelDecoder(sink: sink, fileYear: fileYear).decode(root)
                } else {
                    sink.add(.fileEmpty, at: .start, .yearModelEmpty)
                }
            }
        }
        let findings = sink.findings.sorted()
        return CheckedYearModel(source: source, model: findings.contains { $0.severity == .error } ? nil : model,
                                findings: findings)
    }
}
