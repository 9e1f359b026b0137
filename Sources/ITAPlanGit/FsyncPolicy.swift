import Foundation

/// Which files git flushes to disk before counting them written, read from
/// `core.fsync` as git 2.36+ reads it (libgit2 1.5 does not read it).
///
/// Unset, git's default applies: packs and their indexes are flushed, loose
/// objects and references are not. libgit2 can only flush everything in
/// the git folder or nothing (`GIT_OPT_ENABLE_FSYNC_GITDIR`), so it is
/// switched on when loose objects or references are asked for.
public struct FsyncPolicy: Sendable, Equatable {
    public var looseObjects = false
    public var packs = true
    public var references = false

    public init(looseObjects: Bool = false, packs: Bool = true, references: Bool = false) {
        self.looseObjects = looseObjects
        self.packs = packs
        self.references = references
    }

    /// `core.fsync`'s comma-separated components (`-name` removes one), and
    /// the older `core.fsyncObjectFiles`.
    public init(coreFsync: String?, fsyncObjectFiles: Bool = false) {
        var components: Set<String> = ["pack", "pack-metadata", "commit-graph"]
        if let coreFsync {
            for raw in coreFsync.split(separator: ",") {
                let item = raw.trimmingCharacters(in: .whitespaces).lowercased()
                let removing = item.hasPrefix("-")
                let name = removing ? String(item.dropFirst()) : item
                let named: Set<String>
                switch name {
                case "none": components = []; continue
                case "objects": named = ["loose-object", "pack"]
                case "derived-metadata": named = ["pack-metadata", "commit-graph"]
                case "committed": named = ["loose-object", "pack", "reference"]
                case "added": named = ["loose-object", "pack", "reference", "index"]
                case "all": named = ["loose-object", "pack", "pack-metadata", "commit-graph", "index", "reference"]
                default: named = [name]
                }
                if removing { components.subtract(named) } else { components.formUnion(named) }
            }
        }
        if fsyncObjectFiles { components.insert("loose-object") }
        self.init(looseObjects: components.contains("loose-object"), packs: components.contains("pack"),
                  references: components.contains("reference"))
    }

    /// Whether libgit2's all-or-nothing flush of the git folder is needed.
    public var flushesGitDirectory: Bool { looseObjects || references }
}
