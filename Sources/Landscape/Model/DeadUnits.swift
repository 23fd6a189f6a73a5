/// Which hidden units a sample never switches on: the paper's narrow deep networks "die" when a whole
/// hidden layer is off for every object.
public struct DeadUnitReport: Sendable, Equatable, CustomStringConvertible {
    /// Per hidden layer (in order): how many units output exactly 0 for every object of the sample.
    public let deadPerLayer: [Int]
    /// Per hidden layer: its width.
    public let widths: [Int]

    /// The first hidden layer (1-based) whose every unit is off for every object, if any.
    public var firstDeadLayer: Int? {
        deadPerLayer.indices.first { deadPerLayer[$0] == widths[$0] && widths[$0] > 0 }.map { $0 + 1 }
    }

    /// Whether the network is dead on the sample: some hidden layer is entirely off, so every later layer
    /// sees zeros and the logits do not depend on the input (without biases they are 0 and every loss
    /// is ln K).
    public var isDead: Bool { firstDeadLayer != nil }

    /// Dead units over all hidden units.
    public var deadFraction: Double {
        let total = widths.reduce(0, +)
        return total == 0 ? 0 : Double(deadPerLayer.reduce(0, +)) / Double(total)
    }

    public var description: String {
        let layers = zip(deadPerLayer, widths).map { "\($0)/\($1)" }.joined(separator: " ")
        let verdict = firstDeadLayer.map { "dead: hidden layer \($0) is off for every object" } ?? "alive"
        return "dead units per hidden layer \(layers) — \(verdict)"
    }
}

extension MLP {
    /// Counts, layer by layer, the hidden units whose activation is exactly 0 for every object of `data`
    /// (for ReLU: pre-activation ≤ 0 on the whole sample).
    public func deadUnits(on data: Dataset) throws -> DeadUnitReport {
        let hiddenWidths = Array(widths.dropFirst().dropLast())
        let alive = try withCurvature(on: data) { context -> [[Bool]] in
            var alive = hiddenWidths.map { [Bool](repeating: false, count: $0) }
            for chunk in context.chunks {
                for (l, width) in hiddenWidths.enumerated() {
                    let activations = chunk.pass.activations[l].pointer
                    for i in 0..<chunk.count {
                        for j in 0..<width where activations[i * width + j] != 0 { alive[l][j] = true }
                    }
                }
            }
            return alive
        }
        return DeadUnitReport(deadPerLayer: alive.map { $0.filter { !$0 }.count }, widths: hiddenWidths)
    }
}
