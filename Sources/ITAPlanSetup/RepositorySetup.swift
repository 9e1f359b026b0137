import Foundation
import ITAPlanAudit
import ITAPlanCore
import ITAPlanGit
import ITAPlanYAML

/// Sets up a plan repository: git (through libgit2) if there is none, a
/// plan in plans/, the pre-commit hook, the CI workflows, the JSON Schema
/// for editors and a README. Run again, it writes what is missing and says
/// what it kept; it never overwrites the plan or the README, and rewrites
/// its own files (schema, workflows) and replaces another hook only with
/// `force`.
public struct RepositorySetup {
    public struct Request {
        public var directory: String
        public var fiscalYear: Int
        /// The plan's file name inside plans/.
        public var planFileName: String
        /// The plan's text; nil for the commented template.
        public var planText: String?
        public var agency: String?
        /// The itaplan the hook should call.
        public var hookExecutable: String?
        /// Rewrite itaplan's own files that differ, and replace another
        /// pre-commit hook (kept as `pre-commit.before-itaplan`).
        public var force = false
        /// `HOME`, for a `core.hooksPath` of `~/…` (`HookInstaller`).
        public var home: String?

        public init(directory: String, fiscalYear: Int, planFileName: String? = nil, planText: String? = nil,
                    agency: String? = nil, hookExecutable: String? = nil, force: Bool = false, home: String? = nil) {
            self.force = force
            self.home = home
            self.directory = directory
            self.fiscalYear = fiscalYear
            self.planFileName = planFileName ?? "plan-\(fiscalYear).yaml"
            self.planText = planText
            self.agency = agency
            self.hookExecutable = hookExecutable
        }
    }

    public struct Outcome: Sendable {
        public var createdRepository = false
        /// Paths written, relative to the directory.
        public var written: [String] = []
        /// Paths left alone because they existed with other content than
        /// init would write.
        public var kept: [String] = []
        /// Paths that existed with exactly what init would write.
        public var unchanged: [String] = []
        /// itaplan's own files rewritten with `force`.
        public var rewritten: [String] = []
        /// Paths not written because a folder on the way is a symbolic link
        /// (it could lead out of the repository), with that folder.
        public var throughLink: [(path: String, link: String)] = []
        public var hook: HookInstaller.Outcome?
        /// Another program's pre-commit hook, left in place (no `force`):
        /// itaplan's hook is not installed.
        public var foreignHook: String?
        /// The itaplan release the written CI files install; nil when this
        /// itaplan is not a release (they then pin none) or they were kept.
        public var pinnedRelease: String?
    }

    let catalog: ITAYearCatalog

    public init(catalog: ITAYearCatalog) {
        self.catalog = catalog
    }

    /// Why init cannot set up the folder it was given.
    public enum Failure: LocalizedFailure, Sendable, Equatable {
        case notAFolder(path: String)
        /// `--plan FILE` is not a plan's text: a FIFO or device, too big, binary, not UTF-8.
        case unusablePlan(path: String, reason: PlanFileProblem)

        public func text(in language: Language) -> String {
            switch self {
            case .notAFolder(let path):
                return language.pick(th: "\(path) ไม่ใช่โฟลเดอร์: ระบุโฟลเดอร์ที่จะตั้งเป็นที่เก็บแผน",
                                     en: "\(path) is not a folder: give the folder to set up as a plan repository")
            case .unusablePlan(let path, let reason):
                return "\(path): " + reason.text(in: language)
            }
        }
    }

    /// Why a `--plan` file cannot be copied into the repository as it is.
    public enum PlanFileProblem: Sendable, Equatable {
        case notRegular(kind: String)
        case tooLarge(bytes: Int, limit: Int)
        case binary
        case notUTF8(encoding: String?)

