/// Every check itaplan makes, by the id printed in brackets with each finding.
/// docs/rules.md describes each one.
public enum RuleID: String, CaseIterable, Sendable, Codable {
    // The file as text and as YAML.
    case fileTooLarge = "file-too-large"
    case fileBinary = "file-binary"
    case fileEncoding = "file-encoding"
    case fileEmpty = "file-empty"
    case fileNotRegular = "file-not-regular"
    case yamlSyntax = "yaml-syntax"
    case yamlDuplicateKey = "yaml-duplicate-key"
    case yamlComplexKey = "yaml-complex-key"
    case yamlUndefinedAlias = "yaml-undefined-alias"
    case yamlTooDeep = "yaml-too-deep"
    case yamlAliasBomb = "yaml-alias-bomb"
    case yamlMultipleDocuments = "yaml-multiple-documents"

    // The plan's shape.
    case schemaVersion = "schema-version"
    case requiredKey = "required-key"
    case type = "type"
    case unknownKey = "unknown-key"
    case invalidValue = "invalid-value"
    case emptyValue = "empty-value"
    case buddhistEra = "buddhist-era"

    // What the plan says.
    case duplicateID = "duplicate-id"
    case unknownIndicator = "unknown-indicator"
    case missingIndicator = "missing-indicator"
    case indicatorTool = "indicator-tool"
    case indicatorName = "indicator-name"
    case scoreRange = "score-range"
    case totalMismatch = "total-mismatch"
    case gradeMismatch = "grade-mismatch"
    case unknownAssessmentYear = "unknown-assessment-year"
    case assessmentYear = "assessment-year"
    case emptyMeasures = "empty-measures"
    case emptySteps = "empty-steps"
    case unaddressedIndicator = "unaddressed-indicator"

    // Schedules and progress.
    case invalidDate = "invalid-date"
    case invalidSchedule = "invalid-schedule"
    case timeframeUnreadable = "timeframe-unreadable"
    case timeframeYear = "timeframe-year"
    case ambiguousSchedule = "ambiguous-schedule"
    case scheduleOutsideYear = "schedule-outside-year"
    case unknownPeriod = "unknown-period"
    case missingPeriod = "missing-period"
    case duplicatePeriod = "duplicate-period"
    case doneInFuture = "done-in-future"
    case doneBeforeYear = "done-before-year"
    case missingEvidence = "missing-evidence"
    case evidenceURL = "evidence-url"
    case doneAfterYear = "done-after-year"
    case doneAfterWindow = "done-after-window"
    case carriedOver = "carried-over"
    case unassignedStep = "unassigned-step"
    case missingBy = "missing-by"
    case evidenceOffSite = "evidence-off-site"
    case placeholder = "placeholder"

    // Year models.
    case yearModel = "year-model"
    case levelUnchecked = "level-unchecked"

    public var defaultSeverity: Severity {
        switch self {
        case .unaddressedIndicator, .unknownAssessmentYear, .levelUnchecked, .doneAfterWindow, .missingBy, .evidenceOffSite:
            return .warning
        default:
            return .error
        }
    }
}
