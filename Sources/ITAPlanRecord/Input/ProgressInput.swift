import ITAPlanCore

/// A progress record as typed on the command line or in a CSV row: texts,
/// not yet read. `entry()` reads them as the plan format reads dates and
/// numbers (ISO, Buddhist Era, Thai month names, Thai digits) and names
/// every field that cannot be read.
public struct ProgressInput: Sendable, Equatable {
    public var step: String
    public var period: String?
    public var done: String?
    public var percent: String?
    public var evidence: [String]
    public var by: String?
    public var note: String?

    public init(step: String, period: String? = nil, done: String? = nil, percent: String? = nil,
                evidence: [String] = [], by: String? = nil, note: String? = nil) {
        self.step = step
        self.period = period
        self.done = done
        self.percent = percent
        self.evidence = evidence
        self.by = by
        self.note = note
    }

    /// The fields a record has, for naming the one that is wrong.
    public enum Field: String, Sendable, CaseIterable {
        case step, period, done, percent, evidence, by, note
    }

    /// What is wrong with one field's text.
    public struct Problem: Sendable, Equatable {
        public var field: Field
        public var message: RecordMessage

        public init(_ field: Field, _ message: RecordMessage) {
            self.field = field
            self.message = message
        }
    }

    public func entry() -> Result<ProgressEntry, InputProblems> {
        var problems: [Problem] = []
        let step = ThaiDigits.toArabic(self.step).trimmed
        if step.isEmpty { problems.append(Problem(.step, .missingValue)) }
        let period = Self.nonEmpty(self.period)
        var done: CivilDate?
        if let text = Self.nonEmpty(self.done) {
            switch DateParsing.parse(text) {
            case .date(let date): done = date
            case .impossible(let year, let month, let day):
                problems.append(Problem(.done, .impossibleDate(text: text, year: year, month: month, day: day)))
            case .unreadable: problems.append(Problem(.done, .unreadableDate(text: text)))
            }
        }
        var percent: Double?
        if let text = Self.nonEmpty(self.percent) {
            let arabic = ThaiDigits.toArabic(text).replacingAll("%", with: "").trimmed
            if let value = Double(arabic), value.isFinite, arabic.allSatisfy({ $0.isNumber || $0 == "." }) {
                if (0...100).contains(value) { percent = value } else { problems.append(Problem(.percent, .percentRange(text: text))) }
            } else {
                problems.append(Problem(.percent, .notANumber(text: text)))
            }
        }
        let hasDone = Self.nonEmpty(self.done) != nil
        let hasPercent = Self.nonEmpty(self.percent) != nil
        if hasDone == hasPercent {
            problems.append(Problem(hasDone ? .percent : .done, hasDone ? .doneAndPercent : .doneOrPercent))
        }
        guard problems.isEmpty else { return .failure(InputProblems(problems: problems)) }
        return .success(ProgressEntry(
            step: step, period: period, done: done, percent: percent,
            evidence: evidence.compactMap(Self.nonEmpty), by: Self.nonEmpty(by), note: Self.nonEmpty(note)))
    }

    static func nonEmpty(_ text: String?) -> String? {
        guard let trimmed = text?.trimmed, !trimmed.isEmpty else { return nil }
        return trimmed
    }
}

/// Every field of one input that could not be read.
public struct InputProblems: Error, Sendable, Equatable {
    public var problems: [ProgressInput.Problem]
}
