import ITAPlanCore

/// Something the importer could not do as the document is written: text it
/// could not place, a value it had to supply. Data, like a finding; the
/// caller prints it.
public struct ImportWarning: Sendable, Equatable {
    /// The 1-based source line, or nil when it is about the whole document.
    public var line: Int?
    public var message: ImportMessage

    public init(line: Int?, _ message: ImportMessage) {
        self.line = line
        self.message = message
    }
}

extension ImportWarning {
    /// `path:line: warning: message`, as a compiler prints it.
    public func text(path: String, in language: Language) -> String {
        let place = line.map { "\(path):\($0):" } ?? "\(path):"
        return "\(place) warning: \(message.text(in: language))"
    }
}
