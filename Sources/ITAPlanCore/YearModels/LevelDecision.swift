/// The level itaplan computes for a total, and the rules that decided it:
/// the band the total reaches, then each condition that lowered it.
public struct LevelDecision: Sendable, Hashable {
    /// A condition that applied: a tool below its bar lowered the level.
    public struct Lowering: Sendable, Hashable {
        public var tool: String
        public var score: Double
        public var below: Double
        public var from: String
        public var to: String
        public var confidence: Confidence
    }

    public var assessmentYear: Int
    /// The scale's name (`letters`, `levels`).
    public var scale: String
    public var total: Double
    /// The band the total reaches, before any condition.
    public var reached: ScoringModel.Band
    public var lowerings: [Lowering]
    /// The level after every condition.
    public var level: String
    /// The weakest of the facts the decision rests on.
    public var confidence: Confidence
    /// Which of them that is.
    public var weakestFact: ModelFact
}

extension ScoringModel {
    /// The level a total earns on `scale` (the year's own by default), given
    /// each tool's mean for the conditions; nil when the scale has no band
    /// for it. `totalConfidence` is how sure the total itself is (a total
    /// computed with assumed weights is only as sure as they are).
    public func decideLevel(total: Double, toolMeans: [String: Double], scale: Scale? = nil,
                            totalConfidence: Confidence = .confirmed) -> LevelDecision? {
        guard let scale = scale ?? scales.first, let band = scale.level(for: total) else { return nil }
        var level = band.level
        var lowerings: [LevelDecision.Lowering] = []
        var weakest = (scale.confidence, ModelFact.levels)
        if totalConfidence < weakest.0 { weakest = (totalConfidence, .weights) }
        // Each condition applies at most once, so a cycle of rules cannot loop.
        var pending = conditions.filter { scale.levels.contains($0.lowers) }
        while let index = pending.firstIndex(where: { condition in
            condition.lowers == level && (toolMeans[condition.tool].map { $0 < condition.below - 1e-9 } ?? false)
        }) {
            let condition = pending.remove(at: index)
            lowerings.append(LevelDecision.Lowering(tool: condition.tool, score: toolMeans[condition.tool] ?? 0,
                                                    below: condition.below, from: level, to: condition.to,
                                                    confidence: condition.confidence))
            level = condition.to
            if condition.confidence < weakest.0 { weakest = (condition.confidence, .conditions) }
        }
        return LevelDecision(assessmentYear: assessmentYear, scale: scale.name, total: total, reached: band,
                             lowerings: lowerings, level: level, confidence: weakest.0, weakestFact: weakest.1)
    }
}

extension ScoringModel {
    /// The level a plan's ITA result earns, as status and reports show it:
    /// from the published total when the scores bear it out (else the
    /// computed one), on the scale of the stated level (else the year's own).
    public func decideLevel(for result: ITAResult) -> LevelDecision? {
        let scores = Dictionary(result.indicators.map { ($0.number.value, $0.score.value) },
                                uniquingKeysWith: { first, _ in first })
        guard scores.values.allSatisfy({ (0...100).contains($0) }),
              let computation = ScoreComputation(model: self, scores: scores) else { return nil }
        let stated = result.total.flatMap { computation.isConsistent(withStated: $0.value) ? $0.value : nil }
        let means = Dictionary(computation.parts.map { ($0.tool, $0.mean) }, uniquingKeysWith: { first, _ in first })
        return decideLevel(total: stated ?? computation.total, toolMeans: means,
                           scale: result.grade.flatMap { scale(containing: $0.value) },
                           totalConfidence: stated != nil ? .confirmed : min(toolsFact.confidence, indicatorsFact.confidence))
    }
}
