/// Several documents of one agency's year imported as one plan. Agencies
/// often publish the analysis of the ITA result and the measures as
/// separate pages; each alone is a partial plan. Together: the title, the
/// agency and the years from whichever states them, the ITA result from
/// the document that has it, the measures of every document in order, and
/// every note kept with the document it came from.
public struct CombinedImport: Sendable, Equatable {
    public var plan: ImportedPlan
    /// Each document's own warnings (`source` is its index), less those the
    /// others answer ("no measures table" when another has one), and then
    /// the warnings about the combination (`source` nil).
    public var warnings: [(source: Int?, warning: ImportWarning)]

    public static func == (lhs: CombinedImport, rhs: CombinedImport) -> Bool {
        lhs.plan == rhs.plan && lhs.warnings.map(\.source) == rhs.warnings.map(\.source)
            && lhs.warnings.map(\.warning) == rhs.warnings.map(\.warning)
    }

    /// Warnings that the combination decides again, from all the documents.
    private static func isDecidedAgain(_ message: ImportMessage) -> Bool {
        switch message {
        case .noTitle, .noAgencyName, .noFiscalYear, .noAssessmentYear, .fiscalYearFromAssessment,
             .assessmentYearFromFiscalYear, .noIndicators, .noMeasures:
            return true
        default:
            return false
        }
    }

    public init(_ parts: [PlanImportResult]) {
        var plan = ImportedPlan()
        var warnings: [(source: Int?, warning: ImportWarning)] = []
        /// The value, unless the document only derived it (and said so).
        func stated(_ part: Int, _ derived: (Int) -> ImportMessage, _ value: Int?) -> Int? {
            guard let value else { return nil }
            return parts[part].warnings.contains { $0.message == derived(value) } ? nil : value
        }

        // The title that names the year, else the first; the agency from the first that names it.
        let titled = parts.indices.first { parts[$0].plan.title.flatMap(FiscalYearPhrase.year(in:)) != nil }
            ?? parts.indices.first { parts[$0].plan.title != nil }
        plan.title = titled.flatMap { parts[$0].plan.title }
        plan.agency = parts.first { $0.plan.agency.name != nil }?.plan.agency ?? ImportedAgency()

        // The ITA result from the first document with an indicator table (else with a total).
        let resultPart = parts.indices.first { !parts[$0].plan.ita.indicators.isEmpty }
            ?? parts.indices.first { parts[$0].plan.ita.total != nil }
        if let resultPart { plan.ita = parts[resultPart].plan.ita }
        for index in parts.indices where index != resultPart && !parts[index].plan.ita.indicators.isEmpty {
            warnings.append((index, ImportWarning(line: parts[index].plan.ita.indicators[0].line, .secondIndicatorTable)))
        }

        // Years as stated, not as derived from each other within one document.
        let fiscalYears = parts.indices.compactMap { stated($0, { .fiscalYearFromAssessment($0) }, parts[$0].plan.fiscalYear) }
        let assessmentYears = parts.indices.compactMap {
            stated($0, { .assessmentYearFromFiscalYear($0) }, parts[$0].plan.ita.year)
        }
        var fiscalYear = fiscalYears.first
        var assessmentYear = resultPart.flatMap { stated($0, { .assessmentYearFromFiscalYear($0) }, parts[$0].plan.ita.year) }
            ?? assessmentYears.first
        if Set(fiscalYears).count > 1 {
            warnings.append((nil, ImportWarning(line: nil, .documentsDisagreeOnYear(Array(Set(fiscalYears)).sorted()))))
        }
        if fiscalYear == nil, let year = assessmentYear {
            fiscalYear = year + 1
            warnings.append((nil, ImportWarning(line: nil, .fiscalYearFromAssessment(year + 1))))
        } else if assessmentYear == nil, let year = fiscalYear {
            assessmentYear = year - 1
            warnings.append((nil, ImportWarning(line: nil, .assessmentYearFromFiscalYear(year - 1))))
        }
        plan.fiscalYear = fiscalYear
        plan.ita.year = assessmentYear

        for (index, part) in parts.enumerated() {
            plan.measures += part.plan.measures
            plan.notes += part.plan.notes.map { ImportedNote(line: $0.line, text: $0.text, source: index) }
            for warning in part.warnings where !Self.isDecidedAgain(warning.message) {
                warnings.append((index, warning))
            }
        }
        var whole: [ImportMessage] = []
        if plan.title == nil { whole.append(.noTitle) }
        if plan.agency.name == nil { whole.append(.noAgencyName) }
        if plan.fiscalYear == nil { whole.append(.noFiscalYear) }
        if plan.ita.year == nil { whole.append(.noAssessmentYear) }
        if plan.ita.indicators.isEmpty { whole.append(.noIndicators) }
        if plan.measures.isEmpty { whole.append(.noMeasures) }
        warnings += whole.map { (nil, ImportWarning(line: nil, $0)) }
        self.plan = plan
        self.warnings = warnings
    }
}
