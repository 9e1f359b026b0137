import Foundation
import ITAPlanTestSupport
import Testing

@Suite("itaplan schema")
struct SchemaCommandTests {
    @Test("prints each schema byte for byte as schema/ holds it (compiled into the binary)",
          arguments: ["plan", "status", "findings"])
    func schemaMatchesFile(name: String) throws {
        let result = try BinaryRunner.run(["schema", name])
        #expect(result.status == 0, "\(result.stderr)")
        let file = try String(contentsOf: Fixtures.root.appendingPathComponent("schema/\(name).schema.json"), encoding: .utf8)
        #expect(result.stdout == file)
    }

    @Test("an unknown schema name is a usage error that lists the names")
    func unknownName() throws {
        let result = try BinaryRunner.run(["schema", "plans"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("plan, status, findings"))
        #expect(result.stdout.isEmpty)
    }
}
