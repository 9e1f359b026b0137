import Foundation
import ITAPlanAudit
import ITAPlanCore
import ITAPlanGit
import ITAPlanReport
import ITAPlanTestSupport
import Testing

/// Every error that stops a command words itself in both languages, from the
/// switch beside its definition, and nothing reaches the user as a Swift dump.
@Suite("failure text")
struct FailureTextTests {
    static let commit = ObjectID(hex: String(repeating: "ab", count: 20))!
    static let day = CivilDate(year: 2021, month: 3, day: 31)!

    /// One of every case of every error type the commands can stop with.
    /// The `exhaustive` switches do not compile when a case is added, so the
    /// list is kept whole.
    static let failures: [any Error] = {
        var all: [any Error] = []
        let itaplan: [ITAPlanError] = [
            .badScoringModel(path: "ita-years/2567.json", reason: "no tools"), .cannotRead(path: "p.yaml", reason: "denied"),
            .noPlans(path: "plans"), .notFound(path: "nope.yaml"), .cannotWrite(path: "out.md", reason: "read-only"),
        ] + ITAPlanError.ReadRefusal.allCases.map { .refused(path: "p.yaml", why: $0) }
        for error in itaplan {
            switch error { case .badScoringModel, .cannotRead, .noPlans, .notFound, .cannotWrite, .refused: all.append(error) }
        }
        let snapshot: [SnapshotWriter.Failure] = [
            .noPlans(directory: "plans", commit: commit), .contended(reference: "refs/itaplan/snapshots", attempts: 200),
            .asOfBeforeLatest(asOf: day, latest: "2021-04-01", snapshot: commit), .badPlansDirectory("status"),
            .badReference("refs/heads/main"),
        ]
        for error in snapshot {
            switch error { case .noPlans, .contended, .asOfBeforeLatest, .badPlansDirectory, .badReference: all.append(error) }
        }
        let ssh: [SSHSignatures.Failure] = [.notSSHFormat(format: "openpgp"), .noSigningKey,
                                           .signingFailed("agent refused"), .noKeygen(path: "/usr/bin/ssh-keygen")]
        for error in ssh {
            switch error { case .notSSHFormat, .noSigningKey, .signingFailed, .noKeygen: all.append(error) }
        }
        let hook: [HookInstaller.Failure] = [.foreignHook(path: ".git/hooks/pre-commit"), .bareRepository]
        for error in hook {
            switch error { case .foreignHook, .bareRepository: all.append(error) }
        }
        let history: [HistoryBuilder.Failure] = [.shallow, .noCommits, .noPlansFolder("plan")]
        for error in history {
            switch error { case .shallow, .noCommits, .noPlansFolder: all.append(error) }
        }
        let pdf: [ChromiumPDF.Failure] = [.engineMissing(searched: ["chromium"]),
                                          .engineFailed(engine: "chromium", status: 1, detail: "crashed"),
                                          .engineTimedOut(engine: "chromium", seconds: 60)]
        for error in pdf {
            switch error { case .engineMissing, .engineFailed, .engineTimedOut: all.append(error) }
        }
        var templates: [ReportRenderer.Failure] = [.templateMissing(path: "templates/report.md.mustache")]
        templates += TemplateProblem.allCases.map { .badTemplate(path: "mine.mustache", line: 3, column: 7, problem: $0) }
        for error in templates {
            switch error { case .templateMissing, .badTemplate: all.append(error) }
        }
        all += SnapshotVerification.NotASnapshot.allCases.map { SnapshotVerification.Problem.notASnapshot(reason: $0) }
        do {
            _ = try RevisionRange("..")
        } catch {
            all.append(error)
        }
        all.append(SigningSetup.Missing(.noneSet))
        all.append(SigningSetup.Missing(.unreadable(path: "~/.ssh/allowed_signers")))
        all.append(SigningSetup.Missing(.inWorkingTree(path: "allowed_signers")))
        all.append(CommitIdentity.Missing(missing: "user.email"))
        for reason in CommitIdentity.Unusable.Reason.allCases {
            all.append(CommitIdentity.Unusable(origin: .config("user.name"), value: "A <b>", reason: reason))
            all.append(CommitIdentity.Unusable(origin: .environment("GIT_AUTHOR_EMAIL"), value: "a\nb", reason: reason))
        }
        all.append(UnsupportedObjectFormat(format: "sha256"))
        return all
    }()

    /// A Swift dump names a case with labelled payloads, `badTemplate(path: …`.
    static func looksLikeDump(_ text: String) -> Bool {
        text.range(of: #"[A-Za-z]+\([A-Za-z]+: "#, options: .regularExpression) != nil
    }

    @Test("every failure has Thai and English words of its own, not a dump", arguments: 0..<failures.count)
    func worded(_ index: Int) throws {
        let error = Self.failures[index]
        #expect(error is LocalizedFailure, "\(type(of: error)) has no words of its own")
        let thai = FailureText.text(for: error, in: .thai)
        let english = FailureText.text(for: error, in: .english)
        #expect(!english.isEmpty)
        #expect(thai.unicodeScalars.contains { (0x0E00...0x0E7F).contains($0.value) }, "no Thai in: \(thai)")
        #expect(thai != english)
        for text in [thai, english] {
            #expect(text != String(describing: error))
            #expect(!Self.looksLikeDump(text), "a Swift dump: \(text)")
            #expect(!text.contains("unexpected error"), "fell through to the generic sentence: \(text)")
        }
    }

    private struct Unworded: Error {
        let secret: String
    }

    @Test("an error with no words gets a generic sentence naming its type, never its payload")
    func unknownError() {
        let error = Unworded(secret: "\u{1B}[31mpayload")
        for language in [Language.thai, .english] {
            let text = FailureText.text(for: error, in: language)
            #expect(text.contains("Unworded"))
            #expect(!text.contains("payload"))
            #expect(!text.contains("\u{1B}"))
            #expect(!Self.looksLikeDump(text))
        }
        #expect(FailureText.text(for: error, in: .thai).contains("ไม่ได้คาดไว้"))
        #expect(FailureText.text(for: error, in: .english).contains("unexpected error"))
    }

    @Test("Foundation's errors keep their own sentence, made safe")
    func foundationError() {
        let error = CocoaError(.fileNoSuchFile)
        let text = FailureText.text(for: error, in: .english)
        #expect(text.contains("CocoaError"))
        #expect(text.count > "unexpected error (CocoaError)".count)
    }

    @Test("a git failure's kind is set where the call is made, in a real repository")
    func gitKinds() throws {
        let outside = try Fixtures.temporaryDirectory("not-a-repo")
        defer { try? FileManager.default.removeItem(at: outside) }
        #expect {
            try GitRepository(discoveringFrom: outside.path)
        } throws: { error in
            (error as? GitError)?.kind == .notARepository
                && FailureText.text(for: error, in: .english) == "not in a git repository (or any parent folder)"
        }
        let sandbox = try GitSandbox()
        try sandbox.write("a.txt", "a\n")
        _ = try sandbox.commitAll("first")
        let repository = try GitRepository(discoveringFrom: sandbox.path)
        #expect {
            try repository.resolveCommit("no-such-branch")
        } throws: { error in
            (error as? GitError)?.kind == .noSuchRevision("no-such-branch")
                && FailureText.text(for: error, in: .english).hasPrefix("no such revision: ")
        }
    }
}
