import ArgumentParser
import Foundation
import ITAPlanAudit
import ITAPlanCore
import ITAPlanGit
import ITAPlanReport

struct Audit: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read and check the audit trail of snapshots.", subcommands: [Log.self, Verify.self])

    enum LogFormat: String, ExpressibleByArgument, CaseIterable { case table, json }

    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List snapshots, newest first, with completion over time.")

        @Option(help: "The ref snapshots are committed on.")
        var ref = SnapshotWriter.defaultReference

        @Option(help: "Output format: table or json.")
        var format: LogFormat = .table

        @OptionGroup var lang: LanguageOptions

        func run() throws {
            let language = lang.language
            let records: [SnapshotRecord]
            do {
                let repository = try GitRepository(discoveringFrom: FileManager.default.currentDirectoryPath)
                records = try SnapshotLog.records(in: repository, reference: ref)
            } catch {
                throw Console.fail(error, language: language)
            }
            switch format {
            case .table: Console.out(AuditRenderer(language: language).log(records))
            case .json: Console.out(AuditRenderer(language: language).logJSON(records))
            }
        }
    }

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check every snapshot against its source commit and a recomputation.",
            discussion: "Exit status 1 when any snapshot does not verify.")

        @Option(help: "The ref snapshots are committed on.")
        var ref = SnapshotWriter.defaultReference

        @OptionGroup var lang: LanguageOptions

        func run() throws {
            let language = lang.language
            let results: [SnapshotVerification]
            do {
                let repository = try GitRepository(discoveringFrom: FileManager.default.currentDirectoryPath)
                results = try SnapshotVerifier(repository: repository, catalog: try ITAYearCatalog.bundled())
                    .verifyAll(reference: ref)
            } catch {
                throw Console.fail(error, language: language)
            }
            Console.out(AuditRenderer(language: language).verification(results))
            if results.contains(where: { !$0.isValid }) { throw ExitStatus.findings }
        }
    }
}
