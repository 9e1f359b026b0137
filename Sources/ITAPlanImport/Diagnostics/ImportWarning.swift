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
    /// `path:line: warning: message`, as a compiler prints it; for a Word
    /// file, web page or PDF, `path: page 2, line 14: warning: message`.
    public func text(path: String, in language: Language, places: SourcePlaces = SourcePlaces()) -> String {
        let place: String
        if let line {
            place = places.isText ? "\(path):\(line):" : "\(path): \(places[line].text(in: language)):"
        } else {
            place = "\(path):"
        }
        return "\(place) warning: \(message.text(in: language))"
    }
}
