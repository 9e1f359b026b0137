import ITAPlanCore
import ITAPlanReport

/// Finds, reads and checks the plans named on the command line, as every
/// command that works on plans does.
struct PlanLoading {
    let files: [CheckedPlan]
    let ioErrors: [ITAPlanError]

    /// Throws only when itaplan's own data is missing.
    static func load(_ paths: [String], today: CivilDate) throws -> PlanLoading {
        let catalog = try ITAYearCatalog.bundled()
        let checker = PlanChecker(catalog: catalog, today: today)
        let discovery = PlanDiscovery.discover(paths.isEmpty ? ["plans"] : paths)
        var files: [CheckedPlan] = []
        var errors = discovery.errors
        for result in checker.check(paths: discovery.files) {
            switch result {
            case .success(let file): files.append(file)
            case .failure(let error): errors.append(error)
            }
        }
        return PlanLoading(files: files, ioErrors: errors)
    }

    var run: ValidationRun { ValidationRun(files: files, ioErrors: ioErrors) }
}
