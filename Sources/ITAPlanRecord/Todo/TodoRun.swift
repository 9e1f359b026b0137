import ITAPlanCore
import ITAPlanReport

/// `itaplan todo` once its arguments are read and its plans checked: what
/// is overdue and due soon, for one unit, with the command that records
/// each. The list goes to `output`; findings and I/O problems to `errors`
/// (standard error, which the caller makes safe to print).
public struct TodoRun {
    public enum Format: String, CaseIterable, Sendable {
        case text, csv
    }

    public struct Request: Sendable {
        public var language: Language
        public var thaiDigits: Bool
        public var byteOrderMark: Bool
        public var format: Format
        /// Only this unit's steps.
        public var unit: String?
        /// Days ahead that count as due soon; nil for the plan's own.
        public var within: Int?
        public var asOf: CivilDate

        public init(language: Language, thaiDigits: Bool, byteOrderMark: Bool, format: Format, unit: String?,
                    within: Int?, asOf: CivilDate) {
            self.language = language
            self.thaiDigits = thaiDigits
            self.byteOrderMark = byteOrderMark
            self.format = format
            self.unit = unit
            self.within = within
            self.asOf = asOf
        }
    }

    let request: Request
    let output: (String) -> Void
    let errors: (String) -> Void

    public init(_ request: Request, output: @escaping (String) -> Void, errors: @escaping (String) -> Void) {
        self.request = request
        self.output = output
        self.errors = errors
    }

    /// The list of the plans in `files`; `ioErrors` are the files that could not be read.
    public func run(_ files: [CheckedPlan], ioErrors: [ITAPlanError], catalog: ITAYearCatalog) -> CommandExit {
        let language = request.language
        let calculator = StatusCalculator(asOf: request.asOf, dueSoonDays: request.within, catalog: catalog)
        var statuses: [PlanStatus] = []
        var broken: [CheckedPlan] = []
        for file in files {
            switch PlanOutcome(.success(file), calculator: calculator, show: { $0 }) {
            case .shown(let status): statuses.append(status)
            case .broken(let findings): broken.append(findings)
            case .unreadable: break
            }
        }
        if let unit = request.unit, !statuses.isEmpty, !statuses.contains(where: { $0.hasUnit(unit) }) {
            var known: [String] = []
            for status in statuses { known += status.unitNames.filter { !known.contains($0) } }
            errors("itaplan: " + RecordMessage.noSuchUnit(unit: unit, known: known).text(in: language) + "\n")
            return .usageOrIO
        }
        let items = TodoList.items(statuses, unit: request.unit)
        switch request.format {
        case .text:
            output(TodoRenderer(language: language, thaiDigits: request.thaiDigits)
                .render(items, unit: request.unit, asOf: request.asOf, within: request.within))
        case .csv:
            output(TodoCSVRenderer(language: language, byteOrderMark: request.byteOrderMark).render(items))
        }
        if !broken.isEmpty {
            errors(TextFindingsReporter(language: language).render(ValidationRun(files: broken)))
        }
        for error in ioErrors { errors("itaplan: " + error.text(in: language) + "\n") }
        if !ioErrors.isEmpty { return .usageOrIO }
        return broken.isEmpty ? .clean : .findings
    }
}
