import Foundation
import ITAPlanCore
import ITAPlanReport

/// `itaplan report` once its arguments are read: the plans (or a revision
/// range) as a report in one format, written to `output` or standard
/// output. Findings and I/O problems go to `errors` (standard error, which
/// the caller makes safe to print); errors that stop the command are thrown
/// and worded by `FailureText` (exit status 2).
public struct ReportRun {
    public struct Request {
        public var paths: [String]
        public var format: ReportFormat
        public var templateFile: String?
        /// The file to write; nil for standard output.
        public var output: String?
        /// `BASE..HEAD`: what changed between two revisions, instead of the plans as they are.
        public var diff: String?
        public var plansDirectory: String
        /// Dates of the snapshot chain (`--recorded`).
        public var recorded: Bool
        public var language: Language
        public var thaiDigits: Bool
        public var asOf: CivilDate
        public var today: CivilDate
        /// The caller's working folder: the repository for `--diff`, history and `--recorded`.
        public var workingDirectory: String
        /// Where the PDF engine and the many-plan dashboard keep scratch files.
        public var scratch: URL
        /// The zone days are shown in.
        public var displayZone: TimeZone

        public init(paths: [String], format: ReportFormat, templateFile: String?, output: String?, diff: String?,
                    plansDirectory: String, recorded: Bool, language: Language, thaiDigits: Bool, asOf: CivilDate,
                    today: CivilDate, workingDirectory: String, scratch: URL, displayZone: TimeZone) {
            self.paths = paths
            self.format = format
            self.templateFile = templateFile
            self.output = output
            self.diff = diff
            self.plansDirectory = plansDirectory
            self.recorded = recorded
            self.language = language
            self.thaiDigits = thaiDigits
            self.asOf = asOf
            self.today = today
            self.workingDirectory = workingDirectory
            self.scratch = scratch
            self.displayZone = displayZone
        }
    }

    let request: Request
    /// The PDF engine, looked for (given the environment) only for `--format pdf`.
    let printer: () throws -> ChromiumPDF
    let standardOutput: ([UInt8]) -> Void
    let errors: (String) -> Void

    public init(_ request: Request, printer: @escaping () throws -> ChromiumPDF,
                standardOutput: @escaping ([UInt8]) -> Void, errors: @escaping (String) -> Void) {
        self.request = request
        self.printer = printer
        self.standardOutput = standardOutput
        self.errors = errors
    }

    private var language: Language { request.language }

    public func run() throws -> CommandExit {
        let models = try YearModelLoading.workingTree(near: request.paths.first ?? "plans",
                                                      currentDirectory: request.workingDirectory)
        guard models.broken.isEmpty else {
            // No report is made of numbers nobody can read.
            errors(TextFindingsReporter(language: language).render(ValidationRun(files: models.broken.map(\.asCheckedFile))))
            return .findings
        }
        // Find the PDF engine first, so a missing one is said before any work.
        let document = ReportDocument(format: request.format, templateFile: request.templateFile,
                                      printer: request.format == .pdf ? try printer() : nil, scratch: request.scratch)
        if let diff = request.diff {
            try write(try document.data(DiffReport.context(
                repositoryAt: request.workingDirectory, range: diff, catalog: models.catalog,
                plansDirectory: request.plansDirectory, asOf: request.asOf, today: request.today, language: language,
                thaiDigits: request.thaiDigits)))
            return .clean
        }
        let plans = try PlanLoading(request.paths, today: request.today, currentDirectory: request.workingDirectory)
        if request.format == .html, request.templateFile == nil, !request.recorded,
           plans.files.count >= ManyPlanDashboard.threshold {
            return try manyPlanDashboard(plans)
        }
        let (context, exit) = try planContext(plans)
        guard let context else { return exit }
        try write(try document.data(context))
        return exit
    }

    /// The report context of the plans that check out, and how the command
    /// comes out once it is written: findings for plans with errors (their
    /// findings go to `errors`), usageOrIO for files that could not be read.
    private func planContext(_ plans: PlanLoading) throws -> (ReportContext?, CommandExit) {
        let history = request.format == .html || request.format == .json
            ? PlanReport.HistorySource(folder: request.workingDirectory, plansDirectory: request.plansDirectory,
                                       timeZone: request.displayZone)
            : nil
        var recordings: RecordedLoading?
        if request.recorded {
            let loaded = try RecordedLoading.load(from: request.workingDirectory, catalog: plans.checker.catalog,
                                                  plansDirectory: request.plansDirectory, timeZone: request.displayZone)
            if let note = loaded.note(in: language) { errors("itaplan: " + note + "\n") }
            recordings = loaded
        }
        let result = PlanReport(language: language, thaiDigits: request.thaiDigits)
            .build(plans, asOf: request.asOf, history: history) { recordings?.apply(to: $0, file: $0.path) ?? $0 }
        for error in result.ioErrors { errors("itaplan: " + error.text(in: language) + "\n") }
        if !result.broken.isEmpty {
            errors(TextFindingsReporter(language: language).render(ValidationRun(files: result.broken)))
        }
        guard let context = result.context else {
            return (nil, result.ioErrors.isEmpty ? .findings : .usageOrIO)
        }
        if let why = result.historyUnavailable {
            errors("itaplan: " + PlanReport.noChart(because: why, in: language) + "\n")
        }
        return (context, !result.ioErrors.isEmpty ? .usageOrIO : result.broken.isEmpty ? .clean : .findings)
    }

    /// Many plans: the overview dashboard, written as it is made (`ManyPlanDashboard.stream`).
    private func manyPlanDashboard(_ plans: PlanLoading) throws -> CommandExit {
        let catalog = plans.checker.catalog
        let result = try ManyPlanDashboard(language: language, thaiDigits: request.thaiDigits, catalog: catalog).stream(
            checker: plans.checker, files: plans.files, roots: plans.roots,
            calculator: StatusCalculator(asOf: request.asOf, catalog: catalog), asOf: request.asOf,
            scratch: request.scratch, open: { try StreamingOutput(path: request.output) })
        let ioErrors = plans.discoveryErrors + result.ioErrors
        for error in ioErrors { errors("itaplan: " + error.text(in: language) + "\n") }
        if !result.broken.isEmpty {
            errors(TextFindingsReporter(language: language).render(ValidationRun(files: result.broken)))
        }
        guard result.shown > 0 else { return ioErrors.isEmpty ? .findings : .usageOrIO }
        return !ioErrors.isEmpty ? .usageOrIO : result.broken.isEmpty ? .clean : .findings
    }

    private func write(_ text: Data) throws {
        guard let output = request.output else {
            standardOutput([UInt8](text))
            return
        }
        // A device or FIFO is written into, a folder refused, a link followed: never renamed over.
        try OutputTarget.write(text, to: output)
    }
}
