/// "Did you mean" for a misspelt key or value.
public enum Suggestion {
    /// The closest candidate, if it is close enough to be what was meant:
    /// within a third of the word's length in edits, or differing only in case.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let lowered = word.lowercased()
        var best: (candidate: String, distance: Int)?
        let allowed = max(1, min(3, word.unicodeScalars.count / 3))
        let letters = Array(lowered.unicodeScalars)
        for candidate in candidates {
            if candidate.lowercased() == lowered { return candidate }
            let other = Array(candidate.lowercased().unicodeScalars)
            // The distance is at least the difference in length: a long key
            // (a hostile file's may be megabytes) is never compared in full.
            guard abs(letters.count - other.count) <= allowed else { continue }
            let distance = editDistance(letters, other)
            if distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        guard let best else { return nil }
        return best.distance <= allowed ? best.candidate : nil
    }

    /// Levenshtein distance, with a swap of neighbours counting as one edit.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previousPrevious[j - 2] + 1)
                }
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
