import ITAPlanAudit
import ITAPlanCore
import ITAPlanGit
import ITAPlanReport

/// Every error that stops a command, worded in Thai and English in one place.
enum ErrorText {
    static func text(for error: Error, language: Language) -> String {
        let th = language == .thai
        switch error {
        case let error as ITAPlanError:
            return error.text(in: language)
        case let error as ChromiumPDF.Failure:
            return error.text(in: language)
        case let error as GitError:
            if error.call == "git_repository_open_ext" {
                return th ? "ไม่พบ git repository ที่นี่หรือโฟลเดอร์ที่อยู่เหนือขึ้นไป" : "not in a git repository (or any parent folder)"
            }
            if error.call == "git_revparse_single" || error.call == "git_object_peel" {
                return th ? "ไม่พบ revision นี้: \(error.message)" : "no such revision: \(error.message)"
            }
            return (th ? "git ผิดพลาด: " : "git: ") + error.description
        case let error as SnapshotWriter.Failure:
            switch error {
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
            case .badPlansDirectory(let directory):
                return th
                    ? "--plans-dir \"\(directory)\" ใช้ไม่ได้: ต้องเป็นโฟลเดอร์ใน repository (เช่น plans) ไม่ใช่ status, ita-years หรือชื่อไฟล์ของ snapshot"
                    : "--plans-dir \"\(directory)\" cannot be used: it must be a folder in the repository (such as plans), not status, ita-years or a snapshot file's name"
            }
        case let error as UnsupportedObjectFormat:
            return th ? "itaplan รองรับ repository แบบ SHA-1 เท่านั้น repository นี้ใช้ \(error.format)"
                      : "itaplan supports SHA-1 repositories; this one uses \(error.format)"
        case let error as SSHSignatures.Failure:
            switch error {
            case .notSSHFormat(let format):
                return th ? "itaplan ลงนามด้วยกุญแจ SSH เท่านั้น แต่ gpg.format เป็น \(format): ตั้ง git config gpg.format ssh"
                          : "itaplan signs with SSH keys only, but gpg.format is \(format): set git config gpg.format ssh"
            case .noSigningKey:
                return th ? "ไม่มีกุญแจสำหรับลงนาม: ตั้ง git config user.signingKey (ไฟล์กุญแจ SSH)"
                          : "no key to sign with: set git config user.signingKey (an SSH key file)"
            case .signingFailed(let reason):
                return (th ? "ssh-keygen ลงนามไม่สำเร็จ: " : "ssh-keygen could not sign: ") + reason
            case .noKeygen(let path):
                return th ? "เรียก \(path) ไม่ได้ (ต้องมี OpenSSH)" : "cannot run \(path) (OpenSSH is needed)"
            }
        case let error as SignatureSetup.Missing:
            return th ? "--require-signatures ต้องมีไฟล์ผู้ลงนาม: ตั้ง git config gpg.ssh.allowedSignersFile หรือใช้ --allowed-signers (ตอนนี้: \(error.reason))"
                      : "--require-signatures needs the allowed signers: set git config gpg.ssh.allowedSignersFile or pass --allowed-signers (\(error.reason))"
        case let error as HookInstaller.Failure:
            switch error {
            case .foreignHook(let path):
                return th ? "มี pre-commit hook อื่นอยู่แล้วที่ \(path) ใช้ --force เพื่อแทนที่ (hook เดิมจะถูกเก็บเป็น .before-itaplan)"
                          : "another pre-commit hook is already at \(path); use --force to replace it (the old one is kept as pre-commit.before-itaplan)"
            case .bareRepository:
                return th ? "repository แบบ bare ไม่มี hook สำหรับ commit" : "a bare repository has no commits to hook into"
            }
        case let error as HistoryBuilder.Failure:
            switch error {
            case .shallow:
                return th
                    ? "repository นี้เป็น shallow clone (ค่าเริ่มต้นของ CI) ประวัติไม่ครบ: ใช้ fetch-depth: 0 ใน actions/checkout หรือ git fetch --unshallow"
                    : "this is a shallow clone (the CI default), so its history is cut short: use fetch-depth: 0 with actions/checkout, or git fetch --unshallow"
            case .noCommits:
                return th ? "repository นี้ยังไม่มี commit" : "this repository has no commits yet"
            }
        case let error as Identity.Missing:
            return th
                ? "ไม่รู้ว่าใครเป็นผู้ commit: ตั้ง git config user.name และ user.email (หรือ GIT_AUTHOR_NAME / GIT_AUTHOR_EMAIL) ขาด \(error.missing)"
                : "no git identity to commit as: set git config user.name and user.email (or GIT_AUTHOR_NAME / GIT_AUTHOR_EMAIL); missing \(error.missing)"
        default:
            return "\(error)"
        }
    }
}
