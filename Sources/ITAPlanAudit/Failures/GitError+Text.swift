import ITAPlanCore
import ITAPlanGit

// ITAPlanGit sits below the language layer (it knows libgit2, not Thai), so
// its two error types are worded here, in the lowest target that has both.

extension GitError: LocalizedFailure {
    public func text(in language: Language) -> String {
        let th = language == .thai
        switch kind {
        case .notARepository:
            return th ? "ไม่พบ git repository ที่นี่หรือโฟลเดอร์ที่อยู่เหนือขึ้นไป" : "not in a git repository (or any parent folder)"
        case .noSuchRevision:
            return th ? "ไม่พบ revision นี้: \(message)" : "no such revision: \(message)"
        case .other:
            return (th ? "git ผิดพลาด: " : "git: ") + description
        }
    }
}

extension UnsupportedObjectFormat: LocalizedFailure {
    public func text(in language: Language) -> String {
        language.pick(th: "itaplan รองรับ repository แบบ SHA-1 เท่านั้น repository นี้ใช้ \(format)",
                      en: "itaplan supports SHA-1 repositories; this one uses \(format)")
    }
}
