import Foundation

/// An error that stops a command and words itself in Thai and English, in
/// one switch next to its definition. The executable prints
/// `FailureText.text(for:in:)`, never the error's Swift description.
public protocol LocalizedFailure: Error {
    func text(in language: Language) -> String
}

extension ITAPlanError: LocalizedFailure {}

/// The one way an error reaches the user as words.
public enum FailureText {
    /// The error's own words, or, for an error type with none, a generic
    /// sentence naming its type: never a dump of its payload, which may hold
    /// anything a file or a library said.
    public static func text(for error: Error, in language: Language) -> String {
        if let failure = error as? LocalizedFailure { return failure.text(in: language) }
        let type = SafeText.inline(String(reflecting: Swift.type(of: error)))
        // Foundation's errors carry a sentence of their own (a file's errno).
        let detail = error is CocoaError || Swift.type(of: error) is NSError.Type
            ? ": " + SafeText.inline((error as NSError).localizedDescription) : ""
        return language.pick(th: "เกิดข้อผิดพลาดที่ itaplan ไม่ได้คาดไว้ (\(type))\(detail) โปรดแจ้งผู้ดูแล itaplan",
                             en: "unexpected error (\(type))\(detail); please report it to the itaplan maintainers")
    }
}
