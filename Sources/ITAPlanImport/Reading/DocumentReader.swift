import ITAPlanCore

/// Reads a measures document row by row: the title, the sentence stating
/// the ITA result, the indicator table with its analysis, the measures
/// table. Whatever fits none of them becomes a note and a warning.
struct DocumentReader {
    private enum Section { case preamble, indicators, measures }

    private var section = Section.preamble
    private var title: String?
    private var titleLine = 0
    private var currentLine = 0
    private var assessment: AssessmentSentence?
    /// A year stated by a heading line of its own ("ในปีงบประมาณ พ.ศ.๒๕๖๔").
    private var headingYear: Int?
    private var indicatorTable = IndicatorTable()
    private var measureTable = MeasureTable()
    private var notes: [ImportedNote] = []
    private var warnings: [ImportWarning] = []

    /// The preamble being skipped: its heading, the row it starts on, how many rows so far.
    private var preamble: (heading: String, line: Int, rows: Int)?

    mutating func read(_ row: TableRow) {
        currentLine = row.line
        // A cell merged down from the row above is that row's text, not this one's.
        let filled = row.merged.isEmpty ? row.filled
            : row.cells.indices.filter { !row.merged.contains($0) && !row.cells[$0].isEmpty }.map { row.cells[$0] }
        guard !filled.isEmpty else { return }
        if section == .preamble, filled.count == 1, let heading = PreambleHeading(filled[0]) {
            endPreamble()
            preamble = (heading.heading, row.line, 1)
            return
        }
        if preamble != nil {
            guard endsPreamble(filled) else {
                preamble?.rows += 1
                return
            }
            endPreamble()
        }
        if let columns = MeasureColumns(header: filled) {
            // The header repeats on every page; each copy is skipped.
            measureTable.columns = columns
            section = .measures
            return
        }
        if DocumentHeadings.isIndicatorTableHeader(filled) {
            section = .indicators
            return
        }
        if filled.count == 1, readLone(filled[0]) { return }
        if section != .measures, let indicator = IndicatorRow(filled) {
            indicatorTable.add(indicator, line: row.line)
            section = .indicators
            return
        }
        if section == .indicators, row.cells.first?.isEmpty == true {
            indicatorTable.continueAnalysis(filled.joined(separator: " "), line: row.line)
            return
        }
        if section == .measures || filled.count >= 3 {
            // A measures table without its header: the standard columns.
            section = .measures
            for text in measureTable.add(row) { unplaced(text, line: row.line) }
            return
        }
        unplaced(row.noteText, line: row.line)
    }

    /// A line of one cell that is a heading, the ITA sentence, the title or a
    /// lone year; false when it is none of these.
    private mutating func readLone(_ text: String) -> Bool {
        if let heading = ToolHeading(text) {
            indicatorTable.startGroup(tool: heading.tool)
            section = .indicators
            return true
        }
        if assessment == nil, let sentence = AssessmentSentence(text) {
            assessment = sentence
            return true
        }
        if DocumentHeadings.isAnalysisIntro(text) { return true }
        if DocumentHeadings.isMeasuresHeading(text) {
            section = .measures
            return true
        }
        if FiscalYearPhrase.isLoneYear(text) {
            if section == .preamble, assessment == nil, let current = title,
               FiscalYearPhrase.year(in: current) == nil {
                // The title's second line.
                title = current + " " + text
            } else if headingYear == nil {
                headingYear = FiscalYearPhrase.year(in: text)
            }
            return true
        }
        if section == .preamble, DocumentHeadings.isTitle(text) {
            if title == nil {
                title = text
                titleLine = currentLine
                return true
            }
            // A page's menu item before the heading that names the year ("O42 มาตรการ…", then "การวิเคราะห์… พ.ศ. ๒๕๖๖").
            if let current = title, FiscalYearPhrase.year(in: current) == nil, FiscalYearPhrase.year(in: text) != nil,
               assessment == nil {
                unplaced(current, line: titleLine)
                title = text
                titleLine = currentLine
                return true
            }
        }
        return false
    }

