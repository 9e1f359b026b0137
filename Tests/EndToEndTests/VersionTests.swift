import Foundation
import ITAPlanTestSupport
import Testing

/// The version comes from `git describe` at build time (Plugins/EmbedResources,
/// Tools/embed-resources); docs/release.md has the table this checks.
@Suite("The version from git")
struct VersionTests {
    static let tool = BinaryRunner.productsDirectory.appendingPathComponent("embed-resources")

    @Test("git describe output becomes a valid Debian version that sorts as releases do", arguments: [
        ("v1.2.0", "1.2.0"),
        ("v1.2.0-3-gabc1234", "1.2.0+3.gabc1234"),
        ("v1.2.0-dirty", "1.2.0+dirty"),
        ("v1.2.0-3-gabc1234-dirty", "1.2.0+3.gabc1234.dirty"),
        ("abc1234", "0.0.0+gabc1234"),
        ("abc1234-dirty", "0.0.0+gabc1234.dirty"),
        ("v1.3.0-rc1", "1.3.0~rc1"),
        ("v1.3.0-rc1-2-g0123abc", "1.3.0~rc1+2.g0123abc"),
        ("", "0.0.0+nogit"),
    ])
    func mapping(described: String, expected: String) throws {
        let result = try ProcessRunner.run(Self.tool, ["version-of", described])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == expected + "\n")
        // dpkg agrees that it is a version, and orders it after 1.0 and before 99.
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/dpkg") {
            let valid = try ProcessRunner.run(command: "dpkg", ["--compare-versions", expected, "gt", "0~"])
            #expect(valid.status == 0 && valid.stderr.isEmpty, "\(expected): \(valid.stderr)")
        }
    }

    @Test("the pre-release sorts before its release, and a later commit after it",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/dpkg"), "needs dpkg"))
    func ordering() throws {
        for (lower, higher) in [("1.3.0~rc1", "1.3.0"), ("1.2.0", "1.2.0+3.gabc1234"), ("0.0.0+gabc1234", "0.1.0")] {
            #expect(try ProcessRunner.run(command: "dpkg", ["--compare-versions", lower, "lt", higher]).status == 0,
                    "\(lower) < \(higher)")
        }
    }

    @Test("itaplan --version is what git describe says about this tree")
    func versionOfThisBuild() throws {
        let version = try BinaryRunner.run(["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let describe = try ProcessRunner.run(command: "git", [
            "-C", Fixtures.root.path, "describe", "--tags", "--match", "v[0-9]*", "--dirty", "--always", "--abbrev=7",
        ])
        let described = describe.status == 0 ? describe.stdout.trimmingCharacters(in: .whitespacesAndNewlines) : ""
        let expected = try ProcessRunner.run(Self.tool, ["version-of", described]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        // Uncommitted changes may come or go between the build and this test.
        func clean(_ text: String) -> String {
            text.replacingOccurrences(of: ".dirty", with: "").replacingOccurrences(of: "+dirty", with: "")
        }
        #expect(clean(version) == clean(expected))
        #expect(!version.isEmpty)
    }
}
