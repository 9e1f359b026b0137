import ArgumentParser
import Foundation
import ITAPlanAudit
import ITAPlanCore
import ITAPlanGit
import ITAPlanRecord
import ITAPlanReport

/// What `record` does once its arguments are read: find the plan, ask the
/// library for the new text, then show it, write it, and perhaps commit it.
struct RecordSession {
    let recorder: ProgressRecorder
    let language: Language
    let commit: Bool
    let dryRun: Bool

    /// `--plan`, or the one plan in plans/.
    func planPath(_ given: String?) throws -> String {
        if let given { return given }
        let found = PlanDiscovery.discover(["plans"])
        guard found.files.count == 1 else {
            Console.err("itaplan: " + RecordMessage.choosePlan(found: found.files.count).text(in: language) + "\n")
            throw ExitStatus.usageOrIO
        }
        return found.files[0]
    }

    func read(_ path: String) throws -> PlanSource {
        do {
            return try FileReading.read(path: path, maxBytes: recorder.checker.limits.maxBytes)
        } catch {
            throw Console.fail(error, language: language)
        }
    }

    /// Records entries typed on the command line into one plan.
    func record(_ entries: [ProgressEntry], in path: String) throws {
        let source = try read(path)
        switch recorder.record(entries, in: source) {
        case .success(let done):
            try write(done.records, from: source, to: done.source, path: path)
        case .failure(let batch):
            for refused in batch.refused {
                Console.err("itaplan: \(path): " + refused.refusal.message.text(in: language) + "\n")
                if let findings = refused.refusal.findings { Console.err(findingsText(findings)) }
            }
            throw ExitStatus.findings
        }
    }

    /// Records every row of a CSV file, or none.
    func recordCSV(_ csvPath: String, defaultPlan: String?) throws {
        let limit = 64 << 20
        let bytes: [UInt8]
        do {
            let file = try FileReading.read(path: csvPath, maxBytes: limit)
            // A file over the limit is not read at all; say so rather than "no rows".
            guard file.size <= limit else {
                throw ITAPlanError.cannotRead(path: csvPath, reason: "larger than \(limit >> 20) MiB")
            }
            bytes = file.text.bytes
        } catch {
            throw Console.fail(error, language: language)
        }
        // Rows without a plan column go to --plan, else to the one plan in plans/.
        let fallback = defaultPlan ?? {
            let found = PlanDiscovery.discover(["plans"]).files
            return found.count == 1 ? found[0] : nil
        }()
        let prepared = try CSVRecording(recorder: recorder).prepare(bytes, fallbackPlan: fallback, read: read)
        guard prepared.problems.isEmpty else {
            let listed = prepared.problems.prefix(Self.problemsListed)
            var text = listed.map { "itaplan: " + $0.text(csvPath: csvPath, in: language) }.joined(separator: "\n") + "\n"
            if prepared.problems.count > listed.count {
                text += "itaplan: " + RecordMessage.moreProblems(prepared.problems.count - listed.count).text(in: language) + "\n"
            }
            Console.err(text + prepared.findings.map(findingsText).joined())
            Console.err("itaplan: " + RecordMessage.nothingWritten.text(in: language) + "\n")
            throw ExitStatus.findings
        }
        if commit, prepared.ready.count > 1 {
            Console.err("itaplan: " + RecordMessage.commitNeedsOnePlan(plans: prepared.ready.count).text(in: language) + "\n")
            throw ExitStatus.usageOrIO
        }
        // All or none across plans too: a plan that cannot be written stops the batch before any is.
        for plan in prepared.ready where !dryRun {
            do { try AtomicFile.check(plan.path, expecting: plan.source.text.bytes) } catch {
                Console.err("itaplan: " + error.text(in: language) + "\n" + "itaplan: " + RecordMessage.nothingWritten.text(in: language) + "\n")
                throw ExitStatus.usageOrIO
            }
        }
        for plan in prepared.ready { try write(plan.records, from: plan.source, to: plan.result, path: plan.path) }
    }

    /// How many bad rows are listed.
    static let problemsListed = 200

    private func findingsText(_ checked: CheckedPlan) -> String {
        let shown = CheckedPlan(source: checked.source, plan: nil, timeline: nil,
                                findings: checked.findings.filter { $0.severity == .error })
        return TextFindingsReporter(language: language).render(ValidationRun(files: [shown]))
    }

    // MARK: - Writing

    private func write(_ records: [RecordedProgress], from original: PlanSource, to result: PlanSource, path: String) throws {
        let summary = RecordSummary(language: language)
        if dryRun {
            Console.out(InsertionDiff.unified(path: path, before: original.text.bytes, after: result.text.bytes))
            for record in records { Console.out(summary.confirmation(record, dryRun: true) + "\n") }
            return
        }
        let planCommit = commit ? try committable(path, original: original.text.bytes) : nil
        do {
            try AtomicFile.replace(path, with: result.text.bytes, expecting: original.text.bytes)
        } catch {
            Console.err("itaplan: " + error.text(in: language) + "\n")
            throw ExitStatus.usageOrIO
        }
        for record in records { Console.out(summary.confirmation(record) + "\n") }
        if let last = records.last { printWarnings(last, records: records) }
        if let planCommit {
            do {
                let id = try planCommit.commit(result.text.bytes, message: summary.commitMessage(records, path: planCommit.relativePath),
                                               signatures: CommitIdentity.now)
                Console.out(SafeText.inline(RecordMessage.committed(commit: id.short, path: planCommit.relativePath)
                    .text(in: language)) + "\n")
            } catch {
                Console.err("itaplan: " + RecordMessage.writtenNotCommitted(path: path).text(in: language) + "\n")
                throw Console.fail(error, language: language)
            }
        }
    }

    /// The warnings on the lines just added: the rest of the plan is the officer's own business.
    private func printWarnings(_ last: RecordedProgress, records: [RecordedProgress]) {
        var added = Set<Int>()
        for record in records { added.formUnion(record.lines) }
        let warnings = last.result.findings.filter { $0.severity == .warning && added.contains($0.location.line) }
        guard !warnings.isEmpty else { return }
        let shown = CheckedPlan(source: PlanSource(path: last.original.path, text: last.result.source.text),
                                plan: nil, timeline: nil, findings: warnings)
        Console.err(TextFindingsReporter(language: language).render(ValidationRun(files: [shown])))
    }

    /// The plan's commit, checked before anything is written.
    private func committable(_ path: String, original: [UInt8]) throws -> PlanCommit {
        do {
            return try PlanCommit(path: path, original: original)
        } catch let refusal as PlanCommit.Refusal {
            Console.err("itaplan: " + refusal.text(in: language) + "\n")
            throw refusal.isUsage ? ExitStatus.usageOrIO : ExitStatus.findings
        } catch {
            throw Console.fail(error, language: language)
        }
    }
}
