import Foundation
import ITAPlanCore
import ITAPlanGit
import ITAPlanReport

/// Signs a commit's text as `git commit -S` does, giving the armored signature.
public protocol CommitSigning {
    func sign(_ commitText: String) throws -> String
}

/// Writes audit-trail snapshots: a commit on a dedicated ref whose tree holds
/// the status, the findings, a Markdown summary, the plans exactly as
/// committed, and `snapshot.json`; its first parent is the previous
/// snapshot and its second the source commit, so the attested history stays
/// reachable (the first snapshot's only parent is its source commit).
public struct SnapshotWriter {
    public static let defaultReference = "refs/itaplan/snapshots"

    public struct Request {
        public var revision: String
        public var asOf: CivilDate
        /// The day the plans are checked on (today, from the caller's clock).
        public var checkedOn: CivilDate
        public var plansDirectory: String
        public var reference: String
        public var summaryLanguage: Language
        public var author: Signature
        public var committer: Signature
        /// Signs the snapshot commit when set.
        public var signer: CommitSigning?
        /// Allows an `asOf` after `checkedOn`, and marks the snapshot a projection.
        public var projection = false

        public init(revision: String = "HEAD", asOf: CivilDate, checkedOn: CivilDate, plansDirectory: String = "plans",
                    reference: String = SnapshotWriter.defaultReference, summaryLanguage: Language = .thai,
                    author: Signature, committer: Signature, signer: CommitSigning? = nil, projection: Bool = false) {
            self.signer = signer
            self.projection = projection
            self.revision = revision
            self.asOf = asOf
            self.checkedOn = checkedOn
            self.plansDirectory = plansDirectory
            self.reference = reference
            self.summaryLanguage = summaryLanguage
            self.author = author
            self.committer = committer
        }
    }

    public enum Outcome: Sendable, Equatable {
        case created(ObjectID)
        /// Identical in content to the latest snapshot, which is kept.
        case unchanged(ObjectID)
    }

    /// What `itaplan snapshot` tells the user besides the snapshot's id.
    public enum Note: Sendable, Equatable, CaseIterable {
        /// The plans have errors; they are recorded in the snapshot's findings.json.
        case planErrors(Int)
        /// Nothing changed since the latest snapshot; none was made.
        case unchanged

        public static let allCases: [Note] = [.planErrors(3), .unchanged]

        public func text(in language: Language) -> String {
            let th = language == .thai
            switch self {
            case .planErrors(let count):
                return th ? "คำเตือน: แผนมีข้อผิดพลาด \(count) รายการ (บันทึกไว้ใน findings.json ของ snapshot)"
                          : "warning: the plans have \(count) error(s), recorded in the snapshot's findings.json"
            case .unchanged:
                return th ? "เนื้อหาเหมือน snapshot ล่าสุด ไม่ได้สร้างใหม่" : "unchanged since the last snapshot; skipped"
            }
        }
    }

    public enum Failure: LocalizedFailure, Sendable, Equatable {
        case noPlans(directory: String, commit: ObjectID)
        /// The ref stayed locked or contended through every retry.
        case contended(reference: String, attempts: Int)
        /// The latest snapshot is as of a later day: the chain goes forward in time.
        case asOfBeforeLatest(asOf: CivilDate, latest: String, snapshot: ObjectID)
        /// The plans folder cannot sit in a snapshot's tree under that name.
        case badPlansDirectory(String)
        /// `--ref` names a branch, a tag, a remote-tracking branch or HEAD, or
        /// is not a full ref name: snapshots would be committed onto it.
        case badReference(String)

