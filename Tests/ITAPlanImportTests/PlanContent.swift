import ITAPlanCore
import Testing

/// Expects two decoded plans to say the same things that a measures document
/// states: agency, years, ITA result and analysis, and every measure's id,
/// title, steps, units, timeframe, results and recommendations. Indicators
/// addressed, schedules and progress are not in such a document and are not
/// compared; nor is the province when `imported` has none.
func expectSameDocumentContent(_ imported: Plan, _ expected: Plan,
                               sourceLocation: SourceLocation = #_sourceLocation) {
    func values(_ list: [Located<String>]) -> [String] { list.map(\.value) }

    #expect(imported.title?.value == expected.title?.value, sourceLocation: sourceLocation)
    #expect(imported.agency.name.value == expected.agency.name.value, sourceLocation: sourceLocation)
    #expect(imported.agency.kind?.value == expected.agency.kind?.value, sourceLocation: sourceLocation)
    if let province = imported.agency.province {
        #expect(province.value == expected.agency.province?.value, sourceLocation: sourceLocation)
    }
    #expect(imported.fiscalYear.value == expected.fiscalYear.value, sourceLocation: sourceLocation)

    let ita = imported.ita
    #expect(ita.year.value == expected.ita.year.value, sourceLocation: sourceLocation)
    #expect(ita.total?.value == expected.ita.total?.value, sourceLocation: sourceLocation)
    #expect(ita.grade?.value == expected.ita.grade?.value, sourceLocation: sourceLocation)
    #expect(ita.indicators.count == expected.ita.indicators.count, sourceLocation: sourceLocation)
    for (got, want) in zip(ita.indicators, expected.ita.indicators) {
        #expect(got.number.value == want.number.value, sourceLocation: sourceLocation)
        #expect(got.tool?.value == want.tool?.value, "indicator \(want.number.value)", sourceLocation: sourceLocation)
        #expect(got.name?.value == want.name?.value, "indicator \(want.number.value)", sourceLocation: sourceLocation)
        #expect(got.score.value == want.score.value, "indicator \(want.number.value)", sourceLocation: sourceLocation)
    }
    #expect(ita.analysis.count == expected.ita.analysis.count, sourceLocation: sourceLocation)
    for (got, want) in zip(ita.analysis, expected.ita.analysis) {
        #expect(got.indicators.map(\.value) == want.indicators.map(\.value), sourceLocation: sourceLocation)
        #expect(got.text.value == want.text.value, sourceLocation: sourceLocation)
    }

    #expect(imported.measures.count == expected.measures.count, sourceLocation: sourceLocation)
    for (got, want) in zip(imported.measures, expected.measures) {
        let measure = "measure \(want.id.value)"
        #expect(got.id.value == want.id.value, sourceLocation: sourceLocation)
        #expect(got.title.value == want.title.value, "\(measure)", sourceLocation: sourceLocation)
        #expect(values(got.responsible) == values(want.responsible), "\(measure)", sourceLocation: sourceLocation)
        #expect(got.timeframe?.value == want.timeframe?.value, "\(measure)", sourceLocation: sourceLocation)
        #expect(got.steps.map(\.id.value) == want.steps.map(\.id.value), "\(measure)", sourceLocation: sourceLocation)
        #expect(got.steps.map(\.text.value) == want.steps.map(\.text.value), "\(measure)", sourceLocation: sourceLocation)
        #expect(values(got.results) == values(want.results), "\(measure)", sourceLocation: sourceLocation)
        #expect(values(got.recommendations) == values(want.recommendations), "\(measure)",
                sourceLocation: sourceLocation)
    }
}
