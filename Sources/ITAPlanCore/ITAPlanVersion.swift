/// This build's version, shown by `itaplan --version` and recorded in every
/// audit snapshot so a later check knows which rules produced it.
public enum ITAPlanVersion {
    public static let current = "0.1.0"
}
