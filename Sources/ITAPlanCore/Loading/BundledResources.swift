import Foundation

/// Finds the data shipped with itaplan (scoring models, schema, templates).
///
/// SwiftPM's generated `Bundle.module` stops the process when the bundle is
/// missing; this looks in the same places and throws a clear error instead.
public enum BundledResources {
    static let bundleName = "itaplan_ITAPlanCore.resources"

    public static func directory() throws -> URL {
        var candidates: [URL] = [
            // Next to the executable or test bundle, as `swift build` lays it out.
            Bundle.main.bundleURL.appendingPathComponent(bundleName).appendingPathComponent("Resources"),
        ]
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            candidates.append(executable.deletingLastPathComponent()
                .appendingPathComponent(bundleName).appendingPathComponent("Resources"))
        }
        // The source tree this build came from, for tools run from a checkout.
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Resources"))
        for candidate in candidates where FileManager.default.fileExists(atPath: candidate.path) {
            return candidate
        }
        throw ITAPlanError.resourcesMissing(searched: candidates.map(\.path))
    }
}
