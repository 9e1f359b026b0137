import ITAPlanCore

/// One record added to a plan's text, checked, not yet written.
public struct RecordedProgress: Sendable {
    public let entry: ProgressEntry
    /// The due instance the record is for (`2021-02`, `Q2`, `once`), when known.
    public let period: String?
    /// Whether `period` was chosen by itaplan (the earliest instance not yet done).
    public let periodChosen: Bool
    /// The record's own text and where it is in the new file.
    public let insertion: Insertion
    /// The lines of the new file that hold it.
    public let lines: ClosedRange<Int>
    /// The plan as it was and as it will be written, checked (for a batch,
    /// with every record of the batch in it).
    public let original: PlanSource
    public let result: CheckedPlan
}

/// Why a record was not added, with the findings that show it (on the plan
/// as it is, or as it would have been). Nothing was written.
public struct RecordRefusal: Error, Sendable {
    public let message: RecordMessage
    public let findings: CheckedPlan?

    public init(_ message: RecordMessage, findings: CheckedPlan? = nil) {
        self.message = message
        self.findings = findings
    }

    /// The input field the first error is about, for naming a CSV column.
    public var field: ProgressInput.Field {
        switch message {
        case .unknownStep, .allRecorded, .cannotPlace, .editNotAsExpected: return .step
        case .doneAndPercent, .percentRange, .notANumber: return .percent
        default: break
        }
        let rule = findings?.findings.first { $0.severity == .error }?.rule
        switch rule {
        case .unknownPeriod?, .missingPeriod?, .duplicatePeriod?: return .period
        case .doneInFuture?, .doneBeforeYear?, .invalidDate?: return .done
        case .missingEvidence?, .evidenceURL?: return .evidence
        default:
            if case .invalidValue(let key, _, _, _)? = findings?.findings.first(where: { $0.severity == .error })?.message,
               let field = ProgressInput.Field(rawValue: key) {
                return field
            }
            return .step
        }
    }
}

/// The entries of a batch that were refused; with any, nothing is written.
public struct BatchRefusal: Error, Sendable {
    public struct Refused: Sendable {
        /// The entry's index in the batch.
        public let index: Int
        public let refusal: RecordRefusal
    }

    public let refused: [Refused]
}
