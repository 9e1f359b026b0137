import Foundation

/// Data compiled into itaplan (scoring models, schemas, templates, the CI
/// files `init` writes): the EmbedResources build plugin turns the files of a
/// target's folders into a generated `EmbeddedFiles.base64`, and each module
/// wraps its own table in one of these. Nothing is read from disk, so a
/// copied binary works from any folder.
public struct EmbeddedResources: Sendable {
    private let base64: [String: String]

    /// `base64`: each file's name (a path such as `ita-years/2567.json`) and
    /// its bytes in base64, as the plugin generates them.
    public init(base64: [String: String]) {
        self.base64 = base64
    }

    /// Every name, sorted.
    public var names: [String] { base64.keys.sorted() }

    /// The names under a folder (`"ita-years"` gives `ita-years/…`), sorted.
    public func names(under folder: String) -> [String] {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return names.filter { $0.hasPrefix(prefix) }
    }

    /// The bytes of a file; nil when this build has no such file.
    public func data(_ name: String) -> Data? {
        base64[name].flatMap { Data(base64Encoded: $0) }
    }

    /// ITAPlanCore's files: `ita-years/<year>.json` and `schema/*.schema.json`.
    public static let core = EmbeddedResources(base64: EmbeddedFiles.base64)
}
