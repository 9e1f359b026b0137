import ITAPlanAudit
import ITAPlanCore

/// What `itaplan init` tells the user about what it did, as data;
/// `text(in:)` words each in Thai and English in one switch.
public enum SetupMessage: Sendable, Equatable {
    case createdRepository
    case wrote(path: String)
    case rewrote(path: String)
    case unchanged(path: String)
    /// A file that differs from what init would write; `own` when it is
    /// itaplan's (so `--force` rewrites it).
    case kept(path: String, own: Bool)
    case hook(HookInstaller.Outcome)
    /// Another program's pre-commit hook, left in place: itaplan's is not installed.
    case foreignHook(path: String)
    case pinned(release: String)
    /// The CI files were written by an itaplan that is not a release (`version`), so they pin none.
    case unpinned(version: String)
    /// Not written: a folder on its way (`link`) is a symbolic link.
    case throughLink(path: String, link: String)

    /// Warnings and notes go to standard error; the rest says what was done.
    public var isNote: Bool {
        switch self {
        case .foreignHook, .unpinned, .throughLink: true
        default: false
        }
    }

    public func text(in language: Language) -> String {
        let th = language == .thai
        switch self {
        case .createdRepository:
            return th ? "สร้าง git repository แล้ว" : "created a git repository"
        case .wrote(let path):
            return th ? "เขียน \(path)" : "wrote \(path)"
        case .rewrote(let path):
            return th ? "เขียนทับ \(path)" : "rewrote \(path)"
        case .unchanged(let path):
            return th ? "มีอยู่แล้ว ตรงกับที่จะเขียน: \(path)" : "already there, as init would write it: \(path)"
        case .kept(let path, let own):
            return th ? "คงไฟล์เดิม \(path) (ต่างจากที่ init จะเขียน\(own ? " ใช้ --force เพื่อเขียนทับ" : " จะไม่เขียนทับ"))"
                      : "kept the existing \(path) (it differs from what init would write\(own ? "; --force rewrites it" : "; it is never overwritten"))"
        case .hook(.installed(let path)):
            return th ? "ติดตั้ง hook \(path)" : "installed \(path)"
        case .hook(.updated(let path)):
            return th ? "ปรับ hook ของ itaplan ให้เป็นปัจจุบัน \(path)" : "updated itaplan's hook \(path)"
        case .hook(.replaced(let path, let backup)):
            return th ? "แทนที่ hook \(path) (hook เดิมเก็บไว้ที่ \(backup))" : "replaced \(path) (the old hook is kept as \(backup))"
        case .foreignHook(let path):
            return th ? "คำเตือน: มี pre-commit hook อื่นอยู่ที่ \(path) จึงยังไม่ได้ติดตั้ง hook ของ itaplan (แผนจะไม่ถูกตรวจก่อน commit)"
                + " ใช้ itaplan init --force เพื่อแทนที่ (hook เดิมจะเก็บไว้เป็น pre-commit.before-itaplan)"
                : "warning: another pre-commit hook is at \(path), so itaplan's hook was not installed (plans are not checked before commits);"
                + " itaplan init --force replaces it, keeping the old one as pre-commit.before-itaplan"
        case .throughLink(let path, let link):
            return th ? "ไม่ได้เขียน \(path): \(link) เป็น symbolic link (init ไม่เขียนผ่านลิงก์ ซึ่งอาจพาออกนอก repository)"
                      : "did not write \(path): \(link) is a symbolic link (init writes nothing through a link, which may lead out of the repository)"
        case .pinned(let release):
            return th ? "workflow ใน CI จะติดตั้ง itaplan รุ่น \(release) (ตาม .github/actions/install-itaplan/action.yml)"
                      : "the CI workflows install itaplan \(release) (pinned in .github/actions/install-itaplan/action.yml)"
        case .unpinned(let version):
            return th ? "หมายเหตุ: itaplan นี้ (\(version)) ไม่ใช่รุ่นที่ออกแล้ว workflow ใน CI จึงยังไม่ได้กำหนดรุ่นที่จะติดตั้ง"
                + " ให้ตั้งตัวแปร ITAPLAN_VERSION ของ repository เป็นรุ่นที่ออกแล้ว หรือ ITAPLAN_BUILD_FROM_SOURCE เป็น true (ดู docs/ci.md)"
                : "note: this itaplan (\(version)) is not a release, so the CI workflows pin none: set the repository"
                + " variable ITAPLAN_VERSION to a released version, or ITAPLAN_BUILD_FROM_SOURCE to true (see docs/ci.md)"
        }
    }
}

extension RepositorySetup.Outcome {
    /// What to tell the user, in order; `version` is this itaplan's.
    public func messages(version: String) -> [SetupMessage] {
        var messages: [SetupMessage] = createdRepository ? [.createdRepository] : []
        messages += written.map { .wrote(path: $0) }
        messages += rewritten.map { .rewrote(path: $0) }
        messages += unchanged.map { .unchanged(path: $0) }
        messages += kept.map { .kept(path: $0, own: RepositorySetup.isItaplansOwn($0)) }
        messages += throughLink.map { .throughLink(path: $0.path, link: $0.link) }
        if let hook { messages.append(.hook(hook)) }
        if let foreignHook { messages.append(.foreignHook(path: foreignHook)) }
        if let pinnedRelease {
            messages.append(.pinned(release: pinnedRelease))
        } else if (written + rewritten).contains(".github/actions/install-itaplan/action.yml") {
            messages.append(.unpinned(version: version))
        }
        return messages
    }
}
