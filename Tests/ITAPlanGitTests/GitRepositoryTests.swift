import Foundation
import ITAPlanGit
import ITAPlanTestSupport
import Testing

@Suite("The libgit2 layer")
struct GitRepositoryTests {
    let signature = Signature(name: "ทดสอบ ระบบ", email: "test@example.go.th",
                              time: Date(timeIntervalSince1970: 1_617_159_600), offsetMinutes: 420)

    @Test("blobs, nested trees and commits written by libgit2 read back with the git CLI, fsck-clean")
    func writesReadBackWithGit() throws {
        let sandbox = try GitSandbox()
        let repository = try GitRepository(discoveringFrom: sandbox.path)
        let blob = try repository.writeBlob(Array("ปีงบประมาณ ๒๕๖๔\n".utf8))
        let tree = try repository.writeTree(files: [("plans/a.yaml", blob), ("README.md", blob)])
        let commit = try repository.createCommit(tree: tree, parents: [], author: signature, committer: signature,
                                                 message: "บันทึก")
        #expect(try repository.updateReference("refs/heads/main", to: commit, expecting: nil, message: "test") == .updated)

        #expect(try sandbox.git(["cat-file", "-p", "\(blob)"]) == "ปีงบประมาณ ๒๕๖๔\n")
        #expect(try sandbox.git(["ls-tree", "-r", "--name-only", "\(commit)"]) == "README.md\nplans/a.yaml\n")
        #expect(try sandbox.git(["log", "-1", "--format=%an|%ae|%at|%B", "main"]) == "ทดสอบ ระบบ|test@example.go.th|1617159600|บันทึก\n\n")
        try sandbox.git(["fsck", "--strict", "--no-dangling"])
        // The message got its trailing newline: git's own tools expect one.
        #expect(try sandbox.git(["cat-file", "-p", "\(commit)"]).hasSuffix("\n\nบันทึก\n"))
    }

    @Test("a compare-and-swap that lost a race reports a conflict and leaves the ref alone")
    func compareAndSwap() throws {
        let sandbox = try GitSandbox()
        try sandbox.write("a.txt", "a")
        let first = try #require(ObjectID(hex: try sandbox.commitAll("one")))
        let repository = try GitRepository(discoveringFrom: sandbox.path)
        let tree = try repository.commit(first).tree
        let second = try repository.createCommit(tree: tree, parents: [first], author: signature,
                                                 committer: signature, message: "two")
        let stale = try repository.createCommit(tree: tree, parents: [], author: signature,
                                                committer: signature, message: "stale")
        #expect(try repository.updateReference("refs/x", to: first, expecting: nil, message: "") == .updated)
        #expect(try repository.updateReference("refs/x", to: second, expecting: nil, message: "") == .conflict)
        #expect(try repository.updateReference("refs/x", to: second, expecting: first, message: "") == .updated)
        #expect(try repository.updateReference("refs/x", to: first, expecting: stale, message: "") == .conflict)
        #expect(try repository.referenceTarget("refs/x") == second)
        #expect(try repository.referenceTarget("refs/nothing") == nil)
    }

    @Test("a failing call throws one error naming the libgit2 function and its message")
    func errorPath() throws {
        let sandbox = try GitSandbox()
        let repository = try GitRepository(discoveringFrom: sandbox.path)
        #expect(repository.isEmpty)
        #expect(try repository.headCommit() == nil)
        do {
            _ = try repository.resolveCommit("no-such-branch")
            Issue.record("expected an error")
        } catch let error as GitError {
            #expect(error.call == "git_revparse_single")
            #expect(error.isNotFound)
            #expect(error.message.contains("no-such-branch"))
        }
        #expect(throws: GitError.self) { try GitRepository(discoveringFrom: "/proc") }
    }

