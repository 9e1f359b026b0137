import Foundation
import ITAPlanTestSupport
import Testing

/// The shell half of the install-itaplan action, run against a "release"
/// in a local folder reached through file:// (curl reads it as it reads
/// https://), with good, bad and missing checksums and a cache.
@Suite("install-itaplan: download, checksum, cache")
struct InstallScriptTests {
    static let script = Fixtures.root.appendingPathComponent(".github/actions/install-itaplan/install.sh")
    static let version = "0.9.0~rc1"
    static let deb = "itaplan_0.9.0~rc1_amd64.deb"

    /// A release folder holding a package and its SHA256SUMS, and an empty cache folder.
    struct Release {
        let folder: URL
        var files: URL { folder.appendingPathComponent("release") }
        var cache: URL { folder.appendingPathComponent("cache") }
        var url: String { "file://" + files.path }

        init(sums: (String) -> String = { "\($0)  \(InstallScriptTests.deb)\n" }) throws {
            folder = try Fixtures.temporaryDirectory("install-itaplan")
            try FileManager.default.createDirectory(at: files, withIntermediateDirectories: true)
            let package = Data("not really a package, but bytes with a known hash\n".utf8)
            try package.write(to: files.appendingPathComponent(InstallScriptTests.deb))
            let hash = try ProcessRunner.run(command: "sha256sum", [files.appendingPathComponent(InstallScriptTests.deb).path])
                .stdout.split(separator: " ")[0]
            try sums(String(hash)).write(to: files.appendingPathComponent("SHA256SUMS"), atomically: true, encoding: .utf8)
        }

        func download(_ extra: [String: String] = [:]) throws -> ProcessRunner.Output {
            var environment = ProcessInfo.processInfo.environment
            environment["RELEASE_URL"] = url
            for (key, value) in extra { environment[key] = value }
            return try ProcessRunner.run(command: "sh", [InstallScriptTests.script.path, "download",
                                                         InstallScriptTests.version, cache.path],
                                         in: folder, environment: environment)
        }

        var cachedPackage: Bool {
            FileManager.default.fileExists(atPath: cache.appendingPathComponent(InstallScriptTests.deb).path)
        }
    }

    @Test("a good checksum: downloaded, verified and kept in the cache, which a later run uses without the release")
    func goodChecksum() throws {
        let release = try Release()
        defer { try? FileManager.default.removeItem(at: release.folder) }
        let first = try release.download()
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("downloading \(release.url)/\(Self.deb)"))
        #expect(first.stdout.contains("verified"))
        #expect(release.cachedPackage)

        try FileManager.default.removeItem(at: release.files)
        let second = try release.download()
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("is in the cache"))
        #expect(!second.stdout.contains("downloading"))
    }

    @Test("a bad checksum in SHA256SUMS: refused, and nothing is kept")
    func badChecksum() throws {
        let release = try Release { _ in String(repeating: "0", count: 64) + "  \(Self.deb)\n" }
        defer { try? FileManager.default.removeItem(at: release.folder) }
        let result = try release.download()
        #expect(result.status == 1)
        #expect(result.stderr.contains("::error::\(Self.deb) has SHA-256 "))
        #expect(result.stderr.contains("but the release's SHA256SUMS says 0000"))
        #expect(!release.cachedPackage)
    }

    @Test("a pinned sha256 that the package does not have: refused even though SHA256SUMS agrees")
    func pinnedChecksumDiffers() throws {
        let release = try Release()
        defer { try? FileManager.default.removeItem(at: release.folder) }
        let result = try release.download(["EXPECTED_SHA256": String(repeating: "a", count: 64)])
        #expect(result.status == 1)
        #expect(result.stderr.contains("but the sha256 input pins aaaa"))
        #expect(!release.cachedPackage)
    }

    @Test("a cached package changed since it was verified: refused and removed")
    func tamperedCache() throws {
        let release = try Release()
        defer { try? FileManager.default.removeItem(at: release.folder) }
        #expect(try release.download().status == 0)
        try Data("tampered\n".utf8).write(to: release.cache.appendingPathComponent(Self.deb))
        let result = try release.download()
        #expect(result.status == 1)
        #expect(result.stderr.contains("SHA256SUMS says"))
        #expect(!release.cachedPackage)
    }

    @Test("SHA256SUMS with no line for the package, or a release that is not there: clear errors")
    func missingPieces() throws {
        let noLine = try Release { "\($0)  itaplan_0.9.0~rc1_amd64.deb.old\n" }
        defer { try? FileManager.default.removeItem(at: noLine.folder) }
        let result = try noLine.download()
        #expect(result.status == 1)
        #expect(result.stderr.contains("SHA256SUMS of release \(Self.version) has no line for \(Self.deb)"))

        try FileManager.default.removeItem(at: noLine.files.appendingPathComponent(Self.deb))
        let missing = try noLine.download()
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("cannot download \(noLine.url)/\(Self.deb)"))
        #expect(!noLine.cachedPackage)
    }

    @Test("plan: a pinned release installs the package; an unreleased pin says what to set; build-from-source builds")
    func plan() throws {
        let folder = try Fixtures.temporaryDirectory("install-plan")
        defer { try? FileManager.default.removeItem(at: folder) }
        func plan(_ environment: [String: String]) throws -> (ProcessRunner.Output, String) {
            let output = folder.appendingPathComponent("output-\(UUID().uuidString)")
            var env = ProcessInfo.processInfo.environment
            env["GITHUB_OUTPUT"] = output.path
            env["HOME"] = "/home/officer"
            for (key, value) in environment { env[key] = value }
            let result = try ProcessRunner.run(command: "sh", [Self.script.path, "plan"], in: folder, environment: env)
            return (result, (try? String(contentsOf: output, encoding: .utf8)) ?? "")
        }
        let (pinned, pinnedOutput) = try plan(["ITAPLAN_PINNED_VERSION": "0.9.0", "VERSION": ""])
        #expect(pinned.status == 0, "\(pinned.stderr)")
        #expect(pinnedOutput == "mode=release\nversion=0.9.0\ncache-dir=/home/officer/.cache/itaplan/0.9.0\n")

        let (chosen, chosenOutput) = try plan(["ITAPLAN_PINNED_VERSION": "0.9.0", "VERSION": "1.0.0"])
        #expect(chosen.status == 0)
        #expect(chosenOutput.contains("version=1.0.0\n"))
        let (tagged, taggedOutput) = try plan(["ITAPLAN_PINNED_VERSION": "0.9.0", "VERSION": "v1.0.0"])
        #expect(tagged.status == 0)
        #expect(taggedOutput.contains("version=1.0.0\n"))

        for bad in ["unreleased", "0.0.0+g1234567", "1.0; rm -rf /"] {
            let (result, output) = try plan(["ITAPLAN_PINNED_VERSION": bad, "VERSION": ""])
            #expect(result.status == 1, "\(bad)")
            #expect(result.stderr.contains("'\(bad)' is not a released version"))
            #expect(result.stderr.contains("ITAPLAN_VERSION"))
            #expect(output.isEmpty)
        }

        let (source, sourceOutput) = try plan(["ITAPLAN_PINNED_VERSION": "1.3.0~rc1", "BUILD_FROM_SOURCE": "true"])
        #expect(source.status == 0, "\(source.stderr)")
        #expect(sourceOutput == "mode=source\ndir=.itaplan-src\nref=v1.3.0-rc1\n")
    }
}
