import ITAPlanCore

/// The install-itaplan action that `init` writes installs a pinned itaplan
/// release: the one that ran `init`. This repository's own action.yml
/// carries a marker line in its place (this repository builds from source).
enum InstallAction {
    /// Its name among the embedded files.
    static let actionFile = "github/actions/install-itaplan/action.yml"
    /// The line of action.yml that names the pinned release.
    static let marker = "ITAPLAN_PINNED_VERSION: unreleased"

    /// `text` with the marker line naming `version`. A version with any
    /// character a Debian version cannot have (only a hand-set
    /// ITAPLAN_VERSION at build time could give one) leaves the marker, and
    /// the action then says that no release is pinned.
    static func pinning(_ version: String, in text: String) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.+~")
        guard !version.isEmpty, version.allSatisfy(allowed.contains), version.first?.isNumber == true else {
            return text
        }
        return text.replacingOccurrences(of: marker, with: "ITAPLAN_PINNED_VERSION: \"\(version)\"")
    }
}

extension EmbeddedResources {
    /// ITAPlanSetup's files: `github/…`, from this repository's .github.
    static let setup = EmbeddedResources(base64: EmbeddedFiles.base64)
}
