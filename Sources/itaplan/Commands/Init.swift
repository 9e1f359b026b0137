import ArgumentParser
import Foundation
import ITAPlanAudit
import ITAPlanCore
import ITAPlanSetup

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Set up a plan repository: git, a plan template, the pre-commit hook, CI workflows and the editor schema.",
        discussion: """
            Run again in a plan repository, it writes what is missing and says what it kept. The plan and README are \
            never overwritten; --force rewrites itaplan's own files (schema, workflows) and replaces another pre-commit \
            hook, keeping it as pre-commit.before-itaplan. The plan is the commented template, or --plan FILE (e.g. made by itaplan import).
            """)

    @Argument(help: "The folder to set up (default: the current folder).")
    var directory = "."

    @Option(name: .customLong("fiscal-year"), help: "The plan's fiscal year, Buddhist Era (default: the current one).")
    var fiscalYear: Int?

    @Option(help: "The agency's name, for the template.")
    var agency: String?

    @Option(help: "Start from this plan file instead of the template.")
    var plan: String?

    @Flag(help: "Rewrite itaplan's own files that differ (never the plan or README) and replace another pre-commit hook.")
    var force = false

    @OptionGroup var lang: LanguageOptions

    func validate() throws {
        if let fiscalYear, !(2500...2700).contains(fiscalYear) {
            throw ValidationError("--fiscal-year is a Buddhist Era year such as 2569")
        }
    }

    func run() throws {
        let language = lang.language
        do {
            let year = fiscalYear ?? FiscalYear(containing: Clock.today()).buddhistYear
            var planText: String?
            if let plan { planText = try RepositorySetup.planText(readingFrom: plan) }
            let request = RepositorySetup.Request(
                directory: directory, fiscalYear: year,
                planFileName: plan.map { URL(fileURLWithPath: $0).lastPathComponent }, planText: planText,
                agency: agency, hookExecutable: Bundle.main.executableURL?.resolvingSymlinksInPath().path, force: force)
            let models = try YearModelLoading.folder(root: directory)
            try models.stopIfBroken(language: language)
            // Paths hold the --plan file's name and the hooks folder git config names: shown safely.
            let outcome = try RepositorySetup(catalog: models.catalog).run(request).shownSafely
            if outcome.createdRepository {
                Console.out(language.pick(th: "สร้าง git repository แล้ว\n", en: "created a git repository\n"))
            }
            for path in outcome.written { Console.out(language.pick(th: "เขียน \(path)\n", en: "wrote \(path)\n")) }
            for path in outcome.rewritten { Console.out(language.pick(th: "เขียนทับ \(path)\n", en: "rewrote \(path)\n")) }
            for path in outcome.unchanged {
                Console.out(language.pick(th: "มีอยู่แล้ว ตรงกับที่จะเขียน: \(path)\n", en: "already there, as init would write it: \(path)\n"))
            }
            for path in outcome.kept {
                let own = RepositorySetup.isItaplansOwn(path)
                Console.out(language.pick(
                    th: "คงไฟล์เดิม \(path) (ต่างจากที่ init จะเขียน\(own ? " ใช้ --force เพื่อเขียนทับ" : " จะไม่เขียนทับ"))\n",
                    en: "kept the existing \(path) (it differs from what init would write\(own ? "; --force rewrites it" : "; it is never overwritten"))\n"))
            }
            for (path, link) in outcome.throughLink {
                Console.err(language.pick(
                    th: "ไม่ได้เขียน \(path): \(link) เป็น symbolic link (init ไม่เขียนผ่านลิงก์ ซึ่งอาจพาออกนอก repository)\n",
                    en: "did not write \(path): \(link) is a symbolic link (init writes nothing through a link, which may lead out of the repository)\n"))
            }
            switch outcome.hook {
            case .installed(let path)?: Console.out(language.pick(th: "ติดตั้ง hook \(path)\n", en: "installed \(path)\n"))
            case .updated(let path)?: Console.out(language.pick(th: "ปรับ hook ของ itaplan ให้เป็นปัจจุบัน \(path)\n", en: "updated itaplan's hook \(path)\n"))
            case .replaced(let path, let backup)?:
                Console.out(language.pick(th: "แทนที่ hook \(path) (hook เดิมเก็บไว้ที่ \(backup))\n", en: "replaced \(path) (the old hook is kept as \(backup))\n"))
            case nil: break
            }
            if let path = outcome.foreignHook {
                Console.err(language.pick(
                    th: "คำเตือน: มี pre-commit hook อื่นอยู่ที่ \(path) จึงยังไม่ได้ติดตั้ง hook ของ itaplan (แผนจะไม่ถูกตรวจก่อน commit)"
                        + " ใช้ itaplan init --force เพื่อแทนที่ (hook เดิมจะเก็บไว้เป็น pre-commit.before-itaplan)\n",
                    en: "warning: another pre-commit hook is at \(path), so itaplan's hook was not installed (plans are not checked before commits);"
                        + " itaplan init --force replaces it, keeping the old one as pre-commit.before-itaplan\n"))
            }
            if let release = outcome.pinnedRelease {
                Console.out(language.pick(
                    th: "workflow ใน CI จะติดตั้ง itaplan รุ่น \(release) (ตาม .github/actions/install-itaplan/action.yml)\n",
                    en: "the CI workflows install itaplan \(release) (pinned in .github/actions/install-itaplan/action.yml)\n"))
            } else if (outcome.written + outcome.rewritten).contains(".github/actions/install-itaplan/action.yml") {
                let version = ITAPlanVersion.current
                Console.err(language.pick(
                    th: "หมายเหตุ: itaplan นี้ (\(version)) ไม่ใช่รุ่นที่ออกแล้ว workflow ใน CI จึงยังไม่ได้กำหนดรุ่นที่จะติดตั้ง"
                        + " ให้ตั้งตัวแปร ITAPLAN_VERSION ของ repository เป็นรุ่นที่ออกแล้ว หรือ ITAPLAN_BUILD_FROM_SOURCE เป็น true (ดู docs/ci.md)\n",
                    en: "note: this itaplan (\(version)) is not a release, so the CI workflows pin none: set the repository"
                        + " variable ITAPLAN_VERSION to a released version, or ITAPLAN_BUILD_FROM_SOURCE to true (see docs/ci.md)\n"))
            }
            // A file left unwritten is not a set-up repository: said above, and the exit says so too.
            if !outcome.throughLink.isEmpty { throw ExitStatus.usageOrIO }
        } catch {
            throw Console.fail(error, language: language)
        }
    }
}
