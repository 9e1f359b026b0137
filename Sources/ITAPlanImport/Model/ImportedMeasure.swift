import ITAPlanCore

/// One row of the measures table, merged across page breaks.
public struct ImportedMeasure: Sendable, Equatable {
    /// Arabic digits: "3" for "๓.".
    public var id: String
    /// The title as written, without its number.
    public var title: String
    public var responsible: [String]
    /// The timeframe cell as written, whitespace collapsed.
    public var timeframe: String?
    public var steps: [ImportedStep]
    /// One text, or several when the cell lists "-" items.
    public var results: [String]
    public var recommendations: [String]
    /// Why the measure needs a `schedule:` until its steps get their own;
    /// nil when its timeframe names exactly one schedule itaplan can read.
    public var interimSchedule: InterimScheduleReason?
    /// The source line the row starts on.
    public var line: Int

    public init(id: String, title: String, responsible: [String] = [], timeframe: String? = nil,
                steps: [ImportedStep] = [], results: [String] = [], recommendations: [String] = [],
                interimSchedule: InterimScheduleReason? = nil, line: Int) {
        self.id = id
        self.title = title
        self.responsible = responsible
        self.timeframe = timeframe
        self.steps = steps
        self.results = results
        self.recommendations = recommendations
        self.interimSchedule = interimSchedule
        self.line = line
    }
}

public struct ImportedStep: Sendable, Equatable {
    /// `<measure>.<n>`.
    public var id: String
    public var text: String

    public init(id: String, text: String) {
        self.id = id
        self.text = text
    }
}

/// Why a measure's timeframe, as written, gives its steps no deadline
/// `validate` can use. Documents state one timeframe per measure, so the
/// plan gets `schedule: fiscal-year` for the measure (the year's end, which
/// every phrase in the cell falls within) until the officer gives each step
/// its own `schedule:`.
public enum InterimScheduleReason: Sendable, Equatable {
    /// The cell names several schedules ("-รายเดือน -ประจำปี").
    case severalSchedules([Schedule])
    /// A fragment matched no phrase itaplan reads.
    case unreadable(fragment: String)
    /// The cell names another fiscal year.
    case otherYear(Int)
    /// The cell names a deadline outside the fiscal year.
    case outsideYear(CivilDate)
}
