import Foundation
import ITAPlanCore
import ITAPlanReport
import ITAPlanTestSupport
import Testing

/// The status stream the CLI runs: plans in order, one separator between
/// shown plans, the plans left out and why, the unit and --fail-on verdicts.
@Suite("status stream")
struct StatusStreamTests {
    static let asOf = CivilDate(year: 2021, month: 3, day: 31)!

    func run(_ files: [String], format: StatusFormat = .csv, unit: String? = nil)
        -> (text: String, result: StatusStream.Result) {
        let stream = StatusStream(
            checker: Fixtures.checker, calculator: StatusCalculator(asOf: Self.asOf, catalog: Fixtures.catalog),
            renderer: format.renderer(StatusFormat.Options(language: .english, byteOrderMark: false)), unit: unit)
        var bytes: [UInt8] = []
        let result = stream.run(files: files, roots: files.map { _ in nil }) { bytes += $0 }
        return (String(decoding: bytes, as: UTF8.self), result)
    }

    @Test("a broken and a missing file are left out and reported; the others are shown in order")
    func leftOut() throws {
        let seed = Fixtures.seedPlan.path
        let broken = Fixtures.url("invalid/assessment-year.yaml").path
        let missing = "/nonexistent/plan.yaml"
        let (text, result) = run([seed, broken, missing, seed])
        #expect(result.shown == 2)
        #expect(result.broken.map(\.source.path) == [broken])
        #expect(result.broken[0].plan == nil, "findings only")
        #expect(result.ioErrors.count == 1)
        // The CSV header once, then both plans' rows: the same rows twice.
        let lines = text.components(separatedBy: .newlines)
        let header = lines[0]
        #expect(lines.filter { $0 == header }.count == 1)
        let rows = lines.dropFirst().filter { !$0.isEmpty }
        #expect(rows.count % 2 == 0 && !rows.isEmpty)
        #expect(Array(rows.prefix(rows.count / 2)) == Array(rows.suffix(rows.count / 2)))
        #expect(result.total.overdue == 2 * run([seed]).result.total.overdue)
    }

    @Test("JSON: plans separated by one comma each, a valid document")
    func jsonSeparators() throws {
        let seed = Fixtures.seedPlan.path
        let (text, result) = run([seed, seed, seed], format: .json)
        #expect(result.shown == 3)
        let document = try JSONSerialization.jsonObject(with: Data(text.utf8))
        #expect(document is [Any] || document is [String: Any])
    }

    @Test("a unit no plan has is said (unitUnknown) with the units there are; a unit that is there filters")
    func unit() {
        let seed = Fixtures.seedPlan.path
        let unknown = run([seed], unit: "กองช่างไม่มีจริง")
        #expect(unknown.result.unitUnknown("กองช่างไม่มีจริง"))
        #expect(!unknown.result.otherUnits.isEmpty)
        let known = run([seed], unit: unknown.result.otherUnits[0])
        #expect(!known.result.unitUnknown(unknown.result.otherUnits[0]))
        #expect(known.result.total.total <= run([seed]).result.total.total)
        #expect(!run([seed]).result.unitUnknown(nil))
    }

    @Test("--fail-on: overdue fails on the seed as of 31 March 2021, nil never fails")
    func failOn() {
        let result = run([Fixtures.seedPlan.path]).result
        #expect(result.total.overdue > 0)
        #expect(result.fails(on: .overdue))
        #expect(result.fails(on: .dueSoon))
        #expect(!result.fails(on: nil))
    }
}
