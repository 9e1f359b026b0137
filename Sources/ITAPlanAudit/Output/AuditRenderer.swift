import Foundation
import ITAPlanCore
import ITAPlanGit
import ITAPlanReport

/// Text, JSON and CSV for `audit log`, `audit verify` and `history`.
public struct AuditRenderer {
    let language: Language
    let dates: DateText
    /// The zone commit times are shown in: the executable chooses it.
    let timeZone: TimeZone

    public init(language: Language, timeZone: TimeZone) {
        self.language = language
        self.timeZone = timeZone
        dates = DateText(language: language)
    }

    private var th: Bool { language == .thai }

    private func ratio(_ done: Int, _ of: Int) -> String {
        of == 0 ? "\(done)/0" : "\(done)/\(of) \(Int((Double(done) * 100 / Double(of)).rounded()))%"
    }

    private func day(_ instant: Date) -> String {
        dates.day(CivilDate(instant, in: timeZone))
    }

    private func isoDay(_ text: String) -> String {
        guard case .date(let date) = DateParsing.parse(text) else { return text }
        return dates.day(date)
    }

    // MARK: - audit log

    private var projectionMark: String { th ? " (คาดการณ์)" : " (projection)" }

    public func log(_ records: [SnapshotRecord]) -> String {
        guard !records.isEmpty else { return th ? "ยังไม่มี snapshot\n" : "no snapshots yet\n" }
        var table = TextTable([
            .init("snapshot"), .init(th ? "บันทึกเมื่อ" : "Committed"), .init(th ? "จาก commit" : "Source"),
            .init(th ? "ณ วันที่" : "As of"), .init(th ? "เสร็จ/ถึงกำหนด" : "Done/due", .right),
            .init(th ? "เสร็จ/ทั้งปี" : "Done/year", .right), .init(th ? "เกินกำหนด" : "Overdue", .right),
            .init(th ? "ลงนาม" : "Signed"), .init(th ? "โดย" : "By", maxWidth: 32),
        ])
        for record in records {
            let totals = record.completion
            table.add([
                record.id.short, day(record.committed),
                record.metadata.map { visible(String($0.sourceCommit.prefix(7))) } ?? "?",
                record.metadata.map { visible(isoDay($0.asOf)) + ($0.isProjection || $0.isAfterCheck ? projectionMark : "") } ?? "?",
                totals.map { ratio($0.doneOfDueSoFar, $0.dueSoFar) } ?? "?",
                totals.map { ratio($0.done, $0.total) } ?? "?",
                totals.map { String($0.overdue) } ?? "?",
                record.signed ? (th ? "ลงนาม" : "signed") : "—",
                record.author.isEmpty ? "?" : visible(record.author),
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
            /// Carries a signature; `audit verify` says whether it is good.
            let signed: Bool
            /// The snapshot commit's author name.
            let author: String
            /// Made with `snapshot --projection`: as of a day after it was checked.
            let projection: Bool
        }
    }

    public func logJSON(_ records: [SnapshotRecord]) -> String {
        let formatter = ISO8601DateFormatter()
        return JSONOutput.encode(LogOutput(snapshots: records.map { record in
            LogOutput.Entry(id: record.id.description, committed: formatter.string(from: record.committed),
                            sourceCommit: record.metadata?.sourceCommit, asOf: record.metadata?.asOf,
                            toolVersion: record.metadata?.toolVersion, done: record.completion?.done,
                            total: record.completion?.total, dueSoFar: record.completion?.dueSoFar,
                            doneOfDueSoFar: record.completion?.doneOfDueSoFar, overdue: record.completion?.overdue,
                            signed: record.signed, author: record.author,
                            projection: record.metadata.map { $0.isProjection || $0.isAfterCheck } ?? false)
        }))
    }

    // MARK: - audit verify

    public func verification(_ results: [SnapshotVerification]) -> String {
        verification(ChainVerification(snapshots: results, problems: []))
    }

    public func verification(_ chain: ChainVerification) -> String {
        let results = chain.snapshots
        guard !results.isEmpty else { return th ? "ยังไม่มี snapshot\n" : "no snapshots yet\n" }
        var out = ""
        for result in results {
            let source = result.metadata.map { " · " + (th ? "จาก " : "source ") + visible(String($0.sourceCommit.prefix(7))) } ?? ""
            let asOf = result.metadata.map { " · " + (th ? "ณ " : "as of ") + visible(isoDay($0.asOf)) } ?? ""
            out += (result.isValid ? "ok    " : "FAIL  ") + "\(result.id.short)\(source)\(asOf)\n"
            for problem in result.problems { out += "      " + text(problem, snapshot: result.id) + "\n" }
            for note in result.notes { out += "      " + text(note) + "\n" }
        }
        for problem in chain.problems { out += "FAIL  " + text(problem) + "\n" }
        let failed = results.filter { !$0.isValid }.count
        out += th
            ? "ตรวจ \(results.count) snapshot ผ่าน \(results.count - failed) ไม่ผ่าน \(failed)\n"
            : "\(results.count) snapshot\(results.count == 1 ? "" : "s") checked: \(results.count - failed) ok, \(failed) failed\n"
        return out
    }

    /// Text from the repository or from ssh-keygen, made safe to print
    /// (`SafeText`): a forged file name cannot drive the terminal or a CI log.
    private func visible(_ text: String) -> String {
        SafeText.inline(text)
    }

    /// `snapshot`: the snapshot the problem was found in, when there is one.
    func text(_ problem: SnapshotVerification.Problem, snapshot: ObjectID?) -> String {
        switch problem {
        case .notASnapshot(let reason):
            let why = visible(reason.text(in: language))
            return th ? "ไม่ใช่ snapshot ของ itaplan: \(why)" : "not an itaplan snapshot: \(why)"
        case .sourceMissing(let commit):
            return th ? "ไม่พบ commit ต้นทาง \(visible(commit))" : "its source commit \(visible(commit)) is not in the repository"
        case .plansDiffer(let paths):
            return (th ? "แผนไม่ตรงกับ commit ต้นทาง: " : "its plans differ from the source commit's: ") + visible(paths.joined(separator: ", "))
        case .contentDiffers(let files, let version):
            let list = visible(files.joined(separator: ", "))
            if version == ITAPlanVersion.current {
                return (th ? "เนื้อหาไม่ตรงกับการคำนวณใหม่: " : "content differs from a recomputation: ") + list
            }
            return th
                ? "เนื้อหาไม่ตรงกับการคำนวณใหม่ของรุ่นนี้ (\(ITAPlanVersion.current)): \(list); snapshot ระบุว่าสร้างโดย itaplan \(visible(version)) ถ้ายอมรับกฎของรุ่นนั้นให้ใช้ --accept-version \(visible(version))"
                : "content differs from this version's (\(ITAPlanVersion.current)) recomputation: \(list); the snapshot says itaplan \(visible(version)) made it: --accept-version \(visible(version)) accepts that version's rules"
        case .unexpectedFiles(let paths):
            return (th ? "มีไฟล์ที่ snapshot ไม่ควรมี: " : "files a snapshot never holds: ") + visible(paths.joined(separator: ", "))
        case .wrongParents(let expected):
            return th ? "parent ของ commit ไม่ใช่แบบ snapshot (ต้องเป็น: \(visible(expected)))"
                      : "its parents are not a snapshot's (expected: \(visible(expected)))"
        case .chainBroken(let expectedSequence, let sequence, let expectedPrevious, let previous):
            let found = "\(sequence.map(String.init) ?? "—"), \(previous.map { visible(String($0.prefix(12))) } ?? "—")"
            let expected = "\(expectedSequence), \(expectedPrevious.map { String($0.prefix(12)) } ?? "—")"
            return th
                ? "ลำดับใน snapshot.json (ลำดับที่, snapshot ก่อนหน้า) คือ \(found) แต่ตาม parent ต้องเป็น \(expected): มี snapshot หายไป ถูกสลับ หรือถูกสร้างใหม่"
                : "snapshot.json places it at (sequence, previous) \(found) but its parents say \(expected): a snapshot was dropped, swapped or re-made"
        case .outOfOrder(let field, let previous, let this):
            return th ? "\(visible(field)) ย้อนหลังจาก snapshot ก่อนหน้า (\(visible(previous)) → \(visible(this)))"
                      : "its \(visible(field)) goes back from the previous snapshot's (\(visible(previous)) → \(visible(this)))"
        case .formatDowngrade(let from, let to, let after):
            let earlier = visible(String(after.prefix(12)))
            return th
                ? "รูปแบบ snapshot ย้อนจากรุ่น \(from) เป็นรุ่น \(to) หลัง snapshot \(earlier): รุ่น \(to) ไม่เก็บ commit ต้นทางเป็น parent และไม่มีลำดับให้ตรวจ snapshot หลังรุ่น \(from) จึงต้องไม่ใช่รุ่นต่ำกว่า"
                : "snapshot format goes back from \(from) to \(to) after snapshot \(earlier): format \(to) keeps no source commit as a parent and no sequence to check, so no snapshot after a format-\(from) one may use it"
        case .historyRewritten(let source, let branch, let changes):
            var out = th
                ? "ประวัติถูกเขียนใหม่หลัง snapshot \(snapshot?.short ?? "—"): \(visible(String(source.prefix(12)))) ไม่อยู่ในประวัติของ \(branch) แล้ว"
                : "history rewritten after snapshot \(snapshot?.short ?? "—"): \(visible(String(source.prefix(12)))) is not an ancestor of \(visible(branch))"
            for change in changes { out += "\n        " + text(change) }
            return out
        case .unsigned:
            return th ? "ไม่มีลายเซ็น" : "not signed"
        case .badSignature(let reason):
            return (th ? "ลายเซ็นไม่ถูกต้อง: " : "bad signature: ") + visible(reason)
        case .unlistedSigner(let key):
            return (th ? "ลงนามด้วยกุญแจที่ไม่อยู่ในรายชื่อผู้ลงนาม (allowed signers): " : "signed by a key not in the allowed signers: ") + visible(key)
        }
    }

    private func text(_ change: RecordChange) -> String {
        // Thai reads the period in words with its BE year; English keeps the key.
        let period = th ? DueInstance.label(period: change.period, dates: dates, fiscalYear: nil) : change.period
        let place = "\(visible(change.path)) \(visible(change.measure))/\(visible(change.step)) \(visible(period))"
        let before = change.before.text(in: language) + (change.doneBefore.map { " " + dates.day($0) } ?? "")
        guard let after = change.after else {
            return th ? "\(place): บันทึกหายไป (เดิม \(before))" : "\(place): the record vanished (was \(before))"
        }
        let now = after.text(in: language) + (change.doneAfter.map { " " + dates.day($0) } ?? "")
        return th ? "\(place): เดิม \(before) ตอนนี้ \(now)" : "\(place): was \(before), now reads \(now)"
    }

    private func text(_ note: SnapshotVerification.Note) -> String {
        switch note {
        case .acceptedVersion(let version, let files):
            return th
                ? "ยอมรับตาม --accept-version \(visible(version)): ต่างจากการคำนวณของรุ่นนี้ที่ \(visible(files.joined(separator: ", ")))"
                : "accepted (--accept-version \(visible(version))): differs from this version's recomputation in \(visible(files.joined(separator: ", ")))"
        case .signedBy(let principal):
            return th ? "ลายเซ็นถูกต้อง โดย \(visible(principal))" : "good signature by \(visible(principal))"
        case .signatureNotChecked:
            return th ? "มีลายเซ็น แต่ไม่ได้ตรวจ: ยังไม่ได้ตั้ง gpg.ssh.allowedSignersFile"
                      : "signed, not checked: no gpg.ssh.allowedSignersFile"
        case .sourceNotKept:
            return th ? "รูปแบบ snapshot 1: ไม่ได้เก็บ commit ต้นทางเป็น parent (git gc อาจลบได้)"
                      : "snapshot format 1: its source commit is not kept as a parent (git gc may remove it)"
        case .earlierBundledModels(let files):
            let list = visible(files.joined(separator: ", "))
            return th ? "คำนวณด้วยแบบจำลองปีที่ itaplan รุ่นก่อนให้มา ซึ่งแก้ไขแล้วในรุ่นนี้: \(list)"
                      : "computed with year models an earlier itaplan shipped, corrected since: \(list)"
        case .projection(let asOf, let checkedOn, let marked):
            let unmarked = marked ? "" : (th ? " (ไม่ได้ทำเครื่องหมายว่าเป็นการคาดการณ์)" : " (not marked as one)")
            return th ? "เป็นการคาดการณ์: สถานะ ณ \(visible(isoDay(asOf))) คำนวณเมื่อ \(visible(isoDay(checkedOn)))\(unmarked)"
                      : "a projection: the status as of \(visible(isoDay(asOf))), computed on \(visible(isoDay(checkedOn)))\(unmarked)"
        }
    }

    private func text(_ problem: ChainVerification.Problem) -> String {
        switch problem {
        case .leftChain(let commit):
            return th
                ? "reflog บันทึกว่า ref เคยชี้ที่ \(commit.prefix(12)) ซึ่งไม่อยู่ในสายแล้ว: snapshot ถูกตัดออกหรือถูกเขียนใหม่"
                : "the reflog says the ref pointed at \(commit.prefix(12)), which is no longer in the chain: snapshots were dropped or rewritten"
        case .refMovedWithoutLog(let reflog, let reference):
            return th
                ? "ref ชี้ที่ \(reference.prefix(12)) แต่ reflog ย้ายไปที่ \(reflog.prefix(12)) ครั้งล่าสุด"
                : "the ref points at \(reference.prefix(12)), but its reflog last moved it to \(reflog.prefix(12))"
        case .shallowClone(let snapshots):
            let list = visible(snapshots.joined(separator: ", "))
            return th
                ? "repository นี้เป็น shallow clone (ค่าเริ่มต้นของ CI) ประวัติไม่ครบ จึงตรวจ commit ต้นทางของ snapshot"
                  + " \(snapshots.count) รายการ (\(list)) ไม่ได้ ใช้ fetch-depth: 0 ใน actions/checkout หรือ git fetch --unshallow"
                : "this is a shallow clone (the CI default), so its history is cut short and the source commits of"
                  + " \(snapshots.count) snapshot\(snapshots.count == 1 ? "" : "s") (\(list)) cannot be checked;"
                  + " use fetch-depth: 0 with actions/checkout, or git fetch --unshallow"
        }
    }

    // MARK: - history

    public func history(_ history: PlanHistory) -> String {
        var out = (th ? "บันทึกความคืบหน้า (บันทึกครั้งแรก)" : "Progress records, as first recorded") + "\n"
        var table = TextTable([
            .init(th ? "แผน" : "Plan", maxWidth: 40), .init(th ? "ขั้นตอน" : "Step"), .init(th ? "งวด" : "Period"),
            .init(th ? "เสร็จ" : "Done"), .init(th ? "บันทึกใน snapshot" : "Recorded"), .init("commit"),
            .init(th ? "โดย" : "By", maxWidth: 40),
        ])
        for record in history.records {
            let recorded = record.recorded.map { dates.day($0.day) + (record.recordedLate ? " !" : "") } ?? "—"
            // Thai: the period in words, as status shows it (ต.ค. 2569, ไตรมาส 2, ครั้งเดียว).
            let period = th ? DueInstance.label(period: record.period, dates: dates, fiscalYear: nil) : record.period
            table.add([record.path, record.step, period, record.done.map { dates.day($0) } ?? "—",
                       recorded, record.introducingCommit.short, record.firstAuthor.name])
        }
        out += history.records.isEmpty ? (th ? "  ไม่มี\n" : "  none\n") : table.render(indent: "  ")
        if history.records.contains(where: \.recordedLate) {
            let days = PlanHistory.Recording.lateThresholdDays
            out += "  " + (th ? "! วันที่เสร็จเร็วกว่าวันที่บันทึกใน snapshot แรกเกิน \(days) วัน"
                              : "! done more than \(days) days before the first snapshot that held it") + "\n"
        }
        out += "\n" + (th ? "ความคืบหน้าตามเวลา" : "Completion over time") + "\n"
        var series = TextTable([
            .init(th ? "วันที่" : "Day"), .init("commit"), .init(th ? "เสร็จ/ถึงกำหนด" : "Done/due", .right),
            .init(th ? "เสร็จ/ทั้งปี" : "Done/year", .right), .init(th ? "เกินกำหนด" : "Overdue", .right),
        ])
        // One line per commit, in history order, as the CSV and JSON give it:
        // commit dates can go backwards (rebases, wrong clocks), so no line
        // is dropped or merged by its day.
        for point in history.series {
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
            @NullEncoded var recorded: String?
            @NullEncoded var recordedSnapshot: String?
            let recordedLate: Bool
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
                                     doneCommit: $0.doneCommit?.description,
                                     recorded: $0.recorded.map { formatter.string(from: $0.time) },
                                     recordedSnapshot: $0.recorded?.snapshot.description, recordedLate: $0.recordedLate)
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