        func text(in language: Language) -> String {
            switch self {
            case .notRegular(let kind):
                return language.pick(th: "ไม่ใช่ไฟล์ปกติ (\(kind)) จึงไม่อ่าน", en: "not a regular file (a \(kind)), so it was not read")
            case .tooLarge(let bytes, let limit):
                return language.pick(th: "ไฟล์ใหญ่เกินไป (\(bytes) ไบต์ สูงสุด \(limit)) แผนไม่เคยใหญ่ขนาดนี้",
                                     en: "too large (\(bytes) bytes, limit \(limit)); a plan is never this big")
            case .binary:
                return language.pick(th: "เป็นไฟล์ไบนารี (มีไบต์ NUL) ไม่ใช่แผน YAML ถ้าเป็นไฟล์ Word ให้ใช้ itaplan import ก่อน",
                                     en: "a binary file (it holds a NUL byte), not a YAML plan; for a Word file, run itaplan import first")
            case .notUTF8(let encoding):
                let named = encoding.map { language.pick(th: " (ดูเหมือน \($0))", en: " (it looks like \($0))") } ?? ""
                return language.pick(th: "ไม่ใช่ข้อความ UTF-8\(named) init คัดลอกแผนตามไบต์เดิม จึงไม่แปลงให้ บันทึกไฟล์เป็น UTF-8 ก่อน",
                                     en: "not UTF-8 text\(named); init copies the plan byte for byte, so it does not convert it: save the file as UTF-8")
            }
        }
    }

