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
            case .table: Console.out(AuditRenderer(language: language, timeZone: Clock.displayZone).log(records))
            case .json: Console.out(AuditRenderer(language: language, timeZone: Clock.displayZone).logJSON(records))
            }
        }
    }

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check every snapshot against its source commit, a recomputation, the chain and its signatures.",
            discussion: """
                Exit status 1 when any snapshot does not verify. Signatures are checked against git's \
                gpg.ssh.allowedSignersFile (or --allowed-signers); with one set, or with --require-signatures, \
                an unsigned snapshot fails. See docs/audit-trail.md for what an unsigned chain cannot prove.
                """)

        @Option(help: "The ref snapshots are committed on.")
        var ref = SnapshotWriter.defaultReference

        @Option(help: "The branch whose history every snapshot's source commit must still be in (default: HEAD or any local or remote-tracking branch).")
        var branch: String?

        @Option(name: .customLong("accept-version"),
                help: "Accept (and report) differences from this version's recomputation in snapshots that say this older itaplan version made them. Repeatable.")
        var acceptVersions: [String] = []

        @Option(name: .customLong("allowed-signers"), help: "An allowed-signers file (default: git config gpg.ssh.allowedSignersFile).")
        var allowedSigners: String?

        @Flag(name: .customLong("require-signatures"), help: "Fail on any snapshot without a good signature.")
        var requireSignatures = false

        @Flag(name: .customLong("no-reuse"),
              help: "Recompute every plan of every snapshot, even where its decisions provably cannot differ from the snapshot before (slower; docs/performance.md).")
        var noReuse = false

        @OptionGroup var lang: LanguageOptions

        func run() throws {
            let language = lang.language
            let chain: ChainVerification
            do {
                let repository = try GitRepository(discoveringFrom: FileManager.default.currentDirectoryPath)
                let checker = try SigningSetup(repository).checker(allowedSigners: allowedSigners)
                if requireSignatures, checker == nil {
                    throw SigningSetup.Missing(.noneSet)
                }
                let options = SnapshotVerifier.Options(
                    acceptedVersions: Set(acceptVersions),
                    branch: try VerifiedBranches.heads(in: repository, named: branch, language: language),
                    signatures: checker, requireSignatures: requireSignatures, reuseDecisions: !noReuse)
                chain = try SnapshotVerifier(repository: repository, catalog: try ITAYearCatalog.bundled(),
                                             options: options, workers: Clock.cores).verifyChain(reference: ref)
            } catch {
                throw Console.fail(error, language: language)
            }
            Console.out(AuditRenderer(language: language, timeZone: Clock.displayZone).verification(chain))
            if !chain.isValid { throw ExitStatus.findings }
        }
    }
}
