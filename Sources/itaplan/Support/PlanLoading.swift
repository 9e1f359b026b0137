import ITAPlanCore
import ITAPlanReport

/// Finds the plan files named on a command line, as every command that
/// works on plans does, and checks them.
struct PlanLoading {
    let checker: PlanChecker
    let files: [String]
    /// Where each file's symbolic links may lead (see `PlanDiscovery`).
    let roots: [String?]
    let discoveryErrors: [ITAPlanError]
    /// The year models the plans are checked with, and the repository's model files.
    let yearModels: YearModelLoading

    /// Throws only when itaplan's own data is missing or a model file cannot be read.
    init(_ paths: [String], today: CivilDate) throws {
        yearModels = try YearModelLoading.workingTree(near: paths.first ?? "plans")
        checker = PlanChecker(catalog: yearModels.catalog, today: today)
        let discovery = PlanDiscovery.discover(paths.isEmpty ? ["plans"] : paths)
        files = discovery.files
        roots = discovery.roots
        discoveryErrors = discovery.errors
    }

    /// Every file checked, findings only: what `validate` needs, in bounded memory.
    func validationRun() -> ValidationRun {
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
    func checkedFiles() -> (files: [CheckedPlan], ioErrors: [ITAPlanError]) {
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
