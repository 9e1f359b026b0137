import Foundation
import ITAPlanYAML

/// A plan file after checking: its findings, and the plan when it decoded.
public struct CheckedPlan: Sendable {
    public let source: PlanSource
    public let plan: Plan?
    /// The plan's due instances and the records matched to them.
    public let timeline: Timeline?
    /// In source order.
    public let findings: [Finding]

    public var errorCount: Int { findings.filter { $0.severity == .error }.count }
    public var warningCount: Int { findings.filter { $0.severity == .warning }.count }

    public init(source: PlanSource, plan: Plan?, timeline: Timeline?, findings: [Finding]) {
        self.source = source
        self.plan = plan
        self.timeline = timeline
        self.findings = findings
    }

    /// The findings alone: the decoded plan dropped, and the file's text
    /// kept only when a finding needs it for its snippet. What validating
    /// thousands of files keeps of each.
    public var findingsOnly: CheckedPlan {
        let text = findings.isEmpty ? SourceText(bytes: []) : source.text
        return CheckedPlan(source: PlanSource(path: source.path, text: text, size: source.size),
                           plan: nil, timeline: nil, findings: findings)
    }
}

/// A plan file read, decoded and checked against the plan rules, before
/// anything that depends on the day of the check.
public struct DecodedPlan: Sendable {
    public let source: PlanSource
    public let plan: Plan?
    /// Unsorted; `PlanChecker.check(_:)` sorts them with the day's findings.
    public let findings: [Finding]

    public init(source: PlanSource, plan: Plan?, findings: [Finding]) {
        self.source = source
        self.plan = plan
        self.findings = findings
    }
}

/// Runs every check on plan files: bytes, YAML, shape, then the plan rules.
public struct PlanChecker: Sendable {
    public let catalog: ITAYearCatalog
    public let limits: YAMLLimits
    /// The day the check runs, so that a record dated later is caught. Nil
    /// skips that one check; the library never reads the clock itself.
    public let today: CivilDate?

    public init(catalog: ITAYearCatalog, today: CivilDate? = nil, limits: YAMLLimits = .default) {
        self.catalog = catalog
        self.today = today
        self.limits = limits
    }

    public func check(_ source: PlanSource) -> CheckedPlan {
        check(decoded(source))
    }

    /// The part of a check that does not depend on `today`: bytes, YAML,
    /// shape and the plan rules. The same blob checked on many days (a
    /// chain of daily snapshots) is decoded once and finished per day.
    public func decoded(_ source: PlanSource) -> DecodedPlan {
        let first = decoded(source, fiscalYear: nil)
        guard let plan = first.plan, plan.ita.year.value + 1 != plan.fiscalYear.value else { return first }
        // One mistake, one finding: a fiscal_year one off from the ITA year
        // makes every timeframe, period and date wrong too. Read again with
        // the year the ITA result implies; when that clears more than the
        // one mismatch, the fiscal year is the mistake, and the one finding.
        let likely = plan.ita.year.value + 1
        let retry = decoded(source, fiscalYear: likely)
        guard let fixed = retry.plan, problems(retry) + 1 < problems(first) else { return first }
        let finding = Finding(.assessmentYear, at: plan.fiscalYear.location, .fiscalYearOff(
            stated: plan.fiscalYear.value, likely: likely, assessment: plan.ita.year.value))
        return DecodedPlan(source: source, plan: fixed, findings: retry.findings + [finding])
    }

    /// Findings of a decoded plan once its timeline is built, whatever the day.
    private func problems(_ decoded: DecodedPlan) -> Int {
        PlanChecker(catalog: catalog, today: nil, limits: limits).check(decoded).findings.count
    }

    private func decoded(_ source: PlanSource, fiscalYear: Int?) -> DecodedPlan {
        let sink = FindingSink()
        let plan = decode(source, into: sink, fiscalYear: fiscalYear)
        if let plan {
            let context = RuleContext(plan: plan, catalog: catalog)
            for rule in PlanRules.all { rule.check(context, into: sink) }
        }
        return DecodedPlan(source: source, plan: plan, findings: sink.findings)
    }

