import ITAPlanCore

/// The formats of `status`: the one list of them, each with its renderer.
/// A new format is a case here and a renderer in this folder.
public enum StatusFormat: String, CaseIterable, Sendable {
    case table, summary, json, markdown, csv

    /// What the formats may be asked for; each uses the parts it has.
    public struct Options: Sendable {
        public var language: Language
        public var thaiDigits: Bool
        /// Terminal colours (table only): the executable knows whether stdout is a terminal.
        public var color: Bool
        /// CSV only: the UTF-8 byte order mark that makes Excel read Thai.
        public var byteOrderMark: Bool

        public init(language: Language, thaiDigits: Bool = false, color: Bool = false, byteOrderMark: Bool = true) {
            self.language = language
            self.thaiDigits = thaiDigits
            self.color = color
            self.byteOrderMark = byteOrderMark
        }
    }

    public func renderer(_ options: Options) -> StatusPlanRenderer {
        let language = options.language
        switch self {
        case .table:
            let table = StatusTableRenderer(language: language, thaiDigits: options.thaiDigits,
                                            style: TerminalStyle(enabled: options.color))
            return StatusPlanRenderer(opening: "", separator: "\n", plan: { Array(table.render($0).utf8) }, closing: { _, _ in "" })
        case .summary:
            let summary = StatusSummaryRenderer(language: language, thaiDigits: options.thaiDigits)
            return StatusPlanRenderer(opening: summary.header, separator: "", plan: { Array(summary.plan($0).utf8) },
                                      closing: { summary.total($0, plans: $1) })
        case .json:
            let json = StatusJSONRenderer()
            return StatusPlanRenderer(opening: json.opening, separator: ",\n", plan: { json.planBytes($0) },
                                      closing: { json.closing(empty: $1 == 0) })
        case .markdown:
            let markdown = StatusMarkdownRenderer(language: language, thaiDigits: options.thaiDigits)
            return StatusPlanRenderer(opening: "", separator: "\n", plan: { Array(markdown.render($0).utf8) },
                                      closing: { _, _ in "" })
        case .csv:
            let csv = StatusCSVRenderer(language: language, byteOrderMark: options.byteOrderMark)
            return StatusPlanRenderer(opening: csv.headerLine, separator: "", plan: { Array(csv.rows($0).utf8) },
                                      closing: { _, _ in "" })
        }
    }
}

/// How one format starts, renders a plan, separates plans and ends: what
/// lets `StatusStream` write each plan as soon as it is ready.
public struct StatusPlanRenderer: Sendable {
    public let opening: String
    public let separator: String
    public let plan: @Sendable (PlanStatus) -> [UInt8]
    /// The end, given every plan's instances together and how many plans were shown.
    public let closing: @Sendable (_ total: Completion, _ plans: Int) -> String

    public init(opening: String, separator: String, plan: @escaping @Sendable (PlanStatus) -> [UInt8],
                closing: @escaping @Sendable (_ total: Completion, _ plans: Int) -> String) {
        self.opening = opening
        self.separator = separator
        self.plan = plan
        self.closing = closing
    }
}
