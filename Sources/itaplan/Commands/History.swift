import ArgumentParser
import Foundation
import ITAPlanAudit
import ITAPlanCore
import ITAPlanGit
import ITAPlanReport

struct History: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "When each progress record first appeared, and completion over time, from git history.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, csv }

    @Option(help: "The commit to walk back from.")
    var rev = "HEAD"

    @Option(name: .customLong("plans-dir"), help: "The folder of plan files in the repository.")
    var plansDirectory = "plans"

    @Option(help: "Output format: table, json (records and series) or csv (the series, for charts).")
    var format: Format = .table

    @Flag(name: .customLong("no-bom"), help: "With --format csv: leave out the UTF-8 byte order mark Excel needs.")
    var noByteOrderMark = false

    @OptionGroup var lang: LanguageOptions

    func run() throws {
        let language = lang.language
        let history: PlanHistory
        do {
            // Read objects as git does, without re-hashing each one (see Snapshot).
            try LibGit2.setVerifiesObjectHashes(false)
            let repository = try GitRepository(discoveringFrom: FileManager.default.currentDirectoryPath)
            history = try HistoryBuilder(repository: repository, catalog: try YearModelLoading.workingTree(near: nil).catalog,
                                         plansDirectory: plansDirectory, timeZone: Clock.displayZone).build(revision: rev)
        } catch {
            throw Console.fail(error, language: language)
        }
        let renderer = AuditRenderer(language: language, timeZone: Clock.displayZone)
        switch format {
        case .table: Console.out(renderer.history(history))
        case .json: Console.out(renderer.historyJSON(history))
        // The byte order mark makes Excel read the file as UTF-8 (docs/status.md).
        case .csv: Console.out((noByteOrderMark ? "" : "\u{FEFF}") + renderer.historyCSV(history))
        }
    }
}
