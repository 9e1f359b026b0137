import ITAPlanCore
import ITAPlanReport

/// Finds the plan files named on a command line, as every command that
/// works on plans does, and checks them.
public struct PlanLoading: Sendable {
    public let checker: PlanChecker
    public let files: [String]
    /// Where each file's symbolic links may lead (see `PlanDiscovery`).
    public let roots: [String?]
    public let discoveryErrors: [ITAPlanError]
    /// The year models the plans are checked with, and the repository's model files.
    public let yearModels: YearModelLoading

    /// `paths` as given (none: `plans`); `today` for the rules that need
    /// it; `currentDirectory` the caller's working folder.
    /// Throws only when itaplan's own data is missing or a model file cannot be read.
    public init(_ paths: [String], today: CivilDate, currentDirectory: String) throws {
        yearModels = try YearModelLoading.workingTree(near: paths.first ?? "plans", currentDirectory: currentDirectory)
        checker = PlanChecker(catalog: yearModels.catalog, today: today)
        let discovery = PlanDiscovery.discover(paths.isEmpty ? ["plans"] : paths)
        files = discovery.files
        roots = discovery.roots
        discoveryErrors = discovery.errors
    }

    /// Every file checked, findings only: what `validate` needs, in bounded memory.
    public func validationRun() -> ValidationRun {
        // The repository's year model files come first, with their own findings.
        var run = ValidationRun(files: yearModels.files.filter { !$0.findings.isEmpty }.map(\.asCheckedFile),
                                ioErrors: discoveryErrors)
        checker.check(paths: files, roots: roots, transform: { $0.map(\.findingsOnly) }) { batch in
            for result in batch {
                switch result {
                case .success(let file): run.files.append(file)
                case .failure(let error): run.ioErrors.append(error)
                }
            }
        }
        return run
    }

    /// Every file checked with its plan: for commands that need the plans themselves.
    public func checkedFiles() -> (files: [CheckedPlan], ioErrors: [ITAPlanError]) {
        var files: [CheckedPlan] = []
        var errors = discoveryErrors
        for result in checker.check(paths: self.files, roots: roots) {
            switch result {
            case .success(let file): files.append(file)
            case .failure(let error): errors.append(error)
            }
        }
        return (files, errors)
    }
}
