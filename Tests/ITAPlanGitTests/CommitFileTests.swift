import Foundation
import ITAPlanGit
import ITAPlanTestSupport
import Testing

@Suite("Committing one file alone")
struct CommitFileTests {
    let signature = Signature(name: "ทดสอบ ระบบ", email: "test@example.go.th",
                              time: Date(timeIntervalSince1970: 1_617_159_600), offsetMinutes: 420)

    @Test("the commit changes that file only, keeps its mode, leaves other staged work staged; git agrees, fsck-clean")
    func oneFile() throws {
        let sandbox = try GitSandbox()
        try sandbox.write("plans/a.yaml", "one\n")
        try sandbox.write("run.sh", "echo\n")
        #expect(chmod(sandbox.root.appendingPathComponent("plans/a.yaml").path, 0o755) == 0)
        try sandbox.commitAll("first")
        try sandbox.write("run.sh", "echo staged\n")
        try sandbox.git(["add", "run.sh"])
        try sandbox.write("plans/a.yaml", "one\ntwo\n")
        #expect(chmod(sandbox.root.appendingPathComponent("plans/a.yaml").path, 0o755) == 0)

        let repository = try GitRepository(discoveringFrom: sandbox.path)
        let before = try repository.fileState("plans/a.yaml")
        #expect(try before.inHead == ObjectID.hashing(Array("one\n".utf8)))
        #expect(before.inIndex == before.inHead)
        let commit = try repository.commitFile("plans/a.yaml", contents: Array("one\ntwo\n".utf8), author: signature,
                                               committer: signature, message: "บันทึกความคืบหน้า")
        #expect(try sandbox.git(["rev-parse", "HEAD"]).trimmingCharacters(in: .whitespacesAndNewlines) == commit.description)
        #expect(try sandbox.git(["show", "--name-only", "--format=%s", "HEAD"]) == "บันทึกความคืบหน้า\n\nplans/a.yaml\n")
        #expect(try sandbox.git(["ls-tree", "HEAD", "plans/a.yaml"]).hasPrefix("100755 "))
        let status = try sandbox.git(["status", "--porcelain"])
        #expect(status == "M  run.sh\n", "\(status)")
        try sandbox.git(["fsck", "--strict", "--no-dangling"])
    }

    @Test("the first commit of a new repository")
    func unborn() throws {
        let sandbox = try GitSandbox()
        try sandbox.write("plan.yaml", "x\n")
        let repository = try GitRepository(discoveringFrom: sandbox.path)
        let state = try repository.fileState("plan.yaml")
        #expect(state.inHead == nil && state.inIndex == nil)
        _ = try repository.commitFile("plan.yaml", contents: Array("x\n".utf8), author: signature, committer: signature,
                                      message: "first")
        #expect(try sandbox.git(["log", "--format=%s"]) == "first\n")
        #expect(try sandbox.git(["status", "--porcelain"]) == "")
    }
}
