/// A YAML node with its location, as written: scalars keep their text and
/// style, untyped. Typing is the reader's business, field by field, so that
/// `1.10` stays "1.10" where an id is meant and `no` stays text where text
/// is meant (YAML 1.1 would make them 1.1 and false).
public struct YAMLNode: Sendable {
    public enum Content: Sendable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        case mapping([Pair])
    }

    /// A key and its value, in the order written.
    public struct Pair: Sendable {
        public var key: YAMLNode
        public var value: YAMLNode

        public init(key: YAMLNode, value: YAMLNode) {
            self.key = key
            self.value = value
        }
    }

    public var content: Content
    public var location: SourceLocation
    /// Just past the node's last character: the end of a scalar's text (and
    /// closing quote), a flow collection's closing bracket, or a block
    /// collection's last entry. What an edit that adds text after a node
    /// needs; `location` is where it starts.
    public var end: SourceLocation
    /// Whether a sequence or mapping is written in flow style (`[a, b]`, `{k: v}`).
    public var isFlow: Bool
    /// An explicit tag (`!!str`, `!custom`), if one was written.
    public var tag: String?

    public init(_ content: Content, at location: SourceLocation, end: SourceLocation? = nil,
                isFlow: Bool = false, tag: String? = nil) {
        self.content = content
        self.location = location
        self.end = end ?? location
        self.isFlow = isFlow
        self.tag = tag
    }

    public var scalar: YAMLScalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    public var mapping: [Pair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// A plain `~`, `null` or nothing at all: the value was left out.
    public var isNull: Bool {
        guard let scalar, scalar.style == .plain, tag == nil else { return false }
        switch scalar.text {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }
}

/// A scalar's text exactly as the YAML parser delivers it, and how it was written.
public struct YAMLScalar: Sendable, Equatable {
    public enum Style: Sendable, Equatable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    public var text: String
    public var style: Style

    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }
}
