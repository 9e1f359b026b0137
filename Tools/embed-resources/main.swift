// The tool behind the EmbedResources build plugin (Plugins/EmbedResources).
// It writes Swift sources, so that the data itaplan ships lives inside the
// executable and a copied binary needs no folder beside it.
//
//   embed-resources files OUTPUT.swift NAME FILE [NAME FILE ...]
//       an enum EmbeddedFiles whose `base64` maps each NAME to FILE's bytes,
//       base64-encoded (exact bytes: no line-ending or escaping questions,
//       and a string literal compiles fast where an array of numbers does not);
//   embed-resources version OUTPUT.swift DESCRIBED
//       an enum GeneratedVersion whose `text` is the version that DESCRIBED,
//       the output of `git describe --tags --match 'v[0-9]*' --dirty --always`
//       ("" without git), stands for (`version(describing:)`);
//   embed-resources version-git OUTPUT.swift ROOT
//       the same, running that `git describe` in ROOT itself, when the build
//       runs (the plugin names git's HEAD, reflog, index and refs as the
//       command's inputs, so a commit or tag re-runs it without a re-plan);
//   embed-resources version-exact OUTPUT.swift VERSION
//       the same with VERSION as it is (ITAPLAN_VERSION);
//   embed-resources version-of DESCRIBED
//       prints that version (for the tests).
import Foundation

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("embed-resources: \(message)\n".utf8))
    exit(1)
}

/// A Swift string literal for any text: quotes, backslashes and control
/// characters escaped.
func literal(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case _ where scalar.value < 0x20 || scalar.value == 0x7F:
            out += "\\u{\(String(scalar.value, radix: 16))}"
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out + "\""
}

/// Writes only when the text changed, so that an unchanged resource set does
/// not make the module compile again.
func write(_ text: String, to path: String) {
    let data = Data(text.utf8)
    if FileManager.default.contents(atPath: path) == data { return }
    do {
        try data.write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
        fail("cannot write \(path): \(error)")
    }
}

/// The version `git describe` output stands for, in a form that is also a
/// valid Debian version:
///   v1.2.0                        1.2.0
///   v1.2.0-3-gabc1234             1.2.0+3.gabc1234   (3 commits after the tag)
///   abc1234 (no tag yet)          0.0.0+gabc1234
///   …-dirty (uncommitted changes) .dirty after the + part: 1.2.0+dirty, 0.0.0+gabc1234.dirty
///   v1.3.0-rc1                    1.3.0~rc1          (sorts before 1.3.0, as Debian wants)
///   "" (no git, not a checkout)   0.0.0+nogit
func version(describing described: String) -> String {
    var parts = described.split(separator: "-").map(String.init)
    guard !parts.isEmpty else { return "0.0.0+nogit" }
    let dirty = parts.count > 1 && parts.last == "dirty"
    if dirty { parts.removeLast() }
    var release: String
    var local: [String] = []
    if parts.count >= 3, let hash = parts.last, hash.hasPrefix("g"), Int(parts[parts.count - 2]) != nil {
        release = parts.dropLast(2).joined(separator: "~")
        local = [parts[parts.count - 2], hash]
    } else if parts[0].hasPrefix("v") {
        release = parts.joined(separator: "~")
    } else {
        // `--always` with no tag: the abbreviated commit alone.
        release = "v0.0.0"
        local = ["g" + parts.joined()]
    }
    release.removeFirst()
    if dirty { local.append("dirty") }
    return local.isEmpty ? release : release + "+" + local.joined(separator: ".")
}

/// `git describe` on tags `v<version>` in `root`; "" without git.
func describe(in root: String) -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git", "-C", root, "describe", "--tags", "--match", "v[0-9]*", "--dirty", "--always", "--abbrev=7"]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return "" }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return "" }
    return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
}

var arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "version-of", arguments.count == 2 {
    print(version(describing: arguments[1]))
    exit(0)
}
guard arguments.count >= 2 else { fail("usage: embed-resources files|version|version-exact OUTPUT ... | version-of DESCRIBED") }
let mode = arguments.removeFirst()
let output = arguments.removeFirst()

switch mode {
case "files":
    guard arguments.count % 2 == 0 else { fail("files: NAME FILE pairs expected") }
    var entries: [(String, String)] = []
    for index in stride(from: 0, to: arguments.count, by: 2) {
        let (name, file) = (arguments[index], arguments[index + 1])
        guard let data = FileManager.default.contents(atPath: file) else { fail("cannot read \(file)") }
        entries.append((name, data.base64EncodedString()))
    }
    entries.sort { $0.0 < $1.0 }
    var text = """
        // Generated by the EmbedResources build plugin; do not edit.
        // The files it lists are compiled into the executable.

        enum EmbeddedFiles {
            /// Each file's name (its path under the embedded folder) and its bytes in base64.
            static let base64: [String: String] = [

        """
    for (name, base64) in entries {
        text += "        \(literal(name)): \(literal(base64)),\n"
    }
    if entries.isEmpty { text += "        :\n" }
    text += "    ]\n}\n"
    write(text, to: output)
case "version", "version-exact", "version-git":
    guard arguments.count == 1 else { fail("\(mode): one argument after OUTPUT expected") }
    let text = switch mode {
    case "version": version(describing: arguments[0])
    case "version-git": version(describing: describe(in: arguments[0]))
    default: arguments[0]
    }
    write("""
        // Generated by the EmbedResources build plugin from `git describe`; do not edit.

        enum GeneratedVersion {
            static let text = \(literal(text))
        }

        """, to: output)
default:
    fail("unknown mode \(mode)")
}
