import ITAPlanYAML

extension FindingSink {
    /// A finding from a check that rests on a fact of a year model: an
    /// error only when the fact is confirmed; otherwise a warning that says
    /// which fact, of which year, how sure it is and where it comes from,
    /// so no plan is ever refused over itaplan's own uncertain data.
    func add(_ rule: RuleID, at location: SourceLocation, _ message: Message, restingOn fact: ModelFact,
             of year: Int, confidence: Confidence, source: String, notes: [Finding.Note] = []) {
        guard confidence != .confirmed else {
            add(Finding(rule, at: location, message, notes: notes))
            return
        }
        add(Finding(rule, at: location, .unconfirmed(message, fact: fact, year: year, confidence: confidence),
                    severity: min(rule.defaultSeverity, confidence.mismatchSeverity),
                    notes: notes + [Finding.Note(.factSource(source))]))
    }
}

extension ScoringModel {
    /// The source of a fact, for the note under a finding that rests on it.
    func source(of fact: ModelFact, scale: Scale? = nil) -> String {
        switch fact {
        case .weights: return toolsFact.source
        case .indicators: return indicatorsFact.source
        case .levels: return (scale ?? scales.first)?.source ?? ""
        case .conditions: return conditions.map(\.source).first ?? ""
        case .passMark: return passMarkFact.source
        case .oitItems: return oitItems?.source ?? ""
        case .evidenceWindow: return evidenceWindow?.source ?? ""
        }
    }
}
