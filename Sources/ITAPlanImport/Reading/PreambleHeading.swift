import ITAPlanCore

/// A heading that opens narrative before the tables: a foreword (คำนำ),
/// a table of contents (สารบัญ), the assessment's principles
/// (หลักการประเมิน), background (หลักการและเหตุผล, บทนำ). What follows it up to
/// the ITA result or a table is not part of the plan; it is skipped, and a
/// warning says which lines.
struct PreambleHeading: Equatable {
    let heading: String

    static let headings = ["คำนำ", "สารบัญ", "หลักการประเมิน", "หลักการและเหตุผล", "บทนำ", "ความเป็นมา", "วัตถุประสงค์"]

    init?(_ text: String) {
        let compact = text.withoutWhitespace
        // A heading line: the word itself, perhaps numbered or followed by a few words ("หลักการประเมิน ITA").
        let body = ThaiNumber.numbered(compact)?.rest.withoutWhitespace ?? compact
        guard body.count <= 40, let heading = Self.headings.first(where: { body.hasPrefix($0) }) else { return nil }
        self.heading = heading
    }
}
