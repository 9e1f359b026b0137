import Foundation
import ITAPlanCore
import ITAPlanGit

/// `record --commit`: the plan file committed alone, checked before
/// anything is written, since a file with uncommitted changes would take
/// them into a commit that claims to record one entry.
public struct PlanCommit {
    /// Why the plan cannot be committed as it is.
    public enum Refusal: LocalizedFailure, Equatable {
        case outsideRepository(path: String)
        case uncommittedChanges(path: String)

        /// A usage error (exit 2) rather than the plan's state (exit 1).
        public var isUsage: Bool { self == .outsideRepository(path: path) }

        var path: String {
            switch self {
            case .outsideRepository(let path), .uncommittedChanges(let path): path
            }
        }

        public func text(in language: Language) -> String {
            switch self {
            case .outsideRepository(let path): RecordMessage.outsideRepository(path: path).text(in: language)
            case .uncommittedChanges(let path): RecordMessage.uncommittedChanges(path: path).text(in: language)
            }
        }
    }

    let repository: GitRepository
    /// The file's path in the repository.
    public let relativePath: String

    /// The repository that holds `path`, when the file there is exactly
    /// `original` as committed (and as staged, if staged).
    public init(path: String, original: [UInt8]) throws {
        let folder = (path as NSString).deletingLastPathComponent
        repository = try GitRepository(discoveringFrom: folder.isEmpty ? "." : folder)
        guard let workTree = repository.workingDirectory.flatMap(Self.real), let file = Self.real(path),
              file.hasPrefix(workTree.hasSuffix("/") ? workTree : workTree + "/") else {
            throw Refusal.outsideRepository(path: path)
        }
        relativePath = String(file.dropFirst(workTree.hasSuffix("/") ? workTree.count : workTree.count + 1))
        let state = try repository.fileState(relativePath)
        let id = try ObjectID.hashing(original)
        guard state.inHead == id, state.inIndex == nil || state.inIndex == id else {
            throw Refusal.uncommittedChanges(path: path)
        }
    }

    /// Who the commit is made as: `signatures` asked, given the repository,
    /// before anything is written, so that an identity git cannot use stops
    /// the command with the file untouched.
    public func identity(_ signatures: (GitRepository) throws -> (author: Signature, committer: Signature))
        throws -> (author: Signature, committer: Signature) {
        try signatures(repository)
    }

    /// Commits `contents` as the file's new text, as `who`.
    public func commit(_ contents: [UInt8], message: String,
                       as who: (author: Signature, committer: Signature)) throws -> ObjectID {
        try repository.commitFile(relativePath, contents: contents, author: who.author, committer: who.committer,
                                  message: message)
    }

    private static func real(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
