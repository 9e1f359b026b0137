import ArgumentParser
import Foundation
import ITAPlanCore
import ITAPlanImport
import ITAPlanReport

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Turn the text of a measures document (saved from Word or copied from a PDF) into a plan file.",
        discussion: """
            FILE is UTF-8 text with table cells separated by tabs, as Word saves a table as text. Text that fits \
            no field is kept under notes: and reported as a warning. The written plan is then checked as \
            validate checks it. Exit status: 0 when the plan has no errors (warnings allowed), 1 when it has \
            errors, 2 usage or I/O error.
            """)

    @Argument(help: "The document's text (UTF-8).")
    var file: String

    @Option(name: [.short, .customLong("output")], help: "Write the plan to this file instead of standard output.")
    var output: String?

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    @OptionGroup var lang: LanguageOptions

    func run() throws {
        let language = lang.language
        let checker: PlanChecker
        let source: PlanSource
        do {
            // The repository the plan is written into decides the year models.
            let models = try YearModelLoading.workingTree(near: output)
            try models.stopIfBroken(language: language)
            checker = PlanChecker(catalog: models.catalog, today: Clock.today())
            // The document is one the user names, so a link to it is followed
            // wherever it leads; a FIFO or device is still refused unread.
            source = try FileReading.read(path: file, maxBytes: checker.limits.maxBytes, within: "/")
        } catch {
            throw Console.fail(error, language: language)
        }
        if let problem = source.problem {
            Console.err("itaplan: \(file): " + Message.fileNotRead(problem).text(in: language) + "\n")
            throw ExitStatus.usageOrIO
        }
        guard source.size <= checker.limits.maxBytes else {
            let message = Message.fileTooLarge(bytes: source.size, limit: checker.limits.maxBytes)
            Console.err("itaplan: \(file): " + message.text(in: language) + "\n")
            throw ExitStatus.usageOrIO
        }

        let result: PlanImportResult
        do {
            result = try PlanTextImporter().read(bytes: source.text.bytes)
        } catch {
            Console.err("itaplan: \(file): " + error.text(in: language) + "\n")
            throw ExitStatus.usageOrIO
        }
        let yaml = PlanYAMLWriter(sourceName: (file as NSString).lastPathComponent).write(result.plan)
        do {
            try write(yaml, language: language)
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw Console.fail(error, language: language)
        }

        for warning in result.warnings { Console.err(warning.text(path: file, in: language) + "\n") }
        let checked = checker.check(PlanSource(path: output ?? "<stdout>", contents: yaml))
        if !checked.findings.isEmpty {
            Console.err(TextFindingsReporter(language: language).render(ValidationRun(files: [checked])))
        }
        if let output {
            let measures = result.plan.measures.count
            let indicators = result.plan.ita.indicators.count
            Console.err(language.pick(
                th: "itaplan: เขียน \(output) แล้ว: มาตรการ \(measures) ข้อ ตัวชี้วัด \(indicators) ตัว\n",
                en: "itaplan: wrote \(output): \(measures) measure\(measures == 1 ? "" : "s"), "
                    + "\(indicators) indicator\(indicators == 1 ? "" : "s")\n"))
        }
        if checked.errorCount > 0 { throw ExitStatus.findings }
    }

    /// To standard output, or to a new file (an existing one only with --force).
    private func write(_ yaml: String, language: Language) throws {
        guard let output else {
            Console.out(yaml)
            return
        }
        let url = URL(fileURLWithPath: output)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: output, isDirectory: &isFolder), isFolder.boolValue {
            throw ITAPlanError.cannotWrite(path: output, reason: language.pick(th: "เป็นโฟลเดอร์", en: "it is a folder"))
        }
        if !force, FileManager.default.fileExists(atPath: output) {
            Console.err("itaplan: " + language.pick(
                th: "\(output) มีอยู่แล้ว ไม่เขียนทับ (ใช้ --force เพื่อแทนที่)",
                en: "\(output) already exists; not replacing it (use --force to replace it)") + "\n")
            throw ExitStatus.usageOrIO
        }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            // Without --force the file is created exclusively, so a file that appeared meanwhile is not replaced.
            try Data(yaml.utf8).write(to: url, options: force ? .atomic : .withoutOverwriting)
        } catch {
            throw ITAPlanError.cannotWrite(path: output, reason: FileReading.describe(error))
        }
    }
}
