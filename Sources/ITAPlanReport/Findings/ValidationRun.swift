import ITAPlanCore

/// Everything one `validate` run found, ready for a reporter.
public struct ValidationRun: Sendable {
    public var files: [CheckedPlan]
    /// Files and folders that could not be read at all.
    public var ioErrors: [ITAPlanError]

    public init(files: [CheckedPlan], ioErrors: [ITAPlanError] = []) {
        self.files = files
        self.ioErrors = ioErrors
    }

    public var errorCount: Int { files.reduce(0) { $0 + $1.errorCount } }
    public var warningCount: Int { files.reduce(0) { $0 + $1.warningCount } }
}

/// Renders a validation run in one output format.
public protocol FindingsReporter {
    func render(_ run: ValidationRun) -> String
}
