import ITAPlanCore

/// `record --from file.csv`: every row of a CSV file recorded into the plans
/// it names, all or none. This type prepares every plan's new text and
/// collects every problem; the caller writes the results only when there
/// are no problems.
public struct CSVRecording {
    /// What is wrong with a row (or the file, or a plan), and where.
    public struct Problem: Sendable, Equatable {
        /// The spreadsheet's row number; nil for the whole file.
        public let row: Int?
        /// The column header as written; nil for the whole row.
        public let column: String?
        /// The plan the row goes to, when the problem is the plan's answer.
        public let plan: String?
        /// False when the problem is the plan's own (it already has errors), not a row's.
        public let inCSV: Bool
        public let message: RecordMessage

        public init(row: Int?, column: String?, plan: String?, inCSV: Bool, message: RecordMessage) {
            self.row = row
            self.column = column
            self.plan = plan
            self.inCSV = inCSV
            self.message = message
        }

        /// A value the file gets wrong (a date, a header, a missing plan), as
        /// opposed to a row the plan's rules refuse: the first is a usage
        /// mistake (exit 2, as the same value given as an option), the second
        /// a refusal (exit 1).
        public var isUsage: Bool { plan == nil && inCSV }

        /// `file.csv: row 7, column done: plan.yaml: …` (Thai: `แถว 7 คอลัมน์ done`).
        public func text(csvPath: String, in language: Language) -> String {
            guard inCSV else { return (plan ?? "") + ": " + message.text(in: language) }
            let th = language == .thai
            var place = csvPath + ": "
            if let row { place += th ? "แถว \(row)" : "row \(row)" }
            if let column { place += (row == nil ? "" : (th ? " " : ", ")) + (th ? "คอลัมน์ " : "column ") + column }
            if row != nil || column != nil { place += ": " }
            return place + (plan.map { $0 + ": " } ?? "") + message.text(in: language)
        }
    }

    /// One plan's new text, checked, with the records it adds.
    public struct Ready: Sendable {
        public let path: String
        public let source: PlanSource
        public let result: PlanSource
        public let records: [RecordedProgress]
    }

    public struct Prepared: Sendable {
        public var ready: [Ready] = []
        public var problems: [Problem] = []
        /// The plans' findings behind the first refusals (`findingsShown`).
        public var findings: [CheckedPlan] = []
    }

    /// Snippets for the first rows only: a file of thousands of bad rows
    /// needs its list of rows, not thousands of source excerpts.
    public static let findingsShown = 20

    let recorder: ProgressRecorder

    public init(recorder: ProgressRecorder) {
        self.recorder = recorder
    }

    /// Reads `bytes` (the CSV file); rows without a plan column go to
    /// `fallbackPlan`. `read` reads a plan file.
    public func prepare(_ bytes: [UInt8], fallbackPlan: String?,
                        read: (String) throws -> PlanSource) rethrows -> Prepared {
        let table = ProgressCSV.read(bytes)
        let headers = ProgressCSV.Headers(bytes)
        var prepared = Prepared()
        prepared.problems = table.problems.map {
            Problem(row: $0.row, column: $0.column, plan: nil, inCSV: true, message: $0.message)
        }
        var groups: [(path: String, rows: [(row: Int, entry: ProgressEntry)])] = []
        // One group per file, however each row spells its path ("plans/a.yaml",
        // "./plans/a.yaml", a link to it): two groups of one file would each be
        // made from the same original, and the second write refused after the first.
        var groupOfFile: [String: Int] = [:]
        // A plan named in a row was written by whoever made the CSV, not typed
        // by the user: it must stay in the repository record runs in (its
        // folder outside one), links resolved, as a link in a plans folder
        // must for validate. `--plan` (the fallback) is the user's, taken as
        // validate takes a path it is given.
        let boundary = FileReading.enclosingRoot(of: "plan.yaml")
        for row in table.rows {
            guard let plan = row.plan ?? fallbackPlan else {
                prepared.problems.append(Problem(row: row.row, column: "plan", plan: nil, inCSV: true, message: .csvRowNeedsPlan))
                continue
            }
            if row.plan != nil, let boundary, let resolved = FileReading.realPath(plan),
               !FileReading.isInside(resolved, boundary) {
                prepared.problems.append(Problem(row: row.row, column: "plan", plan: nil, inCSV: true,
                                                 message: .csvPlanOutside(path: plan)))
                continue
            }
            switch row.input.entry() {
            case .success(let entry):
                let file = FileReading.realPath(plan) ?? plan
                if let index = groupOfFile[file] {
                    groups[index].rows.append((row.row, entry))
                } else {
                    groupOfFile[file] = groups.count
                    groups.append((plan, [(row.row, entry)]))
                }
            case .failure(let bad):
                for problem in bad.problems {
                    prepared.problems.append(Problem(row: row.row, column: headers.name(of: problem.field), plan: nil,
                                                     inCSV: true, message: problem.message))
                }
            }
        }
        var shownFindings = 0
        for group in groups {
            let source = try read(group.path)
            switch recorder.record(group.rows.map(\.entry), in: source) {
            case .success(let done):
                prepared.ready.append(Ready(path: group.path, source: source, result: done.source, records: done.records))
            case .failure(let batch):
                // A plan that is already wrong is said once, not once per row.
                if let first = batch.refused.first, case .planHasErrors = first.refusal.message {
                    prepared.problems.append(Problem(row: nil, column: nil, plan: group.path, inCSV: false,
                                                     message: first.refusal.message))
                    if let checked = first.refusal.findings { prepared.findings.append(checked) }
                    continue
                }
                for refused in batch.refused {
                    prepared.problems.append(Problem(row: group.rows[refused.index].row,
                                                     column: headers.name(of: refused.refusal.field),
                                                     plan: group.path, inCSV: true, message: refused.refusal.message))
                    if let checked = refused.refusal.findings, shownFindings < Self.findingsShown {
                        prepared.findings.append(checked)
                        shownFindings += 1
                    }
                }
            }
        }
        return prepared
    }
}
