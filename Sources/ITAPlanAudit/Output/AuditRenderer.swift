import Foundation
import ITAPlanCore
import ITAPlanGit
import ITAPlanReport

/// Text, JSON and CSV for `audit log`, `audit verify` and `history`.
public struct AuditRenderer {
    let language: Language
    let dates: DateText

    public init(language: Language) {
        self.language = language
        dates = DateText(language: language)
    }

    private var th: Bool { language == .thai }

    private func ratio(_ done: Int, _ of: Int) -> String {
        of == 0 ? "\(done)/0" : "\(done)/\(of) \(Int((Double(done) * 100 / Double(of)).rounded()))%"
    }

    private func day(_ instant: Date) -> String {
        dates.day(CivilDate(instant, in: CivilDate.bangkok))
    }

    private func isoDay(_ text: String) -> String {
        guard case .date(let date) = DateParsing.parse(text) else { return text }
        return dates.day(date)
    }

    // MARK: - audit log

    public func log(_ records: [SnapshotRecord]) -> String {
        guard !records.isEmpty else { return th ? "ยังไม่มี snapshot\n" : "no snapshots yet\n" }
        var table = TextTable([
            .init("snapshot"), .init(th ? "บันทึกเมื่อ" : "Committed"), .init(th ? "จาก commit" : "Source"),
            .init(th ? "ณ วันที่" : "As of"), .init(th ? "เสร็จ/ถึงกำหนด" : "Done/due", .right),
            .init(th ? "เสร็จ/ทั้งปี" : "Done/year", .right), .init(th ? "เกินกำหนด" : "Overdue", .right),
        ])
        for record in records {
            let totals = record.completion
            table.add([
                record.id.short, day(record.committed),
                record.metadata.map { String($0.sourceCommit.prefix(7)) } ?? "?",
                record.metadata.map { isoDay($0.asOf) } ?? "?",
                totals.map { ratio($0.doneOfDueSoFar, $0.dueSoFar) } ?? "?",
                totals.map { ratio($0.done, $0.total) } ?? "?",
                totals.map { String($0.overdue) } ?? "?",
            ])
        }
        return table.render()
    }

    struct LogOutput: Encodable {
        let format = "itaplan-audit-log"
        let version = 1
        let snapshots: [Entry]

        struct Entry: Encodable {
            let id: String
            let committed: String
            @NullEncoded var sourceCommit: String?
            @NullEncoded var asOf: String?
            @NullEncoded var toolVersion: String?
            @NullEncoded var done: Int?
            @NullEncoded var total: Int?
            @NullEncoded var dueSoFar: Int?
            @NullEncoded var doneOfDueSoFar: Int?
            @NullEncoded var overdue: Int?

            enum CodingKeys: String, CodingKey {
                case id, committed, done, total, overdue
                case sourceCommit = "source_commit", asOf = "as_of", toolVersion = "tool_version"
                case dueSoFar = "due_so_far", doneOfDueSoFar = "done_of_due_so_far"
            }
        }
    }

    public func logJSON(_ records: [SnapshotRecord]) -> String {
        let formatter = ISO8601DateFormatter()
        return JSONOutput.encode(LogOutput(snapshots: records.map { record in
            LogOutput.Entry(id: record.id.description, committed: formatter.string(from: record.committed),
                            sourceCommit: record.metadata?.sourceCommit, asOf: record.metadata?.asOf,
                            toolVersion: record.metadata?.toolVersion, done: record.completion?.done,
                            total: record.completion?.total, dueSoFar: record.completion?.dueSoFar,
                            doneOfDueSoFar: record.completion?.doneOfDueSoFar, overdue: record.completion?.overdue)
        }))
    }

    // MARK: - audit verify

    public func verification(_ results: [SnapshotVerification]) -> String {
        guard !results.isEmpty else { return th ? "ยังไม่มี snapshot\n" : "no snapshots yet\n" }
        var out = ""
        for result in results {
            let source = result.metadata.map { " · " + (th ? "จาก " : "source ") + String($0.sourceCommit.prefix(7)) } ?? ""
            let asOf = result.metadata.map { " · " + (th ? "ณ " : "as of ") + isoDay($0.asOf) } ?? ""
            if result.isValid {
                out += "ok    \(result.id.short)\(source)\(asOf)\n"
                if let version = result.madeByOtherVersion {
                    out += "      " + (th
                        ? "สร้างโดย itaplan \(version) (รุ่นนี้ \(ITAPlanVersion.current)) ผลคำนวณใหม่ต่างกัน จึงตรวจได้เฉพาะไฟล์แผน"
                        : "made by itaplan \(version), not this \(ITAPlanVersion.current); its stored status differs from this version's, so only its plans were checked") + "\n"
                }
                continue
            }
            out += "FAIL  \(result.id.short)\(source)\(asOf)\n"
            for problem in result.problems { out += "      " + text(problem) + "\n" }
        }
        let failed = results.filter { !$0.isValid }.count
        out += th
            ? "ตรวจ \(results.count) snapshot ผ่าน \(results.count - failed) ไม่ผ่าน \(failed)\n"
            : "\(results.count) snapshot\(results.count == 1 ? "" : "s") checked: \(results.count - failed) ok, \(failed) failed\n"
        return out
    }

