/// This build's version, shown by `itaplan --version` and recorded in every
/// audit snapshot so a later check knows which rules produced it.
///
/// It comes from `git describe` when the package is built (see
/// Plugins/EmbedResources): `1.2.0` on the tag `v1.2.0`, `1.2.0+3.gabc1234`
/// three commits later, `0.0.0+gabc1234` before any tag, `.dirty` added for
/// uncommitted changes, and `0.0.0+nogit` for a source tree without git.
/// docs/release.md says how a release is tagged.
public enum ITAPlanVersion {
    public static let current = GeneratedVersion.text
}
