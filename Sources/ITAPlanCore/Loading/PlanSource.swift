import ITAPlanYAML

/// A plan file's bytes and the path to show for it.
public struct PlanSource: Sendable {
    /// The path as the user should see it (relative to where they ran the
    /// command, or to the repository root for staged files).
    public let path: String
    public let text: SourceText
    /// The file's size; larger than `text` only when it was too large to read.
    public let size: Int

    public init(path: String, text: SourceText, size: Int? = nil) {
        self.path = path
        self.text = text
        self.size = size ?? text.bytes.count
    }

    public init(path: String, contents: String) {
        self.init(path: path, text: SourceText(contents))
    }
}
