struct Stats {
    var values: [Int]
    func minMax() -> (min: Int, max: Int) {
        var lo = values[0], hi = values[0]
        for v in values.dropFirst() {
            if v < lo { lo = v }
            if v > hi { hi = v }
        }
        return (lo, hi)
    }
    func average() -> Double {
        return Double(values.reduce(0, +)) / Double(values.count)
    }
}

let stats = Stats(values: [3, 9, -2, 7, 4])
let bounds = stats.minMax()
print("min \(bounds.min), max \(bounds.max)")
print(stats.average())