    /// Finishes a decoded plan as of `today`: its timeline and the findings
    /// that depend on the day. Same result as `check(source)`.
    public func check(_ decoded: DecodedPlan) -> CheckedPlan {
        guard let plan = decoded.plan else {
            return CheckedPlan(source: decoded.source, plan: nil, timeline: nil, findings: decoded.findings.sorted())
        }
        let sink = FindingSink()
        for finding in decoded.findings { sink.add(finding) }
        var builder = TimelineBuilder(plan: plan, today: today, sink: sink)
        builder.evidenceWindow = catalog.model(for: plan.fiscalYear.value)?.evidenceWindow
        let timeline = builder.build()
        return CheckedPlan(source: decoded.source, plan: plan, timeline: timeline, findings: sink.findings.sorted())
    }

    /// Reads and checks files in parallel; results keep the order of `paths`.
    /// Holds every result at once: for many files, use the batched form.
    public func check(paths: [String], displayPaths: [String]? = nil,
                      roots: [String?]? = nil) -> [Result<CheckedPlan, ITAPlanError>] {
        var all: [Result<CheckedPlan, ITAPlanError>] = []
        check(paths: paths, displayPaths: displayPaths, roots: roots, transform: { $0 }, consume: { all += $0 })
        return all
    }

    /// Reads and checks files in batches, in order. `transform` runs on every
    /// core, once per file, and should keep only what the caller needs;
    /// `consume` receives each batch's results in the order of `paths`. Only
    /// one batch of full results is alive at a time, so memory stays bounded
    /// however many files there are. `roots` (from `PlanDiscovery`) bound
    /// where each file's links may lead; by default each file's repository.
    public func check<T: Sendable>(paths: [String], displayPaths: [String]? = nil, roots: [String?]? = nil,
                                   batchSize: Int = 256,
                                   transform: @Sendable (Result<CheckedPlan, ITAPlanError>) -> T,
                                   consume: ([T]) throws -> Void) rethrows {
        var start = 0
        // The repository each folder lies in, found once per folder: the
        // boundary no symbolic link may lead out of.
        var folderRoots: [String: String] = [:]
        while start < paths.count {
            let end = min(start + batchSize, paths.count)
            let offset = start
            let batchRoots = (start..<end).map { index -> String? in
                if let roots { return roots[index] }
                let path = paths[index]
                let folder = (path as NSString).deletingLastPathComponent
                if let known = folderRoots[folder] { return known }
                let root = FileReading.enclosingRoot(of: path)
                folderRoots[folder] = root
                return root
            }
            let batch = parallelMap(end - start) { index in
                transform(read(paths[offset + index], displayPath: displayPaths?[offset + index], root: batchRoots[index]))
            }
            try consume(batch)
            start = end
        }
    }

    private func read(_ path: String, displayPath: String?, root: String?) -> Result<CheckedPlan, ITAPlanError> {
        Result {
            check(try FileReading.read(path: path, displayPath: displayPath, maxBytes: limits.maxBytes, within: root))
        }.mapError { error in
            error as? ITAPlanError ?? .cannotRead(path: path, reason: String(describing: error))
        }
    }

    private func decode(_ source: PlanSource, into sink: FindingSink, fiscalYear: Int?) -> Plan? {
        if let problem = source.problem {
            sink.add(.fileNotRegular, at: .start, .fileNotRead(problem))
            return nil
        }
        if source.size > limits.maxBytes {
            sink.add(.fileTooLarge, at: .start, .fileTooLarge(bytes: source.size, limit: limits.maxBytes))
            return nil
        }
        let document = YAMLReader(limits: limits).read(source.text)
        for problem in document.problems {
            sink.add(Finding(problem, in: source.text))
        }
        guard !document.problems.contains(where: \.isFatal) else { return nil }
        guard let root = document.root, !root.isNull else {
            sink.add(.fileEmpty, at: .start, .fileEmpty)
            return nil
        }
        var decoder = PlanDecoder(sink: sink)
        decoder.fiscalYearOverride = fiscalYear
        return decoder.decode(root)
    }
}

