/// What a finding says, as data; `text(in:)` words it in Thai or English.
public enum Message: Sendable, Hashable {
    // The file as text and as YAML.
    case fileTooLarge(bytes: Int, limit: Int)
    case fileBinary
    case fileInvalidUTF8(byte: UInt8)
    case fileOtherEncoding(String)
    case fileEmpty
    case fileNotRead(SourceProblem)
    case yamlSyntax(problem: String, context: String?)
    case yamlDuplicateKey(String)
    case yamlComplexKey
    case yamlUndefinedAlias(String)
    case yamlTooDeep(limit: Int)
    case yamlAliasBomb(limit: Int)
    case yamlMultipleDocuments

    // The plan's shape.
    case schemaTooNew(found: Int, supported: Int)
    case missingKey(key: String, in: String)
    case wrongType(key: String, expected: ValueKind, found: FoundValue)
    case unknownKey(key: String, in: String, suggestion: String?)
    case invalidValue(key: String, value: String, allowed: [String], suggestion: String?)
    case emptyValue(key: String)
    case christianEraYear(key: String, value: Int)
    /// A number outside the range its key takes ("between 0 and 100").
    case outOfRange(key: String, value: String, lowest: String, highest: String)
    /// `score: 84,30`: a decimal comma, which YAML reads as two things.
    case decimalComma(key: String, written: String)

    // What the plan says.
    case duplicateID(kind: IDKind, id: String)
    case unknownIndicator(Int, known: [Int])
    case missingIndicators([Int], assessmentYear: Int)
    case indicatorTool(indicator: Int, stated: String, expected: String)
    case scoreOutOfRange(Double)
    case totalMismatch(stated: Double, computed: Double, parts: [ToolScore])
    case gradeMismatch(stated: String, expected: String, total: Double)
    case unknownAssessmentYear(Int, known: [Int])
    case assessmentYearMismatch(assessment: Int, fiscal: Int)
    /// `fiscal_year` one off from what the rest of the plan says: the one
    /// finding that replaces the many it would cause.
    case fiscalYearOff(stated: Int, likely: Int, assessment: Int)
    /// An indicator whose name as written is another indicator's name.
    case indicatorNameOfAnother(number: Int, name: String, owner: Int)
    case noMeasures
    case noSteps(measure: String)
    case unaddressedIndicator(number: Int, name: String, englishName: String, score: Double, passMark: Double)

    // Schedules and progress.
    case impossibleDate(key: String, text: String)
    case unreadableDate(key: String, text: String)
    case scheduleNeedsOneKind
    case scheduleHasSeveralKinds([String])
    case scheduleGraceNeedsRepeat
    case scheduleFromNeedsTo
    case scheduleFromAfterTo(from: CivilDate, to: CivilDate)
    case scheduleUnreadable(text: String, suggestion: String?)
    case timeframeUnreadable(fragment: String, suggestion: String?)
    case timeframeOtherYear(named: Int, fiscalYear: Int)
    case ambiguousSchedule(step: String, choices: [Schedule])
    case scheduleOutsideYear(date: CivilDate, fiscalYear: Int)
    case unknownPeriod(period: String, step: String, valid: [String])
    case missingPeriod(step: String, valid: [String])
    case duplicatePeriod(period: String, step: String)
    case doneInFuture(done: CivilDate, asOf: CivilDate)
    case doneBeforeYear(done: CivilDate, fiscalYear: Int)
    case missingEvidence(step: String, period: String)
    case evidenceNotHTTP(String)
    /// An http(s) link that holds a space; `suggestion` is it with `%20`.
    case evidenceHasSpace(String, suggestion: String)
    /// A link on `host`, which is not the agency's site (`sites`, empty when
    /// the plan states none and `host` is a well-known third-party site).
    case evidenceOffSite(host: String, sites: [String])
    case stepUnassigned(step: String, measure: String)
    case doneWithoutBy(step: String, period: String)
    case placeholderLeft(Placeholder)

    // Year models and the checks that rest on them.
    /// A check made with a fact that is not confirmed: the inner message,
    /// then which fact of which year, and how sure it is.
    indirect case unconfirmed(Message, fact: ModelFact, year: Int, confidence: Confidence)
    /// A stated level that rests on assumed facts: itaplan cannot check it.
    case levelUnchecked(stated: String, decision: LevelDecision)
    case levelMismatch(stated: String, decision: LevelDecision)
    /// How itaplan decided a level, for status and reports.
    case levelDecided(LevelDecision)
    case levelNotInScales(stated: String, year: Int, levels: [String])
    case yearModelFileName(String)
    case yearModelEmpty
    case noYearModel(Int, known: [Int])
    case yearModelControlCharacters(key: String)
    case yearModelYearMismatch(stated: Int, fileYear: Int)
    case yearModelDuplicate(String)
    case yearModelUnknownName(String, known: [String])
    case yearModelWeightsSum(Double)
    case yearModelBandOrder(minimum: Double, previous: Double)
    case doneAfterYear(done: CivilDate, fiscalYear: Int)
    case doneAfterEvidenceWindow(done: CivilDate, end: CivilDate, assessmentYear: Int, confidence: Confidence)
    case carriedOverNeedsEarlierDate(done: CivilDate, fiscalYear: Int)

    // Notes.
    case levelLowered(LevelDecision.Lowering)
    /// "level bands: assumed, not confirmed", for a line that shows a decision.
    case unconfirmedFact(ModelFact, year: Int, confidence: Confidence)
    case factSource(String)
    case hintCarriedOver
    case firstDefinedHere
    case hintTabs
    case hintQuoteText
    /// An unquoted `: ` inside a value.
    case hintQuoteColon
    /// A line indented differently from the line above it.
    case hintIndentation(found: Int, above: Int)
    case fiscalYearStatedHere
}

extension Message {
    /// A finding about the file's bytes as a whole: echoing a line of it
    /// would print UTF-16 or TIS-620 bytes as garbage.
    public var describesWholeFile: Bool {
        switch self {
        case .fileBinary, .fileOtherEncoding, .fileTooLarge, .fileNotRead: return true
        default: return false
        }
    }
}

/// The kinds of value a key can expect, for "expected X, found Y".
public enum ValueKind: String, Sendable, Hashable {
    case text, number, wholeNumber, year, list, mapping, date, url, boolean, id
}

/// What stood where a value of another kind was expected.
public enum FoundValue: Sendable, Hashable {
    case scalar(String)
    case list
    case mapping
}

/// Which kind of id a duplicate is.
public enum IDKind: String, Sendable, Hashable {
    case measure, step, indicator
}

/// One tool's part of a computed ITA total, shown in arithmetic messages.
public struct ToolScore: Sendable, Hashable {
    public var tool: String
    public var mean: Double
    public var weight: Double

    public init(tool: String, mean: Double, weight: Double) {
        self.tool = tool
        self.mean = mean
        self.weight = weight
    }
}
