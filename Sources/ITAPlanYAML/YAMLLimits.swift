/// Bounds that keep hostile YAML from costing more than a plan can be worth.
/// A real plan is tens of kilobytes, a few levels deep, with few aliases.
public struct YAMLLimits: Sendable, Equatable {
    /// Largest file read at all; larger ones are refused before parsing.
    public var maxBytes: Int
    /// Deepest nesting of mappings and sequences.
    public var maxDepth: Int
    /// Most nodes that aliases may add by repeating anchored nodes
    /// (a "billion laughs" file adds billions).
    public var maxAliasExpansion: Int

    public init(maxBytes: Int = 8 << 20, maxDepth: Int = 64, maxAliasExpansion: Int = 10_000) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion
    }

    public static let `default` = YAMLLimits()
}
