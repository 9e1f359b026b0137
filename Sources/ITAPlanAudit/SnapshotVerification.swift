import ITAPlanCore
import ITAPlanGit

/// The result of checking one snapshot.
public struct SnapshotVerification: Sendable {
    /// Why a commit on the snapshot ref is no snapshot of itaplan's.
    public enum NotASnapshot: Sendable, Equatable, CaseIterable {
        /// A file every snapshot holds is not there (or is a folder).
        case fileMissing(String)
        case metadataUnreadable
        /// `snapshot.json` names another format, or a version this itaplan does not know.
        case otherFormat(format: String, version: Int)
        case plansDirectoryOutside

        public static let allCases: [NotASnapshot] = [
            .fileMissing("snapshot.json"), .metadataUnreadable, .otherFormat(format: "other", version: 9), .plansDirectoryOutside,
        ]

        public func text(in language: Language) -> String {
            let th = language == .thai
            switch self {
            case .fileMissing(let name):
                return th ? "ไม่มี \(name)" : "\(name) is missing"
            case .metadataUnreadable:
                return th ? "ไม่มี snapshot.json หรืออ่านไม่ได้" : "snapshot.json is missing or unreadable"
            case .otherFormat(let format, let version):
                let known = "\(SnapshotMetadata.formatName) 1–\(SnapshotMetadata.formatVersion)"
                return th ? "snapshot.json เป็น \(format) รุ่น \(version) ไม่ใช่ \(known)"
                          : "snapshot.json is \(format) version \(version), not \(known)"
            case .plansDirectoryOutside:
                return th ? "plans_directory ของ snapshot ไม่ใช่โฟลเดอร์ภายใน snapshot"
                          : "its plans_directory is not a folder path inside the snapshot"
            }
        }
    }

    public enum Problem: Error, Sendable, Equatable {
        case notASnapshot(reason: NotASnapshot)
        case sourceMissing(commit: String)
        /// The snapshot's plans are not the source commit's.
        case plansDiffer(paths: [String])
        /// Stored files (or the commit message) whose content differs from a
        /// recomputation; `version` is the itaplan that says it made them.
        case contentDiffers(files: [String], version: String)
        /// Files a snapshot never holds.
        case unexpectedFiles(paths: [String])
        /// The commit's parents are not a snapshot's.
        case wrongParents(expected: String)
        /// `snapshot.json`'s place in the chain disagrees with the commit's parents.
        case chainBroken(expectedSequence: Int, sequence: Int?, expectedPrevious: String?, previous: String?)
        /// A lower snapshot format than a snapshot before it (`after`, the
        /// newest of format `from`): a format-1 snapshot skips the source
        /// parent, sequence and previous checks, so a chain never goes back to it.
        case formatDowngrade(from: Int, to: Int, after: String)
        /// Dates that go backwards from the previous snapshot (`as_of`, `committed`).
        case outOfOrder(field: String, previous: String, this: String)
        /// The source commit is no longer in the branch's history.
        case historyRewritten(source: String, branch: String, changes: [RecordChange])
        case unsigned
        case badSignature(String)
        case unlistedSigner(String)
    }

    /// What verify says without failing.
    public enum Note: Sendable, Equatable {
        /// Differences from this version's recomputation, accepted because
        /// the user named the version that made the snapshot.
        case acceptedVersion(version: String, files: [String])
        case signedBy(principal: String)
        /// Signed, but no allowed-signers file to check it against.
        case signatureNotChecked
        /// A format-1 snapshot: its source commit is not kept as a parent.
        case sourceNotKept
        /// Stored bundled models an earlier itaplan shipped, since corrected:
        /// the snapshot was computed, and is recomputed, with those.
        case earlierBundledModels(files: [String])
        /// The status of a day after the check: made with `--projection`
        /// (`marked`), or by an itaplan that did not refuse such a day.
        case projection(asOf: String, checkedOn: String, marked: Bool)
    }

    public let id: ObjectID
    public let metadata: SnapshotMetadata?
    public let problems: [Problem]
    public let notes: [Note]

    public var isValid: Bool { problems.isEmpty }
}

/// A progress record whose reading changed when history was rewritten, as
/// of the snapshot's day.
public struct RecordChange: Sendable, Equatable {
    public let path: String
    public let measure: String
    public let step: String
    public let period: String
    public let before: ItemState
    public let doneBefore: CivilDate?
    /// Nil when the record (or its step) is gone.
    public let after: ItemState?
    public let doneAfter: CivilDate?
    public var vanished: Bool { after == nil }
}

/// The whole chain: each snapshot, and what the ref's reflog says.
public struct ChainVerification: Sendable {
    public enum Problem: Sendable, Equatable {
        /// The reflog says the ref pointed at a commit no longer in the chain.
        case leftChain(commit: String)
        /// The ref is not where its reflog last moved it.
        case refMovedWithoutLog(reflog: String, reference: String)
        /// A shallow clone: these snapshots' source commits were cut off, so
        /// their plans cannot be checked against them. Said once for the chain.
        case shallowClone(snapshots: [String])
    }

    /// Newest first.
    public let snapshots: [SnapshotVerification]
    public let problems: [Problem]

    public var isValid: Bool { problems.isEmpty && snapshots.allSatisfy(\.isValid) }
}
