import ITAPlanCore

/// `status` over any number of plans: each is checked, computed and
/// rendered on every core, a batch at a time, and written in order as each
/// batch completes, so memory stays bounded at national scale. What it
/// writes goes to `write`; what the caller must say besides comes back.
public struct StatusStream {
    /// When `status` fails although every plan was read.
    public enum FailOn: String, CaseIterable, Sendable {
        case overdue
        case dueSoon = "due-soon"
    }

    /// What the run found besides the rendered plans.
    public struct Result: Sendable {
        /// Plans with errors, findings only: left out of the status.
        public var broken: [CheckedPlan] = []
        public var ioErrors: [ITAPlanError] = []
        public var total = Completion()
        public var shown = 0
        /// Whether the unit asked for was found in any plan shown.
        public var unitFound = false
        /// The unit names of plans the unit was not found in, for the message that lists them.
        public var otherUnits: [String] = []

        /// A unit was asked for and matched nothing in any plan shown: a
        /// misspelt unit would otherwise give empty tables and a clean exit.
        public func unitUnknown(_ unit: String?) -> Bool {
            unit != nil && shown > 0 && !unitFound
        }

        /// Whether `failOn` finds something in the plans shown.
        public func fails(on failOn: FailOn?) -> Bool {
            switch failOn {
            case nil: false
            case .overdue: total.overdue > 0
            case .dueSoon: total.overdue + total.dueSoon > 0
            }
        }
    }

    let checker: PlanChecker
    let calculator: StatusCalculator
    let renderer: StatusPlanRenderer
    /// Only steps of this unit (`PlanStatus.filtered(unit:)`).
    let unit: String?
    /// Applied to each plan's status before it is rendered (after the unit
    /// filter): for what a caller adds from elsewhere, such as recording dates.
    let adjust: (@Sendable (PlanStatus) -> PlanStatus)?

    public init(checker: PlanChecker, calculator: StatusCalculator, renderer: StatusPlanRenderer, unit: String? = nil,
                adjust: (@Sendable (PlanStatus) -> PlanStatus)? = nil) {
        self.checker = checker
        self.calculator = calculator
        self.renderer = renderer
        self.unit = unit
        self.adjust = adjust
    }

    /// A plan as shown: `otherUnits`, the plan's unit names when the unit matched none of them.
    private struct Shown: Sendable {
        let text: [UInt8]
        let completion: Completion
        let otherUnits: [String]?
    }

    /// Writes the status of `files` (with `roots`, where their links may
    /// lead: see `PlanDiscovery`), opening to closing, through `write`.
    public func run(files: [String], roots: [String?], write: ([UInt8]) throws -> Void) rethrows -> Result {
        let calculator = self.calculator
        let render = renderer
        let unit = self.unit
        let adjust = self.adjust ?? { $0 }
        var result = Result()
        try write(Array(render.opening.utf8))
        try checker.check(paths: files, roots: roots, transform: { checked in
            PlanOutcome(checked, calculator: calculator) { status -> Shown in
                guard let unit else {
                    let shown = adjust(status)
                    return Shown(text: render.plan(shown), completion: shown.completion, otherUnits: nil)
                }
                let filtered = adjust(status.filtered(unit: unit))
                return Shown(text: render.plan(filtered), completion: filtered.completion,
                             otherUnits: status.hasUnit(unit) ? nil : status.unitNames)
            }
        }) { batch in
            var text: [UInt8] = []
            for outcome in batch {
                switch outcome {
                case .shown(let shown):
                    if let otherUnits = shown.otherUnits {
                        for name in otherUnits where !result.otherUnits.contains(name) { result.otherUnits.append(name) }
                    } else {
                        result.unitFound = true
                    }
                    if result.shown > 0 { text += render.separator.utf8 }
                    text += shown.text
                    result.shown += 1
                    result.total = result.total + shown.completion
                case .broken(let checked): result.broken.append(checked)
                case .unreadable(let error): result.ioErrors.append(error)
                }
            }
            try write(text)
        }
        try write(Array(render.closing(result.total, result.shown).utf8))
        return result
    }
}
