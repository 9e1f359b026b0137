/// Errors that stop a command, as opposed to findings about a plan. All of
/// their messages are here, in both languages.
public enum ITAPlanError: Error, Sendable, Equatable {
    case badScoringModel(path: String, reason: String)
    case cannotRead(path: String, reason: String)
    case noPlans(path: String)
    case notFound(path: String)
    case cannotWrite(path: String, reason: String)
    /// A file itaplan declines to read, for a reason of its own (the
    /// system's reasons come as `cannotRead`'s text).
    case refused(path: String, why: ReadRefusal)

    public enum ReadRefusal: Sendable, Equatable, CaseIterable {
        case brokenLink
        case missingOrUnreadable
        case largerThan(mebibytes: Int)
        case nestedDeeperThan(levels: Int)

        public static let allCases: [ReadRefusal] = [.brokenLink, .missingOrUnreadable, .largerThan(mebibytes: 64),
                                                    .nestedDeeperThan(levels: 64)]

        public func text(in language: Language) -> String {
            let th = language == .thai
            switch self {
            case .brokenLink: return th ? "symbolic link ที่ชี้ไปยังไฟล์ที่ไม่มีอยู่" : "broken symbolic link"
            case .missingOrUnreadable: return th ? "ไม่มีไฟล์นี้หรือไม่มีสิทธิ์อ่าน" : "no such file or not readable"
            case .largerThan(let mebibytes): return th ? "ใหญ่กว่า \(mebibytes) MiB" : "larger than \(mebibytes) MiB"
            case .nestedDeeperThan(let levels):
                return th ? "มีโฟลเดอร์ซ้อนกันลึกกว่า \(levels) ชั้น" : "folders nested deeper than \(levels) levels"
            }
        }
    }

    public func text(in language: Language) -> String {
        let th = language == .thai
        switch self {
        case .badScoringModel(let path, let reason):
            return th ? "\(path): ข้อมูลเกณฑ์การให้คะแนนเสีย: \(reason)"
                      : "\(path): scoring model data is broken: \(reason)"
        case .cannotRead(let path, let reason):
            return th ? "\(path): อ่านไม่ได้: \(reason)" : "\(path): cannot read: \(reason)"
        case .refused(let path, let why):
            return th ? "\(path): อ่านไม่ได้: \(why.text(in: language))" : "\(path): cannot read: \(why.text(in: language))"
        case .noPlans(let path):
            return th ? "\(path): ไม่พบไฟล์แผน (*.yaml, *.yml)" : "\(path): no plan files (*.yaml, *.yml) found"
        case .cannotWrite(let path, let reason):
            return th ? "\(path): เขียนไม่ได้: \(reason)" : "\(path): cannot write: \(reason)"
        case .notFound(let path):
            return th ? "\(path): ไม่มีไฟล์หรือโฟลเดอร์นี้" : "\(path): no such file or directory"
        }
    }
}
