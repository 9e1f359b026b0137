import ArgumentParser
import ITAPlanCore

/// What `status` and `todo` share: which plans, on which day, for which
/// unit, and how numbers and CSV are written.
struct PlanDayOptions: ParsableArguments {
    @Argument(help: "Plan files or folders (default: plans).")
    var paths: [String] = []

    @Option(name: .customLong("as-of"),
            help: "The day to report on: 2021-03-31, 2564-03-31 or 31 มี.ค. 2564 (default: today in Asia/Bangkok).")
    var asOf: AsOfDate?

    @Option(help: "Only steps of this unit (found within the step's or measure's responsible units, ignoring spacing and Thai punctuation such as ฯ), in every format.")
    var unit: String?

    @Flag(name: .customLong("thai-digits"), help: "Print numbers in Thai digits (with --lang th).")
    var thaiDigits = false

    @Flag(name: .customLong("no-bom"), help: "With --format csv: leave out the UTF-8 byte order mark that makes Excel read Thai correctly.")
    var noByteOrderMark = false

    /// Called by the command's `validate()`, which knows the language.
    func check(in language: Language) throws {
        if let unit, UnitName.key(unit).isEmpty { throw UsageProblem.unitNeedsName.usageError(in: language) }
    }
}