        public func text(in language: Language) -> String {
            let th = language == .thai
            switch self {
            case .noPlans(let directory, let commit):
                return th ? "ไม่มีไฟล์แผนใน \(directory)/ ของ commit \(commit.short)"
                          : "no plan files in \(directory)/ at commit \(commit.short)"
            case .contended(let reference, let attempts):
                return th
                    ? "ย้าย \(reference) ไม่สำเร็จหลังลอง \(attempts) ครั้ง ถ้าไม่มี itaplan หรือ git อื่นทำงานอยู่ ให้ลบไฟล์ \(reference).lock ใน .git"
                    : "could not move \(reference) after \(attempts) attempts; if no other itaplan or git is running, remove \(reference).lock in the git folder"
            case .asOfBeforeLatest(let asOf, let latest, let snapshot):
                return th
                    ? "snapshot ล่าสุด (\(snapshot.short)) เป็นข้อมูล ณ \(latest) ซึ่งหลัง \(asOf): สายหลักฐานเดินหน้าตามเวลาเท่านั้น"
                    : "the latest snapshot (\(snapshot.short)) is as of \(latest), after \(asOf): the audit trail only goes forward in time"
            case .badReference(let reference):
                return th
                    ? "--ref \"\(reference)\" ใช้ไม่ได้: snapshot เก็บใน ref ของตัวเอง เช่น refs/itaplan/snapshots ไม่ใช่ branch, tag หรือ HEAD (มิฉะนั้น snapshot จะถูก commit ทับ branch นั้น)"
                    : "--ref \"\(reference)\" cannot be used: snapshots keep a ref of their own, such as refs/itaplan/snapshots, not a branch, tag or HEAD (they would be committed onto it)"
            case .badPlansDirectory(let directory):
                return th
                    ? "--plans-dir \"\(directory)\" ใช้ไม่ได้: ต้องเป็นโฟลเดอร์ใน repository (เช่น plans) ไม่ใช่ status, ita-years หรือชื่อไฟล์ของ snapshot"
                    : "--plans-dir \"\(directory)\" cannot be used: it must be a folder in the repository (such as plans), not status, ita-years or a snapshot file's name"
            }
        }
    }

    /// A full ref name (`refs/…`) outside branches, tags and remote-tracking
    /// branches: where snapshots may be committed without moving anything a
    /// user commits to. libgit2 checks the rest of the name's syntax.
    public static func isSnapshotReference(_ name: String) -> Bool {
        name.hasPrefix("refs/") && name.count > 5
            && !["refs/heads/", "refs/tags/", "refs/remotes/"].contains { name.hasPrefix($0) }
    }

    /// An as-of day after the day of the check, without `--projection`: the
    /// audit trail records what was so, and a day to come is not yet.
    public struct FutureAsOf: Error, Sendable, Equatable {
        public let asOf: CivilDate
        public let today: CivilDate

        public init(asOf: CivilDate, today: CivilDate) {
            self.asOf = asOf
            self.today = today
        }

        public func text(in language: Language) -> String {
            let dates = DateText(language: language)
            return language == .thai
                ? "--as-of \(dates.day(asOf)) ยังมาไม่ถึง (วันนี้ \(dates.day(today))): สายหลักฐานบันทึกสิ่งที่เป็นแล้วเท่านั้น"
                  + " ถ้าต้องการคาดการณ์สถานะของวันข้างหน้า ให้ใส่ --projection แล้ว snapshot จะถูกทำเครื่องหมายว่าเป็นการคาดการณ์"
                : "--as-of \(dates.day(asOf)) is after today (\(dates.day(today))): the audit trail records what has happened;"
                  + " to project a day still to come, add --projection and the snapshot is marked a projection"
        }
    }

    let repository: GitRepository
    let catalog: ITAYearCatalog
    /// How many times to retry a compare-and-swap that lost a race.
    var maxAttempts = 200

    /// How many threads compute and compress the status files, each with its own repository handle.
    let workers: Int

    /// `workers`: the caller's core count (the library does not ask the machine).
    public init(repository: GitRepository, catalog: ITAYearCatalog, workers: Int = 2) {
        self.repository = repository
        self.catalog = catalog
        self.workers = max(1, workers)
    }

