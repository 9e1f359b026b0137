// Compiles itaplan's data into the executable, so a copied `itaplan` needs
// no resource folder beside it and never falls back to the source tree.
//
// For each target named in `embedded`, every regular file found in its
// folders when the build is planned becomes an entry of a generated
// `EmbeddedFiles.base64` (see Tools/embed-resources). A file added to,
// changed in or removed from one of those folders is picked up by the next
// `swift build`, with no list to keep.
//
// For ITAPlanCore it also generates `GeneratedVersion.text` from
// `git describe` (see `versionArguments(of:output:)`), which
// `ITAPlanVersion.current` returns.
import Foundation
import PackagePlugin

@main
struct EmbedResources: BuildToolPlugin {
    /// What each target embeds: a file or folder of the package, and the name
    /// it has inside the binary ("": a folder's files keep their paths inside
    /// it, so `Resources/ita-years/2567.json` is `ita-years/2567.json`, and a
    /// new subfolder of Resources is embedded too).
    static let embedded: [String: [(path: String, name: String)]] = [
        "ITAPlanCore": [
            ("Sources/ITAPlanCore/Resources", ""),
            ("schema", "schema"),
        ],
        "ITAPlanReport": [
            ("Sources/ITAPlanReport/Resources", ""),
        ],
        // The CI files of a plan repository exist once, in this repository's
        // own .github, which runs them on the plan in plans/; `itaplan init`
        // writes these copies.
        "ITAPlanSetup": [
            (".github/actions/install-itaplan", "github/actions/install-itaplan"),
            (".github/workflows/plans-pr.yml", "github/workflows/plans-pr.yml"),
            (".github/workflows/plans-main.yml", "github/workflows/plans-main.yml"),
        ],
    ]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let sources = Self.embedded[target.name] else {
            Diagnostics.error("EmbedResources: no embedded files are declared for target \(target.name)")
            return []
        }
        let root = context.package.directoryURL
        let tool = try context.tool(named: "embed-resources").url
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedFiles.swift")
        var arguments = ["files", output.path]
        var inputs: [URL] = []
        for source in sources {
            for (file, name) in try Self.files(at: root.appendingPathComponent(source.path), named: source.name) {
                arguments += [name, file.path]
                inputs.append(file)
            }
        }
        var commands: [Command] = [
            .buildCommand(displayName: "Embedding \(inputs.count) files in \(target.name)",
                          executable: tool, arguments: arguments, inputFiles: inputs, outputFiles: [output]),
        ]
        if target.name == "ITAPlanCore" {
            let versionFile = context.pluginWorkDirectoryURL.appendingPathComponent("GeneratedVersion.swift")
            let arguments = Self.versionArguments(of: root, output: versionFile)
            // The tool asks git when the build runs; git's files that a
            // commit, a tag, a checkout or `git add` change are the inputs,
            // so SwiftPM runs it again then, without planning anew.
            commands.append(.buildCommand(displayName: "Recording the itaplan version (git describe)",
                                          executable: tool, arguments: arguments,
                                          inputFiles: Self.versionInputs(of: root), outputFiles: [versionFile]))
        }
        return commands
    }

    /// The regular files at `url` (the file itself, or those under the
    /// folder, hidden ones skipped), each with its name inside the binary.
    static func files(at url: URL, named name: String) throws -> [(URL, String)] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw PluginError("EmbedResources: \(url.path) does not exist")
        }
        guard isDirectory.boolValue else { return [(url, name.isEmpty ? url.lastPathComponent : name)] }
        guard let enumerator = FileManager.default.enumerator(
            at: url, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else { return [] }
        var files: [(URL, String)] = []
        let base = url.standardizedFileURL.pathComponents.count
        for case let file as URL in enumerator
        where (try? file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            let relative = file.standardizedFileURL.pathComponents.dropFirst(base).joined(separator: "/")
            files.append((file, name.isEmpty ? relative : name + "/" + relative))
        }
        return files.sorted { $0.1 < $1.1 }
    }

    /// The arguments of the tool's version mode: `git describe` on tags
    /// `v<version>`, which the tool turns into a Debian-valid version
    /// (Tools/embed-resources, `version(describing:)`), or "" for a tree
    /// without git. ITAPLAN_VERSION in the environment names the version
    /// instead (a build from a source tarball of a release).
    static func versionArguments(of root: URL, output: URL) -> [String] {
        if let forced = ProcessInfo.processInfo.environment["ITAPLAN_VERSION"], !forced.isEmpty {
            return ["version-exact", output.path, forced]
        }
        return ["version-git", output.path, root.path]
    }

    /// git's files that change when the version may: HEAD and its reflog
    /// (every commit, checkout and reset appends to it), the branch's ref,
    /// the index (dirty or not), packed refs and the tags folder. Only those
    /// that exist; none outside a repository.
    static func versionInputs(of root: URL) -> [URL] {
        guard let gitDirectory = git(["rev-parse", "--absolute-git-dir"], in: root),
              let common = git(["rev-parse", "--path-format=absolute", "--git-common-dir"], in: root) else { return [] }
        let own = URL(fileURLWithPath: gitDirectory)
        let shared = URL(fileURLWithPath: common)
        var inputs = [own.appendingPathComponent("HEAD"), own.appendingPathComponent("logs/HEAD"),
                      own.appendingPathComponent("index"), shared.appendingPathComponent("packed-refs"),
                      shared.appendingPathComponent("refs/tags")]
        if let branch = git(["symbolic-ref", "-q", "HEAD"], in: root) {
            inputs.append(shared.appendingPathComponent(branch))
        }
        return inputs.filter { FileManager.default.fileExists(atPath: $0.path) }
    }

    static func git(_ arguments: [String], in directory: URL) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", directory.path] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }
}

struct PluginError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