extension Finding {
    /// The libyaml problems that indentation causes.
    static let indentationProblems: Set<String> = [
        "did not find expected key", "did not find expected '-' indicator",
        "block sequence entries are not allowed in this context",
    ]

    /// libyaml says the same for `text: Note: more` and for a key indented
    /// one space too far: a `: ` after the line's own key is a value that
    /// needs quotes; a first `: ` on a line indented unlike the line above is
    /// indentation, as is a missing key or `-` on such a line.
    static func syntaxHint(_ problem: String, _ text: SourceText, at location: SourceLocation) -> Message? {
        let colonProblem = problem == "mapping values are not allowed in this context"
        guard colonProblem || indentationProblems.contains(problem) else { return nil }
        // One index for the walk up: comment lines above must not make it quadratic.
        let lines = text.lineIndex()
        guard let line = text.line(location.line, in: lines) else { return nil }
        let scalars = Array(line.unicodeScalars)
        if colonProblem {
            let colon = location.column - 1
            guard colon < scalars.count, scalars[colon] == ":" else { return nil }
            let before = scalars[..<colon]
            let earlierColon = zip(before, before.dropFirst()).contains { $0 == ":" && ($1 == " " || $1 == "\t") }
            if earlierColon { return .hintQuoteColon }
        }
        var above = location.line - 1
        while above >= 1, let previous = text.line(above, in: lines) {
            let trimmed = previous.trimmed
            if !trimmed.isEmpty, !trimmed.hasPrefix("#") {
                let (found, expected) = (keyIndent(scalars), keyIndent(Array(previous.unicodeScalars)))
                if found != expected { return .hintIndentation(found: found, above: expected) }
                break
            }
            above -= 1
        }
        return colonProblem ? .hintQuoteColon : nil
    }

    /// Where a line's key starts: past its indentation and any `- ` entry marks.
    private static func keyIndent(_ scalars: [Unicode.Scalar]) -> Int {
        var index = 0
        while index < scalars.count {
            if scalars[index] == " " { index += 1; continue }
            if scalars[index] == "-", index + 1 < scalars.count, scalars[index + 1] == " " { index += 2; continue }
            break
        }
        return index
    }

    /// A YAML-level problem as a finding, with a hint where one helps.
    init(_ problem: YAMLProblem, in text: SourceText) {
        let location = problem.location
        switch problem.kind {
        case .syntax(let description, let context):
            var notes: [Note] = []
            if let line = text.line(location.line), line.unicodeScalars.contains("\t") {
                notes.append(Note(.hintTabs))
            } else if let hint = Self.syntaxHint(description, text, at: location) {
                notes.append(Note(hint))
            }
            self.init(.yamlSyntax, at: location, .yamlSyntax(problem: description, context: context), notes: notes)
        case .tooLarge(let bytes, let limit):
            self.init(.fileTooLarge, at: location, .fileTooLarge(bytes: bytes, limit: limit))
        case .binary:
            self.init(.fileBinary, at: location, .fileBinary)
        case .invalidUTF8(let byte):
            self.init(.fileEncoding, at: location, .fileInvalidUTF8(byte: byte))
        case .otherEncoding(let name):
            self.init(.fileEncoding, at: location, .fileOtherEncoding(name))
        case .depthLimit(let limit):
            self.init(.yamlTooDeep, at: location, .yamlTooDeep(limit: limit))
        case .aliasLimit(let limit):
            self.init(.yamlAliasBomb, at: location, .yamlAliasBomb(limit: limit))
        case .undefinedAlias(let name):
            self.init(.yamlUndefinedAlias, at: location, .yamlUndefinedAlias(name))
        case .duplicateKey(let key):
            self.init(.yamlDuplicateKey, at: location, .yamlDuplicateKey(key),
                      notes: problem.related.map { [Note(.firstDefinedHere, at: $0)] } ?? [])
        case .complexKey:
            self.init(.yamlComplexKey, at: location, .yamlComplexKey)
        case .multipleDocuments:
            self.init(.yamlMultipleDocuments, at: location, .yamlMultipleDocuments)
        }
    }
}