    /// The text of a `--plan` file, copied byte for byte: a regular file of
    /// UTF-8 text under the plan size limit, or a `Failure` saying why not
    /// (never a FIFO read forever, never bytes silently replaced by U+FFFD).
    public static func planText(readingFrom path: String, maxBytes: Int = YAMLLimits.default.maxBytes) throws -> String {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw ITAPlanError.refused(path: path, why: .missingOrUnreadable)
        }
        let source = try FileReading.read(path: path, maxBytes: maxBytes, within: "/")
        switch source.problem {
        case .notRegularFile(let kind)?: throw Failure.unusablePlan(path: path, reason: .notRegular(kind: kind))
        case .pathTooLong?: throw ITAPlanError.cannotRead(path: path, reason: "path too long")
        case .symbolicLinkOutside?, .symbolicLinkInGit?, nil: break
        }
        if source.size > maxBytes {
            throw Failure.unusablePlan(path: path, reason: .tooLarge(bytes: source.size, limit: maxBytes))
        }
        let bytes = source.text.bytes
        switch ByteCheck.check(bytes) {
        case .text: return String(decoding: bytes, as: UTF8.self)
        case .binary: throw Failure.unusablePlan(path: path, reason: .binary)
        case .invalidUTF8: throw Failure.unusablePlan(path: path, reason: .notUTF8(encoding: nil))
        case .otherEncoding(let name): throw Failure.unusablePlan(path: path, reason: .notUTF8(encoding: name))
        }
    }

    public func run(_ request: Request) throws -> Outcome {
        var outcome = Outcome()
        let root = URL(fileURLWithPath: request.directory)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder), !isFolder.boolValue {
            throw Failure.notAFolder(path: request.directory)
        }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let repository: GitRepository
        if FileManager.default.fileExists(atPath: root.appendingPathComponent(".git").path) {
            repository = try GitRepository(discoveringFrom: root.path)
        } else {
            repository = try GitRepository.create(at: root.path)
            outcome.createdRepository = true
        }
        let plan = request.planText
            ?? PlanTemplate.text(fiscalYear: request.fiscalYear, agency: request.agency, catalog: catalog)
        var files: [(String, Data)] = [
            ("plans/" + request.planFileName, Data(plan.utf8)),
            ("schema/plan.schema.json", Data(PlanJSONSchema.document().rendered().utf8)),
            (".vscode/extensions.json", Data("{\n  \"recommendations\": [\"redhat.vscode-yaml\"]\n}\n".utf8)),
            ("README.md", Data(Self.readme(fiscalYear: request.fiscalYear, plan: request.planFileName).utf8)),
        ]
        for (path, data) in Self.bundledRepositoryFiles() { files.append((path, data)) }
        for (path, data) in files {
            let url = root.appendingPathComponent(path)
            if let link = Self.linkedFolder(on: path, in: root) {
                outcome.throughLink.append((path, link))
                continue
            }
            // lstat: a link, even a dangling one, counts as there and is never written through.
            let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
            let exists = attributes != nil
            if let attributes {
                let regular = attributes[.type] as? FileAttributeType == .typeRegular
                if regular, FileManager.default.contents(atPath: url.path) == data {
                    outcome.unchanged.append(path)
                    continue
                }
                // The plan and the README are the user's: never rewritten.
                guard request.force, regular, Self.isItaplansOwn(path) else {
                    outcome.kept.append(path)
                    continue
                }
            }
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url, options: exists ? .atomic : .withoutOverwriting)
                if path.hasSuffix(".sh") {
                    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
                }
            } catch {
                throw ITAPlanError.cannotWrite(path: path, reason: (error as NSError).localizedDescription)
            }
            if exists { outcome.rewritten.append(path) } else { outcome.written.append(path) }
            if path == "." + InstallAction.actionFile, InstallAction.isRelease(ITAPlanVersion.current) {
                outcome.pinnedRelease = ITAPlanVersion.current
            }
        }
        do {
            outcome.hook = try HookInstaller(repository: repository, home: request.home).install(invoking: request.hookExecutable,
                                                                            force: request.force)
        } catch HookInstaller.Failure.foreignHook(let path) {
            outcome.foreignHook = path
        }
        return outcome
    }

    /// The first folder of `path` (relative to `root`) that is a symbolic
    /// link: init writes nothing through one, since it may lead anywhere
    /// (`plans -> /etc`), and plans under a linked folder are not read anyway.
    static func linkedFolder(on path: String, in root: URL) -> String? {
        var folder = ""
        for part in path.split(separator: "/").dropLast() {
            folder += (folder.isEmpty ? "" : "/") + part
            var info = stat()
            guard lstat(root.appendingPathComponent(folder).path, &info) == 0 else { return nil }
            if info.st_mode & S_IFMT == S_IFLNK { return folder }
        }
        return nil
    }

    /// Files init generates and a user has no reason to edit.
    public static func isItaplansOwn(_ path: String) -> Bool {
        !path.hasPrefix("plans/") && path != "README.md"
    }

    /// The workflows and the action plan repositories use: this repository's
    /// own .github/actions/install-itaplan and plan workflows, compiled into
    /// itaplan (see Plugins/EmbedResources), with the pinned itaplan release
    /// set to `version`.
    public static func bundledRepositoryFiles(pinning version: String = ITAPlanVersion.current)
        -> [(path: String, data: Data)] {
        let resources = EmbeddedResources.setup
        return resources.names(under: "github").compactMap { name in
            guard var data = resources.data(name) else { return nil }
            if name == InstallAction.actionFile {
                data = Data(InstallAction.pinning(version, in: String(decoding: data, as: UTF8.self)).utf8)
            }
            return ("." + name, data)
        }
    }

    static func readme(fiscalYear: Int, plan: String) -> String {
        """
        # แผนมาตรการส่งเสริมคุณธรรมและความโปร่งใส · Integrity and transparency measures

        แผนของหน่วยงานเก็บเป็นไฟล์ YAML ใน `plans/` ตรวจและติดตามด้วย [itaplan](https://github.com/itaplan/itaplan)
        The agency's measures live as YAML in `plans/`, checked and tracked with itaplan.

        ```sh
        itaplan validate                 # ตรวจแผน · check the plans
        itaplan status                   # อะไรเสร็จ อะไรเกินกำหนด · what is done, what is late
        itaplan report --format print -o measures.html   # ตารางมาตรการสำหรับเผยแพร่ · the printed table
        ```

        - แก้ไข `plans/\(plan)` แล้ว commit: pre-commit hook จะตรวจแผนก่อนทุกครั้ง
          Edit `plans/\(plan)` and commit: the pre-commit hook checks it first.
        - `.github/workflows/` ตรวจ pull request และบันทึก snapshot ทุกวัน
          The workflows check pull requests and record daily audit-trail snapshots.
        - `schema/plan.schema.json` ช่วยเติมและตรวจคีย์ใน VS Code (ส่วนขยาย YAML)
          The schema gives completion and checks in VS Code's YAML extension.

        ปีงบประมาณ · fiscal year \(fiscalYear)

        """
    }
}

extension RepositorySetup.Outcome {
    /// Every path with unsafe characters escaped (`SafeText`), for printing:
    /// a `--plan` file's name or a `core.hooksPath` may hold terminal escapes.
    public var shownSafely: Self {
        var shown = self
        shown.written = written.map(SafeText.inline)
        shown.kept = kept.map(SafeText.inline)
        shown.unchanged = unchanged.map(SafeText.inline)
        shown.rewritten = rewritten.map(SafeText.inline)
        shown.throughLink = throughLink.map { (SafeText.inline($0.path), SafeText.inline($0.link)) }
        shown.foreignHook = foreignHook.map(SafeText.inline)
        switch hook {
        case .installed(let path)?: shown.hook = .installed(path: SafeText.inline(path))
        case .updated(let path)?: shown.hook = .updated(path: SafeText.inline(path))
        case .replaced(let path, let backup)?:
            shown.hook = .replaced(path: SafeText.inline(path), backup: SafeText.inline(backup))
        case nil: break
        }
        return shown
    }
}
