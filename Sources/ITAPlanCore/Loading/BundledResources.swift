import Foundation

/// Finds the data shipped with itaplan (scoring models, schema, templates).
///
/// SwiftPM's generated `Bundle.module` stops the process when the bundle is
/// missing; this looks in the same places and throws a clear error instead.
public enum BundledResources {
    /// The resources of ITAPlanCore.
    public static func directory() throws -> URL {
        try directory(bundle: "itaplan_ITAPlanCore.resources",
                      sourceResources: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                          .deletingLastPathComponent().appendingPathComponent("Resources"))
    }

    /// The `Resources` folder of a target's bundle `bundleName`, next to the
    /// executable as `swift build` lays it out, or in the source tree.
    public static func directory(bundle bundleName: String, sourceResources: URL) throws -> URL {
        var candidates: [URL] = [
            // Next to the executable or test bundle, as `swift build` lays it out.
            Bundle.main.bundleURL.appendingPathComponent(bundleName).appendingPathComponent("Resources"),
        ]
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            candidates.append(executable.deletingLastPathComponent()
                .appendingPathComponent(bundleName).appendingPathComponent("Resources"))
        }
        // The source tree this build came from, for tools run from a checkout.
        candidates.append(sourceResources)
        for candidate in candidates where FileManager.default.fileExists(atPath: candidate.path) {
            return candidate
        }
        throw ITAPlanError.resourcesMissing(searched: candidates.map(\.path))
    }
}
