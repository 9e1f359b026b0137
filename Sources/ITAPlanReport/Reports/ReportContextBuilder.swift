import ITAPlanCore

/// Turns plan statuses into the `ReportContext` templates render.
public struct ReportContextBuilder: Sendable {
    let language: Language
    let wording: StatusWording
    let labels: ReportLabels
    let catalog: ITAYearCatalog

    public init(language: Language, thaiDigits: Bool, catalog: ITAYearCatalog) {
        self.language = language
        self.wording = StatusWording(language: language, thaiDigits: thaiDigits)
        self.labels = ReportLabels(language)
        self.catalog = catalog
    }

    private var dates: DateText { wording.dates }
    private var th: Bool { language == .thai }
    private var charts: SVGCharts { SVGCharts(dates: dates, labels: labels) }

    /// `history` is completion per day from git, oldest first, when there is one.
    public func build(_ statuses: [PlanStatus], asOf: CivilDate,
                      history: [(day: CivilDate, completion: Completion)]?) -> ReportContext {
        ReportContext(
            language: language.rawValue, tool: "itaplan \(ITAPlanVersion.current)",
            asOf: asOf.description, asOfText: dates.day(asOf), labels: labels,
            plans: statuses.map { planReport($0, charts: true) },
            history: history.map { HistoryReport(points: $0.count, chart: charts.history($0)) },
            hasHistory: !(history ?? []).isEmpty)
    }

    /// One plan's report; `charts: false` leaves the SVG charts empty (the many-plan dashboard).
    func planReport(_ status: PlanStatus, charts withCharts: Bool) -> PlanReport {
        let plan = status.plan
        let model = catalog.model(for: plan.ita.year.value)
        let items = status.items
        func itemReports(_ state: ItemState) -> [ItemReport] {
            items.filter { $0.item.state == state }.map { row in
                ItemReport(step: dates.digits(row.step.step.id.value), stepText: row.step.step.text.value,
                           measure: dates.digits(row.measure.measure.id.value),
                           period: wording.period(row.item, in: status), due: dates.day(row.item.instance.due),
                           days: wording.days((state == .overdue ? row.item.daysLate : row.item.daysLeft) ?? 0),
                           responsible: wording.units(row.step.units))
            }
        }
        let indicators = status.byIndicator.map { indicator in
            IndicatorReport(
                number: dates.number(indicator.number), name: indicator.name,
                tool: model?.indicator(indicator.number)?.tool ?? "",
                score: indicator.score.map { dates.digits(DecimalText.format($0, places: 2)) },
                scoreValue: indicator.score, belowPassMark: indicator.belowPassMark,
                measures: indicator.measures.isEmpty ? "—" : dates.digits(indicator.measures.joined(separator: ", ")))
        }
        let c = status.completion
        return PlanReport(
            path: status.path, agency: plan.agency.name.value, province: plan.agency.province?.value,
            fiscalYear: dates.number(status.fiscalYear.buddhistYear), fiscalYearNumber: status.fiscalYear.buddhistYear,
            title: plan.title?.value ?? (th
                ? "มาตรการส่งเสริมคุณธรรมและความโปร่งใสของ\(plan.agency.name.value) ประจำปีงบประมาณ พ.ศ.\(dates.number(status.fiscalYear.buddhistYear))"
                : "Integrity and transparency measures of \(plan.agency.name.value), fiscal year \(dates.number(status.fiscalYear.buddhistYear))"),
            headline: Headline(
                doneOfDue: wording.ofDue(c), doneOfYear: wording.ofYear(c),
                percentOfDue: c.ratioOfDue.map { Int(($0 * 100).rounded()) },
                percentOfYear: c.ratioOfYear.map { Int(($0 * 100).rounded()) },
                overdue: dates.number(c.overdue), dueSoon: dates.number(c.dueSoon), sentence: wording.overview(c)),
            measuresTitle: th ? "\(labels.measuresHeading)ของ\(plan.agency.name.value)"
                : "\(labels.measuresHeading): \(plan.agency.name.value)",
            measuresYear: th ? "ในปีงบประมาณ พ.ศ.\(dates.number(status.fiscalYear.buddhistYear))"
                : "fiscal year \(dates.number(status.fiscalYear.buddhistYear))",
            ita: ita(plan, status: status, indicators: indicators, model: model),
            measures: status.measures.map { measure($0, asOf: status.asOf) },
            overdue: itemReports(.overdue), dueSoon: itemReports(.dueSoon),
            hasOverdue: c.overdue > 0, hasDueSoon: c.dueSoon > 0,
            belowPassMark: indicators.filter(\.belowPassMark),
            units: status.byUnit.map {
                UnitReport(unit: $0.unit.isEmpty ? wording.units([]) : $0.unit, doneOfDue: wording.ofDue($0.completion),
                           doneOfYear: wording.ofYear($0.completion), overdue: dates.number($0.completion.overdue))
            },
            evidenceWindowWarning: wording.evidenceWindowWarning(status),
            charts: withCharts
                ? Charts(measures: charts.measures(status), timeline: charts.timeline(status),
                         indicators: charts.indicators(status, passMark: model?.passMark))
                : Charts(measures: "", timeline: "", indicators: ""),
            recorded: status.recordedShown ? recordedSection(status) : nil)
    }

