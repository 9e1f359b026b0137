/// A year model's Thai indicator names without whitespace, both ways: what
/// `IndicatorRule.misnumbered` compares a written name with. Built once per
/// model when the catalog is made, not once per plan: hashing Thai text
/// normalizes it, and rebuilding this table for every plan (three rules
/// ask) was the largest part of issue 18's cost on validate and status.
struct IndicatorNames: Sendable {
    /// Each number's own name, without whitespace.
    private let compactName: [Int: String]
    /// The first indicator of the model bearing each name, without whitespace.
    private let owner: [String: Int]

    init(_ model: ScoringModel) {
        var compactName: [Int: String] = [:]
        var owner: [String: Int] = [:]
        for indicator in model.indicators {
            let compact = indicator.nameTH.withoutWhitespace
            if compactName[indicator.number] == nil { compactName[indicator.number] = compact }
            if owner[compact] == nil { owner[compact] = indicator.number }
        }
        self.compactName = compactName
        self.owner = owner
    }

    /// The name of indicator `number` without whitespace, when the model has it.
    func compactName(of number: Int) -> String? {
        compactName[number]
    }

    /// The indicator whose name, without whitespace, is `compact`.
    func number(named compact: String) -> Int? {
        owner[compact]
    }
}
