/// The ITA arithmetic: each tool's score is the plain mean of its
/// indicators, and the total is the weighted sum of the tools.
public struct ScoreComputation: Sendable {
    public let total: Double
    public let parts: [ToolScore]

    /// Nil when an indicator the model needs has no score.
    public init?(model: ScoringModel, scores: [Int: Double]) {
        var total = 0.0
        var parts: [ToolScore] = []
        for tool in model.tools {
            let numbers = model.indicators.filter { $0.tool == tool.id }.map(\.number)
            guard !numbers.isEmpty else { continue }
            var sum = 0.0
            for number in numbers {
                guard let score = scores[number] else { return nil }
                sum += score
            }
            let mean = sum / Double(numbers.count)
            parts.append(ToolScore(tool: tool.id, mean: mean, weight: tool.weight))
            total += mean * tool.weight
        }
        self.total = total
        self.parts = parts
    }

    /// Whether a published two-decimal total can come from this computation:
    /// inputs are rounded to two decimals, so the published value may lie
    /// anywhere in the band between the computed value rounded down and up
    /// (69.5852 allows 69.58 and 69.59).
    public func isConsistent(withStated stated: Double) -> Bool {
        abs(stated - total) < 0.01 - 1e-9
    }
}
