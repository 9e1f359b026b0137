import Foundation
import ITAPlanTestSupport
import Testing

/// bench/generate-plans.py, which the benchmarks stand on: its plans must be
/// valid, shaped as documented, and the same for the same seed.
@Suite("The benchmark's plan generator")
struct PlanGeneratorTests {
    private func generate(count: Int, seed: Int, into directory: URL) throws -> [String: Data] {
        let script = Fixtures.root.appendingPathComponent("bench/generate-plans.py").path
        let result = try ProcessRunner.run(command: "python3", [script, "--count", "\(count)", "--seed", "\(seed)",
                                                               "--out", directory.path])
        #expect(result.status == 0, "\(result.stderr)")
        let plans = directory.appendingPathComponent("plans")
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: plans.path) {
            files[name] = try Data(contentsOf: plans.appendingPathComponent(name))
        }
        return files
    }

    @Test("deterministic from the seed; a smaller count gives the first plans of a larger one")
    func deterministic() throws {
        let directory = try Fixtures.temporaryDirectory("generator")
        defer { try? FileManager.default.removeItem(at: directory) }
        let first = try generate(count: 12, seed: 7, into: directory.appendingPathComponent("a"))
        let again = try generate(count: 12, seed: 7, into: directory.appendingPathComponent("b"))
        let fewer = try generate(count: 5, seed: 7, into: directory.appendingPathComponent("c"))
        let other = try generate(count: 12, seed: 8, into: directory.appendingPathComponent("d"))
        #expect(first.count == 12)
        #expect(first == again)
        #expect(fewer.allSatisfy { first[$0.key] == $0.value })
        #expect(first != other)
    }

    @Test("every generated plan validates cleanly and has the seed's shape")
    func validAndShaped() throws {
        let directory = try Fixtures.temporaryDirectory("generator")
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try generate(count: 25, seed: 3, into: directory)
        let validate = try BinaryRunner.run(["validate", "plans"], in: directory)
        #expect(validate.status == 0, "\(validate.stdout)")
        #expect(validate.stdout.contains("25 plan files checked, no problems"))

        let status = try BinaryRunner.run(["status", "plans", "--as-of", "2021-03-31", "--format", "json"], in: directory)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any])
        let plans = try #require(json["plans"] as? [[String: Any]])
        #expect(plans.count == 25)
        for plan in plans {
            let measures = try #require(plan["measures"] as? [[String: Any]])
            #expect((6...12).contains(measures.count))
            for measure in measures {
                #expect((2...5).contains((measure["steps"] as? [Any])?.count ?? 0))
            }
            #expect((plan["by_indicator"] as? [Any])?.count == 10)
            let completion = try #require(plan["completion"] as? [String: Any])
            #expect((completion["done"] as? Int ?? 0) > 0, "plans carry progress records")
        }
    }

    @Test("bad arguments to the generator and the harness are clear errors, before any work")
    func badArguments() throws {
        let generator = Fixtures.root.appendingPathComponent("bench/generate-plans.py").path
        let zero = try ProcessRunner.run(command: "python3", [generator, "--count", "0", "--out", "/tmp/unused"])
        #expect(zero.status == 2)
        #expect(zero.stderr.contains("--count must be at least 1"))
        let notAFolder = try ProcessRunner.run(command: "python3", [generator, "--count", "1", "--out", "/dev/null/x"])
        #expect(notAFolder.status == 1)
        #expect(notAFolder.stderr.contains("cannot write /dev/null/x: Not a directory"))
        #expect(!notAFolder.stderr.contains("Traceback"))

        let harness = Fixtures.root.appendingPathComponent("bench/run").path
        let one = try ProcessRunner.run(command: "python3", [harness, "--no-build", "--count", "1"])
        #expect(one.status == 2)
        #expect(one.stderr.contains("--count must be at least 2"))
        let report = try ProcessRunner.run(command: "python3", [harness, "--no-build", "--results", "/no/such/folder/r.md"])
        #expect(report.status == 2)
        #expect(report.stderr.contains("cannot write the report to /no/such/folder/r.md"))
    }
}
