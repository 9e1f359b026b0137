import Foundation
import ITAPlanCore
import ITAPlanGit
import ITAPlanReport

/// `itaplan record` once its arguments are read: finds the plan, asks the
/// recorder for the new text, then shows it, writes it and perhaps commits
/// it. What a person reads goes to `output` (standard output) and `errors`
/// (standard error, which the caller makes safe to print); errors that stop
/// the command are thrown and worded by `FailureText` (exit status 2).
public struct RecordRun {
    public let recorder: ProgressRecorder
    public let language: Language
    public let commit: Bool
    public let dryRun: Bool
    /// Who a `--commit` is made as, given the repository (the caller reads
    /// the environment and the clock).
    public let signatures: (GitRepository) throws -> (author: Signature, committer: Signature)
    let output: (String) -> Void
    let errors: (String) -> Void

    public init(recorder: ProgressRecorder, language: Language, commit: Bool, dryRun: Bool,
                signatures: @escaping (GitRepository) throws -> (author: Signature, committer: Signature),
                output: @escaping (String) -> Void, errors: @escaping (String) -> Void) {
        self.recorder = recorder
        self.language = language
        self.commit = commit
        self.dryRun = dryRun
        self.signatures = signatures
        self.output = output
        self.errors = errors
    }

    /// Files bigger than this are not read as CSV.
    public static let csvLimit = 64 << 20

    /// How many bad rows are listed.
    public static let problemsListed = 200

    /// Records one entry typed on the command line into `plan` (or the one plan in plans/).
    public func record(_ input: ProgressInput, plan: String?) throws -> CommandExit {
        let entry: ProgressEntry
        switch input.entry() {
        case .success(let read): entry = read
        case .failure(let problems):
            for problem in problems.problems {
                errors("itaplan: \(problem.field.option): " + problem.message.text(in: language) + "\n")
            }
            return .usageOrIO
        }
        let found = plan == nil ? PlanDiscovery.discover(["plans"]).files : []
        guard let path = plan ?? (found.count == 1 ? found[0] : nil) else {
            errors("itaplan: " + RecordMessage.choosePlan(found: found.count).text(in: language) + "\n")
            return .usageOrIO
        }
        let source = try read(path)
        switch recorder.record([entry], in: source) {
        case .success(let done):
            return try write(done.records, from: source, to: done.source, path: path)
        case .failure(let batch):
            for refused in batch.refused {
                errors("itaplan: \(path): " + refused.refusal.message.text(in: language) + "\n")
                if let findings = refused.refusal.findings { errors(findingsText(findings)) }
            }
            return .findings
        }
    }

    /// Records every row of a CSV file, or none. A value the file gets wrong
    /// is a usage mistake, as the same value given as an option is (exit 2);
    /// a row the plan's rules refuse is a refusal (exit 1).
    public func recordCSV(_ csvPath: String, plan: String?) throws -> CommandExit {
        let file = try FileReading.read(path: csvPath, maxBytes: Self.csvLimit)
        // A file over the limit is not read at all; say so rather than "no rows".
        guard file.size <= Self.csvLimit else {
            throw ITAPlanError.refused(path: csvPath, why: .largerThan(mebibytes: Self.csvLimit >> 20))
        }
        // Rows without a plan column go to --plan, else to the one plan in plans/.
        let prepared = try CSVRecording(recorder: recorder).prepare(file.text.bytes, fallbackPlan: plan ?? onlyPlan(),
                                                                   read: read)
        guard prepared.problems.isEmpty else {
            let listed = prepared.problems.prefix(Self.problemsListed)
            var text = listed.map { "itaplan: " + $0.text(csvPath: csvPath, in: language) }.joined(separator: "\n") + "\n"
            if prepared.problems.count > listed.count {
                text += "itaplan: " + RecordMessage.moreProblems(prepared.problems.count - listed.count).text(in: language) + "\n"
            }
            errors(text + prepared.findings.map(findingsText).joined())
            errors("itaplan: " + RecordMessage.nothingWritten.text(in: language) + "\n")
            return prepared.problems.contains(where: \.isUsage) ? .usageOrIO : .findings
        }
        if commit, prepared.ready.count > 1 {
            errors("itaplan: " + RecordMessage.commitNeedsOnePlan(plans: prepared.ready.count).text(in: language) + "\n")
            return .usageOrIO
        }
        // All or none across plans too: a plan that cannot be written stops the batch before any is.
        for plan in prepared.ready where !dryRun {
            do { try AtomicFile.check(plan.path, expecting: plan.source.text.bytes) } catch {
                errors("itaplan: " + error.text(in: language) + "\n" + "itaplan: " + RecordMessage.nothingWritten.text(in: language) + "\n")
                return .usageOrIO
            }
        }
        for plan in prepared.ready {
            let exit = try write(plan.records, from: plan.source, to: plan.result, path: plan.path)
            guard exit == .clean else { return exit }
        }
        return .clean
    }