    private func text(_ problem: SnapshotVerification.Problem) -> String {
        switch problem {
        case .notASnapshot(let reason):
            let reason = SafeText.inline(reason)
            return th ? "ไม่ใช่ snapshot ของ itaplan: \(reason)" : "not an itaplan snapshot: \(reason)"
        case .sourceMissing(let commit):
            return th ? "ไม่พบ commit ต้นทาง \(commit)" : "its source commit \(commit) is not in the repository"
        case .plansDiffer(let paths):
            return (th ? "แผนไม่ตรงกับ commit ต้นทาง: " : "its plans differ from the source commit's: ")
                + SafeText.inline(paths.joined(separator: ", "))
        case .contentDiffers(let files):
            return (th ? "ไฟล์ไม่ตรงกับการคำนวณใหม่: " : "stored files differ from a recomputation: ")
                + SafeText.inline(files.joined(separator: ", "))
        }
    }

    // MARK: - history

    public func history(_ history: PlanHistory) -> String {
        var out = (th ? "บันทึกความคืบหน้า (บันทึกครั้งแรก)" : "Progress records, as first recorded") + "\n"
        var table = TextTable([
            .init(th ? "แผน" : "Plan", maxWidth: 40), .init(th ? "ขั้นตอน" : "Step"), .init(th ? "งวด" : "Period"),
            .init(th ? "เสร็จ" : "Done"), .init("commit"), .init(th ? "โดย" : "By", maxWidth: 40),
        ])
        for record in history.records {
            table.add([record.path, record.step, record.period, record.done.map { dates.day($0) } ?? "—",
                       (record.doneCommit ?? record.firstCommit).short, record.firstAuthor.name])
        }
        out += history.records.isEmpty ? (th ? "  ไม่มี\n" : "  none\n") : table.render(indent: "  ")
        out += "\n" + (th ? "ความคืบหน้าตามเวลา" : "Completion over time") + "\n"
        var series = TextTable([
            .init(th ? "วันที่" : "Day"), .init("commit"), .init(th ? "เสร็จ/ถึงกำหนด" : "Done/due", .right),
            .init(th ? "เสร็จ/ทั้งปี" : "Done/year", .right), .init(th ? "เกินกำหนด" : "Overdue", .right),
        ])
        // One line per day: the last commit of each day.
        var lastOfDay: [CivilDate: PlanHistory.Point] = [:]
        for point in history.series { lastOfDay[point.day] = point }
        for point in history.series where lastOfDay[point.day]?.commit == point.commit {
            let c = point.completion
            series.add([dates.day(point.day), point.commit.short, ratio(c.doneOfDueSoFar, c.dueSoFar),
                        ratio(c.done, c.total), String(c.overdue)])
        }
        out += series.render(indent: "  ")
        return out
    }

    struct HistoryOutput: Encodable {
        let format = "itaplan-history"
        let version = 1
        let head: String
        let plansDirectory: String
        let records: [Record]
        let series: [Point]

        enum CodingKeys: String, CodingKey {
            case format, version, head, records, series, plansDirectory = "plans_directory"
        }

        struct Record: Encodable {
            let path: String
            let step: String
            let period: String
            @NullEncoded var done: String?
            let evidence: [String]
            let firstCommit: String
            let firstAuthor: String
            let firstAuthorEmail: String
            let firstAuthored: String
            @NullEncoded var doneCommit: String?

            enum CodingKeys: String, CodingKey {
                case path, step, period, done, evidence
                case firstCommit = "first_commit", firstAuthor = "first_author", firstAuthorEmail = "first_author_email"
                case firstAuthored = "first_authored", doneCommit = "done_commit"
            }
        }

        struct Point: Encodable {
            let commit: String
            let committed: String
            let day: String
            let plans: Int
            let done: Int
            let total: Int
            let dueSoFar: Int
            let doneOfDueSoFar: Int
            let overdue: Int
            let dueSoon: Int

            enum CodingKeys: String, CodingKey {
                case commit, committed, day, plans, done, total, overdue
                case dueSoFar = "due_so_far", doneOfDueSoFar = "done_of_due_so_far", dueSoon = "due_soon"
            }
        }
    }

    private func output(_ history: PlanHistory) -> HistoryOutput {
        let formatter = ISO8601DateFormatter()
        return HistoryOutput(
            head: history.head.description, plansDirectory: history.plansDirectory,
            records: history.records.map {
                HistoryOutput.Record(path: $0.path, step: $0.step, period: $0.period, done: $0.done?.description,
                                     evidence: $0.evidence, firstCommit: $0.firstCommit.description,
                                     firstAuthor: $0.firstAuthor.name, firstAuthorEmail: $0.firstAuthor.email,
                                     firstAuthored: formatter.string(from: $0.firstAuthor.time),
                                     doneCommit: $0.doneCommit?.description)
            },
            series: history.series.map {
                HistoryOutput.Point(commit: $0.commit.description, committed: formatter.string(from: $0.committed),
                                    day: $0.day.description, plans: $0.plans, done: $0.completion.done,
                                    total: $0.completion.total, dueSoFar: $0.completion.dueSoFar,
                                    doneOfDueSoFar: $0.completion.doneOfDueSoFar, overdue: $0.completion.overdue,
                                    dueSoon: $0.completion.dueSoon)
            })
    }

    public func historyJSON(_ history: PlanHistory) -> String {
        JSONOutput.encode(output(history))
    }

    /// The series, one row per commit, for charts.
    public func historyCSV(_ history: PlanHistory) -> String {
        var lines = ["commit,committed,day,plans,done,total,due_so_far,done_of_due_so_far,overdue,due_soon"]
        for point in output(history).series {
            lines.append([point.commit, point.committed, point.day, String(point.plans), String(point.done),
                          String(point.total), String(point.dueSoFar), String(point.doneOfDueSoFar),
                          String(point.overdue), String(point.dueSoon)].joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
