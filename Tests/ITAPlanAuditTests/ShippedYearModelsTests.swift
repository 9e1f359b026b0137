import Foundation
@testable import ITAPlanAudit
import ITAPlanCore
import ITAPlanGit
import ITAPlanTestSupport
import Testing

/// Stored bundled models are held to the models itaplan has shipped, this
/// build's or an earlier one's: a correction of a bundled model must not
/// make honest old snapshots fail, and a model no build shipped must.
@Suite("Bundled year models every itaplan shipped")
struct ShippedYearModelsTests {
    let signature = Signature(name: "CI", email: "ci@example.go.th",
                              time: Date(timeIntervalSince1970: 1_617_159_600), offsetMinutes: 420)
    let today = CivilDate(year: 2021, month: 3, day: 31)!

    @Test("every model this build bundles is listed, so the snapshots it makes verify after a correction")
    func thisBuildListed() throws {
        let bundled = try ITAYearCatalog.bundled()
        #expect(!bundled.years.isEmpty)
        for year in bundled.years {
            let blob = try ObjectID.hashing(try #require(bundled.entries[year]).fileBytes)
            #expect(ShippedYearModels.contains(blob, year: year),
                    "add \(blob) for \(year) to ShippedYearModels.blobs (append only)")
        }
    }

    @Test("a stored model an earlier itaplan shipped verifies with a note naming it; one never shipped fails")
    func earlierModel() throws {
        let sandbox = try GitSandbox(name: "repo")
        try sandbox.write("plans/pho-hak-2564.yaml", try String(contentsOf: Fixtures.seedPlan, encoding: .utf8))
        try sandbox.commitAll("plans")
        let repository = try GitRepository(discoveringFrom: sandbox.path)
        let catalog = try ITAYearCatalog.bundled()
        _ = try SnapshotWriter(repository: repository, catalog: catalog)
            .write(SnapshotWriter.Request(asOf: today, checkedOn: today, author: signature, committer: signature))

        // The 2570 model as an earlier build could have worded it: only its note differs.
        let forger = ChainForger(sandbox)
        let snapshot = try forger.rev("refs/itaplan/snapshots")
        let current = try forger.show(snapshot, "ita-years/2570.yaml")
        let earlier = current.replacingOccurrences(of: "note: \"ITA 2570: not published;", with: "note: \"ITA 2570: not yet published;")
        #expect(earlier != current)
        try forger.point(try forger.remake(snapshot, files: ["ita-years/2570.yaml": earlier]))
        try sandbox.git(["reflog", "expire", "--expire=now", "--all"]) // as an earlier build would have left it
        let earlierBlob = try ObjectID.hashing(Array(earlier.utf8))

        let unlisted = try SnapshotVerifier(repository: repository, catalog: catalog).verifyChain()
        #expect(!unlisted.isValid, "a model no build shipped is the snapshot's own claim")
        #expect(unlisted.snapshots.first?.problems.contains { problem in
            if case .contentDiffers(let files, _) = problem { return files == ["ita-years/2570.yaml"] }
            return false
        } == true, "\(String(describing: unlisted.snapshots.first?.problems))")

        var options = SnapshotVerifier.Options()
        options.shippedYearModels[2570, default: []].insert(earlierBlob.description)
        let listed = try SnapshotVerifier(repository: repository, catalog: catalog, options: options).verifyChain()
        #expect(listed.isValid, "\(String(describing: listed.snapshots.first?.problems))")
        #expect(listed.snapshots.first?.notes.contains(.earlierBundledModels(files: ["ita-years/2570.yaml"])) == true)
        let text = AuditRenderer(language: .english, timeZone: CivilDate.bangkok).verification(listed)
        #expect(text.contains("computed with year models an earlier itaplan shipped, corrected since: ita-years/2570.yaml"), "\(text)")
        let thai = AuditRenderer(language: .thai, timeZone: CivilDate.bangkok).verification(listed)
        #expect(thai.contains("แบบจำลองปีที่ itaplan รุ่นก่อนให้มา"), "\(thai)")

        // Listed for another year, it is still a difference.
        var otherYear = SnapshotVerifier.Options()
        otherYear.shippedYearModels[2569, default: []].insert(earlierBlob.description)
        #expect(!(try SnapshotVerifier(repository: repository, catalog: catalog, options: otherYear).verifyChain().isValid))
    }
}
