import Foundation
import ITAPlanTestSupport
import Testing

/// A name or e-mail git cannot put in a commit is said before any commit is
/// attempted, naming the value and where it came from, in Thai and English;
/// never libgit2's `git_signature_new failed`.
@Suite("a committer identity git cannot use, end to end")
struct CommitIdentityCommandTests {
    private func repository(name: String = "สมชาย ใจดี") throws -> GitSandbox {
        let sandbox = try GitSandbox(name: "repo")
        try sandbox.write("plans/pho-hak-2564.yaml", try String(contentsOf: Fixtures.seedPlan, encoding: .utf8))
        try sandbox.commitAll("plans")
        try sandbox.git(["config", "user.name", name])
        return sandbox
    }

    /// The identity from git config alone: the sandbox's GIT_* variables emptied.
    private static let configOnly = ["GIT_AUTHOR_NAME": "", "GIT_AUTHOR_EMAIL": "", "GIT_COMMITTER_NAME": "",
                                     "GIT_COMMITTER_EMAIL": ""]

    @Test("user.name with < or > in git config: snapshot names the key and the value, in Thai and English; no snapshot is made")
    func angleBracketInConfig() throws {
        let sandbox = try repository(name: "สมชาย <ใจดี>")
        let english = try sandbox.itaplan(["snapshot", "--as-of", "2021-03-31", "--lang", "en"], environment: Self.configOnly)
        #expect(english.status == 2)
        #expect(english.stderr == "itaplan: git config user.name is 'สมชาย <ใจดี>', which git cannot use as a committer's name"
                + " or e-mail: it may not contain < or >; fix it and run again\n", "\(english.stderr)")
        let thai = try sandbox.itaplan(["snapshot", "--as-of", "2021-03-31", "--lang", "th"], environment: Self.configOnly)
        #expect(thai.status == 2)
        #expect(thai.stderr.contains("git config user.name เป็น 'สมชาย <ใจดี>'"), "\(thai.stderr)")
        #expect(thai.stderr.contains("ห้ามมีเครื่องหมาย < หรือ >"), "\(thai.stderr)")
        for text in [english.stderr, thai.stderr] { #expect(!text.contains("git_signature_new")) }
        #expect((try? sandbox.git(["rev-parse", "--verify", "-q", "refs/itaplan/snapshots"])) == nil)
    }

    @Test("an e-mail with > in GIT_COMMITTER_EMAIL: the variable is named, for snapshot and for record --commit")
    func angleBracketInEnvironment() throws {
        let sandbox = try repository()
        let environment = ["GIT_COMMITTER_EMAIL": "somchai@example.go.th>"]
        let snapshot = try sandbox.itaplan(["snapshot", "--as-of", "2021-03-31", "--lang", "en"], environment: environment)
        #expect(snapshot.status == 2)
        #expect(snapshot.stderr.contains("the environment variable GIT_COMMITTER_EMAIL is 'somchai@example.go.th>'"),
                "\(snapshot.stderr)")
        let record = try sandbox.itaplan(["record", "4.3", "--period", "2564-02", "--done", "2564-03-20",
                                          "--evidence", "https://e.go.th/x", "--commit", "--lang", "th"],
                                         environment: environment)
        #expect(record.status == 2)
        #expect(record.stderr.contains("ตัวแปรแวดล้อม GIT_COMMITTER_EMAIL เป็น 'somchai@example.go.th>'"), "\(record.stderr)")
        #expect(!record.stderr.contains("git_signature_new"))
        #expect(try sandbox.git(["log", "--format=%s"]).split(separator: "\n").count == 1)
        // Asked before writing: the plan file is as committed.
        #expect(try sandbox.git(["status", "--porcelain"]).isEmpty)
    }

    @Test("a control character in a name (a line break in git config, an escape in the environment) is refused and shown escaped")
    func controlCharacters() throws {
        let sandbox = try repository(name: "สมชาย\nใจดี")
        let fromConfig = try sandbox.itaplan(["snapshot", "--as-of", "2021-03-31", "--lang", "en"], environment: Self.configOnly)
        #expect(fromConfig.status == 2)
        #expect(fromConfig.stderr.contains("git config user.name is 'สมชาย\\u000aใจดี', which holds a control character"),
                "\(fromConfig.stderr)")
        #expect(fromConfig.stderr.split(separator: "\n").count == 1)
        let fromEnvironment = try sandbox.itaplan(["snapshot", "--as-of", "2021-03-31", "--lang", "th"],
                                                  environment: ["GIT_AUTHOR_NAME": "a\u{1B}[31mb"])
        #expect(fromEnvironment.status == 2)
        #expect(fromEnvironment.stderr.contains("ตัวแปรแวดล้อม GIT_AUTHOR_NAME เป็น 'a\\u001b[31mb' ซึ่งมีอักขระควบคุม"),
                "\(fromEnvironment.stderr)")
        #expect(!fromEnvironment.stderr.contains("\u{1B}"))
    }
}