    @Test("staged changes come from the index, not the working tree")
    func stagedChanges() throws {
        let sandbox = try GitSandbox()
        try sandbox.write("plans/a.yaml", "one\n")
        try sandbox.write("plans/b.yaml", "two\n")
        try sandbox.commitAll("start")
        try sandbox.write("plans/a.yaml", "staged\n")
        try sandbox.git(["add", "plans/a.yaml"])
        try sandbox.write("plans/a.yaml", "working tree only\n")
        try sandbox.git(["rm", "-q", "plans/b.yaml"])
        let repository = try GitRepository(discoveringFrom: sandbox.path + "/plans")
        let staged = try repository.stagedChanges()
        #expect(staged.map(\.path) == ["plans/a.yaml"])
        #expect(try repository.blob(staged[0].blob) == .bytes(Array("staged\n".utf8)))
        #expect(try repository.stagedFiles().map(\.path) == ["plans/a.yaml"])
    }

    @Test("another index file (GIT_INDEX_FILE), relative from the working tree top; intent-to-add and mode changes")
    func otherIndexFile() throws {
        let sandbox = try GitSandbox()
        try sandbox.write("plans/a.yaml", "one\n")
        try sandbox.commitAll("start")
        try sandbox.write("plans/a.yaml", "in the other index\n")
        try sandbox.write("plans/draft.yaml", "draft\n")
        try sandbox.git(["add", "-N", "plans/draft.yaml"])
        // A second index holding a.yaml's change, as `git commit -a` makes one.
        try sandbox.git(["add", "plans/a.yaml"], environment: ["GIT_INDEX_FILE": sandbox.path + "/.git/other-index"])
        let repository = try GitRepository(discoveringFrom: sandbox.path + "/plans")
        #expect(try repository.stagedChanges().isEmpty, "the draft is only intended, a.yaml not staged here")
        for name in [".git/other-index", sandbox.path + "/.git/other-index"] {
            let staged = try repository.stagedChanges(indexFile: name)
            #expect(staged.map(\.path) == ["plans/a.yaml"])
            #expect(try repository.blob(staged[0].blob) == .bytes(Array("in the other index\n".utf8)))
        }
        #expect(repository.resolvedIndexPath(".git/index") == (repository.workingDirectory ?? "?") + ".git/index")
        #expect(repository.resolvedIndexPath("/elsewhere/index") == "/elsewhere/index")
        #expect(throws: GitError.self) { try repository.stagedChanges(indexFile: ".git/no-such-index") }
        // A mode change alone (a file made executable) is a change too.
        try sandbox.git(["update-index", "--chmod=+x", "plans/a.yaml"])
        #expect(try repository.stagedChanges().map(\.path) == ["plans/a.yaml"])
    }

    @Test("history walks oldest first; blobs over a size limit are not loaded")
    func historyAndBlobLimits() throws {
        let sandbox = try GitSandbox()
        var ids: [String] = []
        for index in 1...3 {
            try sandbox.write("f.txt", String(repeating: "x", count: index * 100))
            ids.append(try sandbox.commitAll("commit \(index)"))
        }
        let repository = try GitRepository(discoveringFrom: sandbox.path)
        let head = try #require(try repository.headCommit())
        #expect(try repository.history(from: head).map(\.description) == ids)
        let file = try #require(try repository.files(in: try repository.commit(head).tree).first)
        #expect(try repository.blobSize(file.blob) == 300)
        #expect(try repository.blob(file.blob, maxBytes: 100) == .tooLarge(size: 300))
        #expect(ObjectID(hex: ids[0])?.description == ids[0])
        #expect(ObjectID(hex: "not hex") == nil)
    }

    @Test("bare repositories and shallow clones are recognised")
    func bareAndShallow() throws {
        let sandbox = try GitSandbox()
        for index in 1...2 {
            try sandbox.write("f.txt", "\(index)")
            try sandbox.commitAll("commit \(index)")
        }
        let parent = sandbox.root.deletingLastPathComponent()
        try sandbox.git(["clone", "-q", "--bare", sandbox.path, parent.appendingPathComponent("bare.git").path])
        try sandbox.git(["clone", "-q", "--depth", "1", "file://" + sandbox.path, parent.appendingPathComponent("shallow").path])
        let bare = try GitRepository(discoveringFrom: parent.appendingPathComponent("bare.git").path)
        #expect(bare.isBare && bare.workingDirectory == nil)
        #expect(try GitRepository(discoveringFrom: parent.appendingPathComponent("shallow").path).isShallow)
        #expect(!(try GitRepository(discoveringFrom: sandbox.path).isShallow))
    }
}
