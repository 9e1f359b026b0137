import ITAPlanCore
import Mustache

/// What is wrong in a Mustache template, in the user's words: one case for
/// each of swift-mustache's parser errors, so none reaches the user as a
/// Swift case name.
public enum TemplateProblem: Sendable, Equatable, CaseIterable {
    case sectionCloseNameIncorrect
    case unfinishedName
    case expectedSectionEnd
    case invalidSetDelimiter
    case transformAppliedToInheritanceSection
    case illegalTokenInsideInheritSection
    case textInsideInheritSection
    case invalidConfigVariableSyntax
    case unrecognisedConfigVariable
    /// The reader underneath ran out of text (a tag left open at the end).
    case endsInsideTag

    init(_ error: Error) {
        guard let error = error as? MustacheTemplate.Error else {
            self = .endsInsideTag
            return
        }
        switch error {
        case .sectionCloseNameIncorrect: self = .sectionCloseNameIncorrect
        case .unfinishedName: self = .unfinishedName
        case .expectedSectionEnd: self = .expectedSectionEnd
        case .invalidSetDelimiter: self = .invalidSetDelimiter
        case .transformAppliedToInheritanceSection: self = .transformAppliedToInheritanceSection
        case .illegalTokenInsideInheritSection: self = .illegalTokenInsideInheritSection
        case .textInsideInheritSection: self = .textInsideInheritSection
        case .invalidConfigVariableSyntax: self = .invalidConfigVariableSyntax
        case .unrecognisedConfigVariable: self = .unrecognisedConfigVariable
        }
    }

    public func text(in language: Language) -> String {
        let th = language == .thai
        switch self {
        case .sectionCloseNameIncorrect:
            return th ? "ชื่อใน {{/…}} ไม่ตรงกับ {{#…}} ที่เปิดไว้" : "the name in {{/…}} does not match the open {{#…}}"
        case .unfinishedName:
            return th ? "แท็กไม่ครบ (ขาด }} หรือชื่อผิดรูป)" : "an unfinished tag (no }} or a malformed name)"
        case .expectedSectionEnd:
            return th ? "section ที่เปิดไว้ไม่มี {{/…}} ปิด" : "a section is opened but never closed with {{/…}}"
        case .invalidSetDelimiter:
            return th ? "แท็กเปลี่ยนตัวคั่น {{=… …=}} ผิดรูป" : "a malformed set-delimiter tag {{=… …=}}"
        case .transformAppliedToInheritanceSection:
            return th ? "ใช้ transform กับ section ที่สืบทอด (inheritance) ไม่ได้" : "a transform cannot apply to an inheritance section"
        case .illegalTokenInsideInheritSection:
            return th ? "มีแท็กที่ใช้ไม่ได้ใน section ที่สืบทอด" : "a tag that is not allowed inside an inheritance section"
        case .textInsideInheritSection:
            return th ? "มีข้อความใน section ที่สืบทอด" : "text inside an inheritance section"
        case .invalidConfigVariableSyntax:
            return th ? "แท็กตั้งค่า {{% … }} ผิดรูป" : "a malformed configuration tag {{% … }}"
        case .unrecognisedConfigVariable:
            return th ? "ไม่รู้จักค่าใน {{% … }} (เช่น CONTENT_TYPE)" : "an unknown setting in {{% … }} (such as CONTENT_TYPE)"
        case .endsInsideTag:
            return th ? "แม่แบบจบกลางแท็ก (ขาด }})" : "the template ends inside a tag (no }})"
        }
    }
}