    /// The snapshot's id and how it went; also how many plans had errors.
    public func write(_ request: Request) throws -> (outcome: Outcome, planErrors: Int) {
        guard SnapshotVerifier.isFolderPath(request.plansDirectory) else {
            throw Failure.badPlansDirectory(request.plansDirectory)
        }
        guard Self.isSnapshotReference(request.reference) else { throw Failure.badReference(request.reference) }
        let projection = request.asOf > request.checkedOn
        if projection, !request.projection { throw FutureAsOf(asOf: request.asOf, today: request.checkedOn) }
        let source = try repository.resolveCommit(request.revision)
        let plans = try RepositoryPlans.committedFiles(in: repository, commit: source, directory: request.plansDirectory)
        guard let plansTree = plans.tree, !plans.files.isEmpty else {
            throw Failure.noPlans(directory: request.plansDirectory, commit: source)
        }
        // The source commit's own ita-years/ decides, and is stored with the snapshot.
        let catalog = try SnapshotYearModels.catalog(self.catalog, committedAt: source, in: repository)
        let writers = try WorkerRepositories(opening: repository, count: workers)
        // Everything new goes into packs, never a loose file: the status files
        // into one, written on every core; the trees, snapshot.json and the
        // commit, made by libgit2 in memory, into a small one per attempt.
        // A writer killed at any moment leaves only locked temporary packs,
        // which the next writer removes.
        let memory = try GitRepository(discoveringFrom: repository.gitDirectory)
        try memory.writeObjectsInMemory()
        let pack = try PackWriter(repository: repository)
        defer { pack.discard() }
        let content = try SnapshotContent(plans: plans.files, repositories: writers, asOf: request.asOf,
                                          checkedOn: request.checkedOn, language: request.summaryLanguage,
                                          catalog: catalog) { worker, _, bytes in
            try pack.add(bytes) { writers.contains($0, worker: worker) }
        }
        let findings = try pack.add(content.findings) { repository.contains($0) }
        let summary = try pack.add(content.summary) { repository.contains($0) }
        let yearModelFiles = try SnapshotYearModels.files(catalog).map { file in
            (file.name, try pack.add(file.bytes) { repository.contains($0) })
        }
        try pack.finish(refreshing: repository)
        try memory.refreshObjects()
        var metadata = SnapshotMetadata(
            sourceCommit: source.description, asOf: request.asOf.description,
            checkedOn: request.checkedOn.description, toolVersion: ITAPlanVersion.current,
            statusFormatVersion: SnapshotDecisions.formatVersion, findingsFormatVersion: 1, planSchemaVersion: PlanSchema.version,
            plansDirectory: request.plansDirectory, summaryLanguage: request.summaryLanguage.rawValue,
            plans: plans.files.map { SnapshotMetadata.PlanEntry(path: $0.path, blob: $0.blob.description) },
            completion: SnapshotMetadata.Totals(content.completion))
        if projection { metadata.projection = true }
        var trees: [ObjectID] = []
        let entries = SnapshotEntries(
            status: try memory.writeTree(files: content.statusFiles, written: &trees),
            findings: findings, summary: summary, plans: plansTree, plansDirectory: request.plansDirectory,
            yearModels: try memory.writeTree(yearModelFiles.map { .blob(name: $0.0, id: $0.1) }))
        trees.append(entries.yearModels)
        let plansEntry = try plansEntry(plansTree, directory: request.plansDirectory, in: memory, written: &trees)
        // snapshot.json names the previous snapshot, so the tree is made for each attempt.
        let tree = { (previous: ObjectID?, sequence: Int) throws -> (root: ObjectID, objects: [ObjectID]) in
            metadata.previous = previous?.description
            metadata.sequence = sequence
            let metadataBlob = try memory.writeBlob(Self.encode(metadata))
            let root = try memory.writeTree([
                .blob(name: SnapshotFile.metadata, id: metadataBlob),
                .tree(name: SnapshotFile.status, id: entries.status),
                .blob(name: SnapshotFile.findings, id: entries.findings),
                .blob(name: SnapshotFile.summary, id: entries.summary),
                .tree(name: SnapshotYearModels.directory, id: entries.yearModels),
            ] + plansEntry)
            return (root, trees + [metadataBlob, root])
        }
        let message = Self.message(source: source, asOf: request.asOf, completion: SnapshotMetadata.Totals(content.completion),
                                   version: ITAPlanVersion.current, projection: projection)
        return (try publish(tree: tree, memory: memory, source: source, entries: entries, message: message,
                            request: request), content.errorCount)
    }

    /// The plans folder under its own name; nested folders ("data/plans") nest.
    private func plansEntry(_ tree: ObjectID, directory: String, in memory: GitRepository,
                            written: inout [ObjectID]) throws -> [TreeWriteEntry] {
        var components = directory.split(separator: "/").map(String.init)
        guard let last = components.popLast() else { return [] }
        var entry = TreeWriteEntry.tree(name: last, id: tree)
        while let parent = components.popLast() {
            let id = try memory.writeTree([entry])
            written.append(id)
            entry = .tree(name: parent, id: id)
        }
        return [entry]
    }