    /// The one plan in plans/, if there is exactly one.
    private func onlyPlan() -> String? {
        let found = PlanDiscovery.discover(["plans"]).files
        return found.count == 1 ? found[0] : nil
    }

    private func read(_ path: String) throws -> PlanSource {
        try FileReading.read(path: path, maxBytes: recorder.checker.limits.maxBytes)
    }

    private func findingsText(_ checked: CheckedPlan) -> String {
        let shown = CheckedPlan(source: checked.source, plan: nil, timeline: nil,
                                findings: checked.findings.filter { $0.severity == .error })
        return TextFindingsReporter(language: language).render(ValidationRun(files: [shown]))
    }

    // MARK: - Writing

    private func write(_ records: [RecordedProgress], from original: PlanSource, to result: PlanSource,
                       path: String) throws -> CommandExit {
        let summary = RecordSummary(language: language)
        if dryRun {
            output(InsertionDiff.unified(path: path, before: original.text.bytes, after: result.text.bytes))
            for record in records { output(summary.confirmation(record, dryRun: true) + "\n") }
            return .clean
        }
        var planCommit: (commit: PlanCommit, who: (author: Signature, committer: Signature))?
        if commit {
            do {
                let checked = try PlanCommit(path: path, original: original.text.bytes)
                planCommit = (checked, try checked.identity(signatures))
            } catch let refusal as PlanCommit.Refusal {
                errors("itaplan: " + refusal.text(in: language) + "\n")
                return refusal.isUsage ? .usageOrIO : .findings
            }
        }
        do {
            try AtomicFile.replace(path, with: result.text.bytes, expecting: original.text.bytes)
        } catch {
            errors("itaplan: " + error.text(in: language) + "\n")
            return .usageOrIO
        }
        for record in records { output(summary.confirmation(record) + "\n") }
        if let last = records.last { printWarnings(last, records: records) }
        if let (planCommit, who) = planCommit {
            let id: ObjectID
            do {
                id = try planCommit.commit(result.text.bytes, message: summary.commitMessage(records, path: planCommit.relativePath),
                                           as: who)
            } catch {
                errors("itaplan: " + RecordMessage.writtenNotCommitted(path: path).text(in: language) + "\n")
                throw error
            }
            output(SafeText.inline(RecordMessage.committed(commit: id.short, path: planCommit.relativePath)
                .text(in: language)) + "\n")
        }
        return .clean
    }

    /// The warnings on the lines just added: the rest of the plan is the officer's own business.
    private func printWarnings(_ last: RecordedProgress, records: [RecordedProgress]) {
        var added = Set<Int>()
        for record in records { added.formUnion(record.lines) }
        let warnings = last.result.findings.filter { $0.severity == .warning && added.contains($0.location.line) }
        guard !warnings.isEmpty else { return }
        let shown = CheckedPlan(source: PlanSource(path: last.original.path, text: last.result.source.text),
                                plan: nil, timeline: nil, findings: warnings)
        errors(TextFindingsReporter(language: language).render(ValidationRun(files: [shown])))
    }
}
