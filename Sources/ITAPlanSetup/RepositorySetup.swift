import Foundation
import ITAPlanAudit
import ITAPlanCore
import ITAPlanGit

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

    public func run(_ request: Request) throws -> Outcome {
        var outcome = Outcome()
        let root = URL(fileURLWithPath: request.directory)
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
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url, options: exists ? .atomic : .withoutOverwriting)
            if path.hasSuffix(".sh") {
                try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
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