    /// Moves the ref by compare-and-swap, retrying with jittered back-off
    /// when another writer got there first, so no snapshot is ever lost.
    ///
    /// The commit's time is never earlier than its parent's (a writer that
    /// lost a race by a second takes the winner's time), so times in the
    /// chain only go forward.
    private func publish(tree: (ObjectID?, Int) throws -> (root: ObjectID, objects: [ObjectID]), memory: GitRepository,
                         source: ObjectID, entries: SnapshotEntries, message: String, request: Request) throws -> Outcome {
        var delay = 0.002
        try repository.keepReflog(for: request.reference)
        for attempt in 1...maxAttempts {
            let previous = try repository.referenceTarget(request.reference)
            var sequence = 1
            var author = request.author
            var committer = request.committer
            if let previous {
                let latest = try repository.commit(previous)
                let latestMetadata = try? SnapshotLog.metadata(of: latest.tree, in: repository)
                // Status files hold no as-of day: a new day is a new snapshot even when nothing changed.
                if latestMetadata?.asOf == request.asOf.description, try entries.matches(latest.tree, in: repository) {
                    return .unchanged(previous)
                }
                if let latestMetadata, case .date(let latestAsOf) = DateParsing.parse(latestMetadata.asOf),
                   latestAsOf > request.asOf {
                    throw Failure.asOfBeforeLatest(asOf: request.asOf, latest: latestMetadata.asOf, snapshot: previous)
                }
                // A format-1 chain (or a sequence no snapshot of ours has) is counted instead.
                if let last = latestMetadata?.sequence, last > 0, last < Int.max {
                    sequence = last + 1
                } else {
                    sequence = try SnapshotChain.links(in: repository, head: previous).count + 1
                }
                author = author.notEarlier(than: latest.author.time)
                committer = committer.notEarlier(than: latest.committer.time)
            }
            let parents = (previous.map { [$0] } ?? []) + [source]
            let (commitTree, objects) = try tree(previous, sequence)
            let commit: ObjectID
            if let signer = request.signer {
                let text = try memory.commitText(tree: commitTree, parents: parents, author: author,
                                                 committer: committer, message: message)
                commit = try memory.createSignedCommit(text: text, signature: try signer.sign(text))
            } else {
                commit = try memory.createCommit(tree: commitTree, parents: parents, author: author,
                                                 committer: committer, message: message)
            }
            try install(objects + [commit], from: memory)
            switch try repository.updateReference(request.reference, to: commit, expecting: previous,
                                                  message: "itaplan snapshot") {
            case .updated:
                return .created(commit)
            case .conflict, .locked:
                guard attempt < maxAttempts else { break }
                usleep(useconds_t(Double.random(in: 0...delay) * 1_000_000))
                delay = min(delay * 2, 0.25)
            }
        }
        throw Failure.contended(reference: request.reference, attempts: maxAttempts)
    }

    /// Copies objects libgit2 made in memory into a pack in the repository,
    /// before the ref may point at them.
    private func install(_ objects: [ObjectID], from memory: GitRepository) throws {
        let pack = try PackWriter(repository: repository)
        defer { pack.discard() }
        for id in objects {
            let object = try memory.rawObject(id)
            try pack.add(object.bytes, type: object.type)
        }
        try pack.finish(refreshing: repository)
    }

    static func encode(_ metadata: SnapshotMetadata) -> [UInt8] {
        Array(JSONOutput.encode(metadata).utf8)
    }

    /// The commit message, made from what `snapshot.json` holds, so that
    /// `audit verify` can make it again and compare.
    static func message(source: ObjectID, asOf: CivilDate, completion: SnapshotMetadata.Totals, version: String,
                        projection: Bool = false) -> String {
        """
        itaplan snapshot of \(source.short) as of \(asOf)\(projection ? " (projection)" : "")

        Done \(completion.doneOfDueSoFar)/\(completion.dueSoFar) of items due so far, \
        \(completion.done)/\(completion.total) of the year; \(completion.overdue) overdue, \(completion.dueSoon) due soon.

        Source-Commit: \(source)
        As-Of: \(asOf)
        Itaplan-Version: \(version)
        \(projection ? "Projection: true\n" : "")
        """
    }
}

extension Signature {
    /// How far ahead of this writer's clock a parent's time may be and still
    /// be taken: a race lost by seconds, or clocks a little apart. A parent
    /// further ahead is not followed; verify then reports the times out of order.
    static let raceWindow: TimeInterval = 300

    /// The same signature at `time` if that is later than its own, by no
    /// more than `raceWindow`.
    func notEarlier(than time: Date) -> Signature {
        guard self.time < time, time.timeIntervalSince(self.time) <= Self.raceWindow else { return self }
        return Signature(name: name, email: email, time: time, offsetMinutes: offsetMinutes)
    }
}

/// The parts of a snapshot that make up its content: everything but the
/// metadata, whose source commit changes even when nothing else does.
struct SnapshotEntries {
    let status: ObjectID
    let findings: ObjectID
    let summary: ObjectID
    let plans: ObjectID
    let plansDirectory: String
    let yearModels: ObjectID

    /// Whether an earlier snapshot's tree holds exactly this content.
    func matches(_ tree: ObjectID, in repository: GitRepository) throws -> Bool {
        try repository.entry(SnapshotFile.status, in: tree)?.id == status
            && repository.entry(SnapshotFile.findings, in: tree)?.id == findings
            && repository.entry(SnapshotFile.summary, in: tree)?.id == summary
            && repository.subtree(plansDirectory, of: tree) == plans
            && repository.subtree(SnapshotYearModels.directory, of: tree) == yearModels
    }
}
