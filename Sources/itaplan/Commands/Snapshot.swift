import ArgumentParser
import Foundation
import ITAPlanAudit
import ITAPlanCore
import ITAPlanGit

struct Snapshot: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Commit an audit-trail snapshot of the plans' status on a dedicated ref.",
        discussion: """
            Computes status from the plans as committed at --rev and commits it, with the exact plan files, \
            on --ref (its parent is the previous snapshot). A snapshot identical in content to the last one \
            is skipped. Prints the snapshot's id. See docs/audit-trail.md for pushing and fetching the ref.
            """)

    @Option(help: "The commit whose plans to snapshot.")
    var rev = "HEAD"

    @Option(name: .customLong("as-of"), help: "The day to compute status for (default: today in Asia/Bangkok).")
    var asOf: AsOfDate?

    @Flag(help: "Allow an --as-of after today: the snapshot is then marked a projection (audit log and verify say so).")
    var projection = false

    @Option(help: "The ref snapshots are committed on.")
    var ref = SnapshotWriter.defaultReference

    @Option(name: .customLong("plans-dir"), help: "The folder of plan files in the repository.")
    var plansDirectory = "plans"

    @Flag(help: "Sign the snapshot commit with your SSH key, as git commit -S does (gpg.format=ssh, user.signingKey); git config itaplan.signSnapshots=true always signs.")
    var sign = false

    @OptionGroup var lang: LanguageOptions

    func run() throws {
        let language = lang.language
        do {
            // Read objects as git does, without re-hashing each against its id:
            // `audit verify` (and git fsck) check the store; a snapshot only reads it.
            try LibGit2.setVerifiesObjectHashes(false)
            let repository = try GitRepository(discoveringFrom: FileManager.default.currentDirectoryPath)
            let identity = try CommitIdentity.now(for: repository)
            let today = Clock.today()
            let signer = try SigningSetup(repository).signer(requested: sign)
            let writer = SnapshotWriter(repository: repository, catalog: try ITAYearCatalog.bundled(), workers: Clock.cores)
            let (outcome, planErrors) = try writer.write(SnapshotWriter.Request(
                revision: rev, asOf: (try asOf?.day(in: language) ?? today), checkedOn: today, plansDirectory: plansDirectory,
                reference: ref, summaryLanguage: language, author: identity.author, committer: identity.committer, signer: signer,
                projection: projection))
            if planErrors > 0 {
                Console.err("itaplan: " + SnapshotWriter.Note.planErrors(planErrors).text(in: language) + "\n")
            }
            switch outcome {
            case .created(let id):
                Console.out("\(id)\n")
            case .unchanged(let id):
                Console.err(SnapshotWriter.Note.unchanged.text(in: language) + "\n")
                Console.out("\(id)\n")
            }
        } catch let future as SnapshotWriter.FutureAsOf {
            Console.err("itaplan: " + future.text(in: language) + "\n")
            throw ExitStatus.usageOrIO
        } catch let broken as RepositoryYearModels.Broken {
            throw broken.report(language: language)
        } catch {
            throw Console.fail(error, language: language)
        }
    }
}
