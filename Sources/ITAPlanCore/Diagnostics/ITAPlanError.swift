/// Errors that stop a command, as opposed to findings about a plan. All of
/// their messages are here, in both languages.
public enum ITAPlanError: Error, Sendable, Equatable {
    case badScoringModel(path: String, reason: String)
    case cannotRead(path: String, reason: String)
    case noPlans(path: String)
    case notFound(path: String)
    case cannotWrite(path: String, reason: String)

    public func text(in language: Language) -> String {
        let th = language == .thai
        switch self {
        case .badScoringModel(let path, let reason):
            return th ? "\(path): ข้อมูลเกณฑ์การให้คะแนนเสีย: \(reason)"
                      : "\(path): scoring model data is broken: \(reason)"
        case .cannotRead(let path, let reason):
            return th ? "\(path): อ่านไม่ได้: \(reason)" : "\(path): cannot read: \(reason)"
        case .noPlans(let path):
            return th ? "\(path): ไม่พบไฟล์แผน (*.yaml, *.yml)" : "\(path): no plan files (*.yaml, *.yml) found"
        case .cannotWrite(let path, let reason):
            return th ? "\(path): เขียนไม่ได้: \(reason)" : "\(path): cannot write: \(reason)"
        case .notFound(let path):
            return th ? "\(path): ไม่มีไฟล์หรือโฟลเดอร์นี้" : "\(path): no such file or directory"
        }
    }
}
