/// "Did you mean" suggestions from the names that exist, by edit distance.
enum Suggestions {
    /// The closest candidates to `name` (at most two edits, or a third of its length for long names).
    static func closest(to name: String, among candidates: some Sequence<String>, limit: Int = 1) -> [String] {
        let target = Array(name.lowercased())
        let threshold = max(2, target.count / 3)
        var scored: [(String, Int)] = []
        for candidate in Set(candidates) where candidate != name && !candidate.isEmpty {
            let distance = editDistance(target, Array(candidate.lowercased()), cutoff: threshold)
            if distance <= threshold { scored.append((candidate, distance)) }
        }
        scored.sort { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
        return scored.prefix(limit).map(\.0)
    }

    /// `"; did you mean 'x'?"`, or the empty string when nothing is close.
    static func didYouMean(_ name: String, among candidates: some Sequence<String>) -> String {
        guard let best = closest(to: name, among: candidates).first else { return "" }
        return "; did you mean '\(best)'?"
    }

    /// Levenshtein distance, stopping early once it exceeds `cutoff`.
    static func editDistance(_ a: [Character], _ b: [Character], cutoff: Int) -> Int {
        if abs(a.count - b.count) > cutoff { return cutoff + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > cutoff { return cutoff + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
