import Foundation
import ITAPlanCore

/// Findings as JSON, shape `itaplan-findings` version 1 (docs/json-output.md).
/// Built from output structs, not the domain model, so the model can change
/// without breaking consumers; keys are sorted so output is stable.
public struct JSONFindingsReporter: FindingsReporter {
    public static let formatName = "itaplan-findings"
    public static let formatVersion = 1

    public let language: Language

    public init(language: Language) {
        self.language = language
    }

    struct Output: Encodable {
        let format = JSONFindingsReporter.formatName
        let version = JSONFindingsReporter.formatVersion
        let language: String
        let files: [File]
        let ioErrors: [IOError]
        let summary: Summary
    }

    struct File: Encodable {
        let path: String
        let errors: Int
        let warnings: Int
        let findings: [Item]
    }

    struct Item: Encodable {
        let rule: String
        let severity: String
        let line: Int
        let column: Int
        let message: String
        let messages: [String: String]
        let notes: [NoteItem]
    }

    struct NoteItem: Encodable {
        @NullEncoded var line: Int?
        @NullEncoded var column: Int?
        let message: String
    }

    struct IOError: Encodable {
        let message: String
    }

    struct Summary: Encodable {
        let files: Int
        let errors: Int
        let warnings: Int
        let ioErrors: Int
    }

    public func render(_ run: ValidationRun) -> String {
        let output = Output(
            language: language.rawValue,
            files: run.files.map { file in
                File(path: file.source.path, errors: file.errorCount, warnings: file.warningCount,
                     findings: file.findings.map(item))
            },
            ioErrors: run.ioErrors.map { IOError(message: $0.text(in: language)) },
            summary: Summary(files: run.files.count, errors: run.errorCount, warnings: run.warningCount,
                             ioErrors: run.ioErrors.count))
        return JSONOutput.encode(output)
    }

    private func item(_ finding: Finding) -> Item {
        Item(rule: finding.rule.rawValue, severity: finding.severity.rawValue,
             line: finding.location.line, column: finding.location.column,
             message: finding.message.text(in: language),
             messages: ["th": finding.message.text(in: .thai), "en": finding.message.text(in: .english)],
             notes: finding.notes.map {
                 NoteItem(line: $0.location?.line, column: $0.location?.column, message: $0.message.text(in: language))
             })
    }
}

