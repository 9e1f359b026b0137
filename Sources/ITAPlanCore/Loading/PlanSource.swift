import ITAPlanYAML

/// A plan file's bytes and the path to show for it.
public struct PlanSource: Sendable {
    /// The path as the user should see it (relative to where they ran the
    /// command, or to the repository root for staged files).
    public let path: String
    public let text: SourceText
    /// The file's size; larger than `text` only when it was too large to read.
    public let size: Int
    /// Why the file's content was deliberately not read, if it was not.
    public let problem: SourceProblem?

    public init(path: String, text: SourceText, size: Int? = nil, problem: SourceProblem? = nil) {
        self.path = path
        self.text = text
        self.size = size ?? text.bytes.count
        self.problem = problem
    }

    public init(path: String, contents: String) {
        self.init(path: path, text: SourceText(contents))
    }
}

/// A plan path whose content itaplan refuses to read: reading it could
/// block, or print a file the plan's author had no business showing.
public enum SourceProblem: Sendable, Hashable {
    /// A symbolic link that leads out of the repository (or, outside a
    /// repository, out of the folder the plan is in).
    case symbolicLinkOutside
    /// A symbolic link staged or committed in git: its blob is the path it
    /// points to, not a plan.
    case symbolicLinkInGit
    /// A FIFO, socket or device, named by kind.
    case notRegularFile(kind: String)
    /// A path the operating system refuses as too long (PATH_MAX).
    case pathTooLong
}
