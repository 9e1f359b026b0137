/// Something wrong with a file as YAML, found before any plan rule runs.
public struct YAMLProblem: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// The parser stopped: libyaml's own words, and what it was reading.
        case syntax(problem: String, context: String?)
        case tooLarge(bytes: Int, limit: Int)
        case binary
        case invalidUTF8(byte: UInt8)
        case otherEncoding(name: String)
        case depthLimit(limit: Int)
        case aliasLimit(limit: Int)
        case undefinedAlias(name: String)
        /// A key written twice in one mapping; `related` is the first one.
        case duplicateKey(key: String)
        /// A key that is a list or a mapping.
        case complexKey
        case multipleDocuments
    }

    public var kind: Kind
    public var location: SourceLocation
    /// A second place the problem involves (the first occurrence of a duplicate key).
    public var related: SourceLocation?

    public init(_ kind: Kind, at location: SourceLocation, related: SourceLocation? = nil) {
        self.kind = kind
        self.location = location
        self.related = related
    }

    /// Whether the file could not be read into a tree at all.
    public var isFatal: Bool {
        switch kind {
        case .duplicateKey, .complexKey, .undefinedAlias: return false
        default: return true
        }
    }
}
