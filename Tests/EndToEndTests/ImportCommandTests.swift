import Foundation
import ITAPlanTestSupport
import Testing

@Suite("itaplan import, end to end")
struct ImportCommandTests {
    @Test("import the seed document into a plan file that validates; refuse to overwrite it")
    func importSeed() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let seed = Fixtures.url("import/pho-hak-ita-measures-2564.txt").path
        let imported = try BinaryRunner.run(["import", seed, "-o", "plans/pho-hak.yaml"], in: directory)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.contains("warning"))
        let plan = directory.appendingPathComponent("plans/pho-hak.yaml")
        #expect(try String(contentsOf: plan, encoding: .utf8).hasPrefix("# yaml-language-server: $schema=../schema/plan.schema.json\n"))

        let validated = try BinaryRunner.run(["validate", "plans"], in: directory)
        #expect(validated.status == 0, "\(validated.stdout)")

        let again = try BinaryRunner.run(["import", seed, "-o", "plans/pho-hak.yaml"], in: directory)
        #expect(again.status == 2)
        #expect(try BinaryRunner.run(["import", seed, "-o", "plans/pho-hak.yaml", "--force"], in: directory).status == 0)
    }

    @Test("a file that is not such a document is a clear error, not a crash")
    func notADocument() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "Dear colleagues,\nplease find attached the minutes.\n"
            .write(to: directory.appendingPathComponent("letter.txt"), atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["import", "letter.txt"], in: directory)
        #expect(result.status != 0)
        #expect(!result.stderr.isEmpty)
        #expect(!result.stderr.contains("Fatal error"))
    }

    @Test("a FIFO given as the document is refused at once, unread")
    func fifoDocument() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(mkfifo(directory.appendingPathComponent("doc.txt").path, 0o644) == 0)
        let result = try BinaryRunner.run(["import", "doc.txt"], in: directory)
        #expect(result.status == 2)
        #expect(result.stderr == "itaplan: doc.txt: this is not a regular file (it is a FIFO), so it was not read\n")
    }
}