    /// Done instances and when each was first recorded (`report --recorded`).
    private func recordedSection(_ status: PlanStatus) -> RecordedSection {
        let header = wording.recordedHeader
        let items = wording.recordedItems(status).map { row in
            RecordedItemReport(
                step: dates.digits(row.step.step.id.value), stepText: row.step.step.text.value,
                period: wording.period(row.item, in: status), done: row.item.done.map(dates.day) ?? "",
                recorded: wording.recorded(row.item), recordedDay: row.item.recorded?.day?.description,
                snapshot: { if case .on(let mark) = row.item.recorded { return mark.snapshot } else { return nil } }(),
                late: row.item.recordedLate)
        }
        return RecordedSection(title: wording.recordedTitle, stepLabel: header.step, periodLabel: header.period,
                               doneLabel: header.done, recordedLabel: header.recorded, items: items,
                               lateNote: items.contains(where: \.late) ? wording.recordedLateNote : nil)
    }

    private func ita(_ plan: Plan, status: PlanStatus, indicators: [IndicatorReport], model: ScoringModel?) -> ITAReport {
        let ita = plan.ita
        let total = ita.total.map { dates.digits(DecimalText.format($0.value, places: 2)) }
        let year = dates.number(ita.year.value)
        let intro = th
            ? "การวิเคราะห์ผลการประเมิน ITA ของ \(plan.agency.name.value) ประจำปีงบประมาณ พ.ศ.\(year)"
              + (total.map { " พบว่ามีผลคะแนน \($0) คะแนน" } ?? "") + (ita.grade.map { " อยู่ในระดับ \($0.value)" } ?? "") + " ดังนี้"
            : "The ITA \(year) result of \(plan.agency.name.value)"
              + (total.map { ": \($0) points" } ?? "") + (ita.grade.map { ", grade \($0.value)" } ?? "") + "."
        // Group rows by tool, each group carrying the analysis paragraphs that start in it.
        var groups: [ToolGroup] = []
        let toolOrder = model?.tools.map(\.id) ?? ["IIT", "EIT", "OIT"]
        for tool in toolOrder {
            let rows = indicators.filter { $0.tool == tool }
            guard !rows.isEmpty else { continue }
            let numbers = Set(plan.ita.indicators.filter { model?.indicator($0.number.value)?.tool == tool }.map(\.number.value))
            let analysis = ita.analysis.filter { paragraph in
                paragraph.indicators.first.map { numbers.contains($0.value) } ?? false
            }.map(\.text.value)
            let name = model?.tools.first { $0.id == tool }.map { th ? $0.nameTH : $0.nameEN } ?? tool
            groups.append(ToolGroup(tool: tool, heading: "\(name) (\(tool))", rows: rows.enumerated().map { index, row in
                IndicatorRow(indicator: row, isFirst: index == 0, rowSpan: rows.count, analysis: index == 0 ? analysis : [])
            }))
        }
        return ITAReport(year: year, total: total, grade: ita.grade?.value,
                         passMark: model.map { dates.digits(DecimalText.format($0.passMark, places: 2)) },
                         intro: intro, indicators: indicators, groups: groups, computedLevel: wording.levelLine(status))
    }

    private func measure(_ status: MeasureStatus, asOf: CivilDate) -> MeasureReport {
        let measure = status.measure
        let c = status.completion
        let cells = PrintCells(dates: dates)
        return MeasureReport(
            id: dates.digits(measure.id.value), title: measure.title.value,
            indicators: dates.digits(measure.indicators.map { String($0.value) }.joined(separator: ", ")),
            responsible: measure.responsible.map(\.value),
            timeframe: measure.timeframe?.value ?? "",
            responsibleLines: cells.responsible(status), timeframeLines: cells.timeframe(status),
            steps: status.steps.enumerated().map { index, step in
                StepReport(id: dates.digits(step.step.id.value), number: dates.number(index + 1), text: step.step.text.value,
                           schedule: step.schedule.map { $0.text(dates) } ?? "",
                           responsible: step.step.responsible.map(\.value),
                           timeframe: cells.stepTimeframe(step) ?? "",
                           doneOfDue: wording.ofDue(step.completion), doneOfYear: wording.ofYear(step.completion))
            },
            results: measure.results.map(\.value), recommendations: measure.recommendations.map(\.value),
            doneOfDue: wording.ofDue(c), doneOfYear: wording.ofYear(c),
            percentOfYear: c.total == 0 ? 0 : Int((Double(c.done) * 100 / Double(c.total)).rounded()),
            overdue: c.overdue, overdueText: dates.number(c.overdue),
            progressNote: th
                ? "ความคืบหน้า ณ วันที่ \(dates.day(asOf)): เสร็จ \(dates.number(c.doneOfDueSoFar)) จาก \(dates.number(c.dueSoFar)) งวดที่ถึงกำหนด"
                : "Progress as of \(dates.day(asOf)): \(c.doneOfDueSoFar) of \(c.dueSoFar) items due so far done")
    }
}
