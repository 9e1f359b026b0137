import ITAPlanCore

/// The install-itaplan action that `init` writes installs a pinned itaplan
/// release: the one that ran `init`. This repository's own action.yml
/// carries a marker line in its place (this repository builds from source).
enum InstallAction {
    /// Its name among the embedded files.
    static let actionFile = "github/actions/install-itaplan/action.yml"
    /// The line of action.yml that names the pinned release.
    static let marker = "ITAPLAN_PINNED_VERSION: unreleased"

    /// Whether `version` names a release: a Debian version with no `+`
    /// (development builds are `0.0.0+g<commit>`, `….dirty`; docs/release.md),
    /// the same test install.sh makes.
    static func isRelease(_ version: String) -> Bool {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.~")
        return version.first?.isASCII == true && version.first?.isNumber == true && version.allSatisfy(allowed.contains)
    }

    /// `text` with the marker line naming `version` when it is a release.
    /// Any other version leaves the marker, and the action then says that no
    /// release is pinned and what to set.
    static func pinning(_ version: String, in text: String) -> String {
        guard isRelease(version) else { return text }
        return text.replacingOccurrences(of: marker, with: "ITAPLAN_PINNED_VERSION: \"\(version)\"")
    }
}

extension EmbeddedResources {
    /// ITAPlanSetup's files: `github/…`, from this repository's .github.
    static let setup = EmbeddedResources(base64: EmbeddedFiles.base64)
}