    /// A row that starts the document proper: the ITA result, a table, the title with its year.
    private func endsPreamble(_ filled: [String]) -> Bool {
        if MeasureColumns(header: filled) != nil || DocumentHeadings.isIndicatorTableHeader(filled) { return true }
        if IndicatorRow(filled) != nil { return true }
        guard filled.count == 1 else { return false }
        let text = filled[0]
        if ToolHeading(text) != nil || DocumentHeadings.isMeasuresHeading(text) || DocumentHeadings.isAnalysisIntro(text) {
            return true
        }
        if let sentence = AssessmentSentence(text), sentence.total != nil, AssessmentSentence.statesAResult(text) {
            return true
        }
        // The title, with its year and without a page number after it (as a table of contents has).
        let compact = ThaiDigits.toArabic(text.withoutWhitespace)
        return DocumentHeadings.isTitle(text) && FiscalYearPhrase.year(in: text) != nil
            && !(compact.last?.isNumber == true && FiscalYearPhrase.endsWithYear(compact) == false)
    }

    private mutating func endPreamble() {
        guard let skipped = preamble else { return }
        warnings.append(ImportWarning(line: skipped.line, .preambleSkipped(heading: skipped.heading, lines: skipped.rows)))
        preamble = nil
    }

    mutating func add(_ warnings: [ImportWarning]) {
        self.warnings += warnings
    }

    private mutating func unplaced(_ text: String, line: Int) {
        notes.append(ImportedNote(line: line, text: text))
        warnings.append(ImportWarning(line: line, .unplacedText(text)))
    }

    /// The plan, once every row has been read.
    mutating func finish() throws(PlanImportError) -> PlanImportResult {
        endPreamble()
        guard !indicatorTable.indicators.isEmpty || !measureTable.isEmpty else { throw .notAMeasuresDocument }
        var plan = ImportedPlan()
        plan.title = title
        if plan.title == nil { warnings.append(ImportWarning(line: nil, .noTitle)) }

        let name = assessment?.agencyName ?? title.flatMap(AgencyName.inTitle)
        plan.agency = ImportedAgency(name: name, kind: name.flatMap(AgencyName.kind))
        if name == nil { warnings.append(ImportWarning(line: nil, .noAgencyName)) }

        var fiscalYear = title.flatMap(FiscalYearPhrase.year(in:)) ?? headingYear
        var assessmentYear = assessment?.year
        if let year = fiscalYear, assessmentYear == year {
            // "ผลการประเมิน ITA ประจำปี ๒๕๖๖" in a plan for ๒๕๖๖: labelled with the plan's year.
            assessmentYear = year - 1
            warnings.append(ImportWarning(line: nil, .resultLabelledWithPlanYear(planYear: year)))
        }
        if fiscalYear == nil, let assessmentYear {
            fiscalYear = assessmentYear + 1
            warnings.append(ImportWarning(line: nil, .fiscalYearFromAssessment(assessmentYear + 1)))
        } else if assessmentYear == nil, let fiscalYear {
            assessmentYear = fiscalYear - 1
            warnings.append(ImportWarning(line: nil, .assessmentYearFromFiscalYear(fiscalYear - 1)))
        }
        if fiscalYear == nil { warnings.append(ImportWarning(line: nil, .noFiscalYear)) }
        if assessmentYear == nil { warnings.append(ImportWarning(line: nil, .noAssessmentYear)) }
        plan.fiscalYear = fiscalYear

        let (analysis, orphans) = indicatorTable.analysis()
        plan.ita = ImportedITAResult(year: assessmentYear, total: assessment?.total,
                                     grade: assessment?.grade.map(ITALevelWording.gradeValue(written:)),
                                     indicators: indicatorTable.indicators, analysis: analysis)
        for orphan in orphans {
            notes.append(orphan)
            warnings.append(ImportWarning(line: orphan.line, .analysisWithoutIndicators))
        }
        if indicatorTable.indicators.isEmpty { warnings.append(ImportWarning(line: nil, .noIndicators)) }

        let (measures, measureWarnings) = measureTable.measures(fiscalYear: fiscalYear)
        plan.measures = measures
        warnings += measureWarnings
        if measures.isEmpty { warnings.append(ImportWarning(line: nil, .noMeasures)) }

        plan.notes = notes.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
        let ordered = warnings.enumerated().sorted { lhs, rhs in
            (lhs.element.line ?? 0, lhs.offset) < (rhs.element.line ?? 0, rhs.offset)
        }.map(\.element)
        return PlanImportResult(plan: plan, warnings: ordered)
    }
}
