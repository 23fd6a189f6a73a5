/// A labelled sample: n objects with `inputSize` features each and labels in 0..<classCount.
///
/// A sample is a value: `prefix`, `shuffled`, `randomSubset` and `add` give or change a copy.
/// Features are stored row-major (object after object) in `features`.
public struct Dataset: Sendable, Equatable {
    /// The features of all objects, row-major: object i occupies `i*inputSize ..< (i+1)*inputSize`.
    public private(set) var features: [Double]
    /// The label of every object.
    public private(set) var labels: [Int]
    /// The number of features per object.
    public let inputSize: Int
    /// The number of classes K; every label lies in 0..<classCount.
    public let classCount: Int
    /// The picture shape ([height, width] or [channels, height, width]) when objects are images.
    public let imageShape: [Int]?
    /// Where the objects came from (a file, a generator), for display.
    public let source: String

    /// An empty sample that objects can be added to.
    public init(inputSize: Int, classCount: Int, imageShape: [Int]? = nil, source: String = "empty") throws {
        guard inputSize > 0 else { throw DatasetError.invalidArgument("inputSize must be positive, got \(inputSize)") }
        guard classCount > 0 else { throw DatasetError.invalidArgument("classCount must be positive, got \(classCount)") }
        self.features = []
        self.labels = []
        self.inputSize = inputSize
        self.classCount = classCount
        self.imageShape = imageShape
        self.source = source
    }

    /// A sample from rows of features and their labels; `classCount` defaults to the largest label + 1.
    public init(features rows: [[Double]], labels: [Int], classCount: Int? = nil) throws {
        guard let first = rows.first else { throw DatasetError.invalidArgument("no objects given; use Dataset(inputSize:classCount:) for an empty sample") }
        guard rows.count == labels.count else {
            throw DatasetError.invalidArgument("\(rows.count) feature rows but \(labels.count) labels")
        }
        let classes = classCount ?? ((labels.max() ?? 0) + 1)
        try self.init(inputSize: first.count, classCount: classes, source: "arrays")
        for (row, label) in zip(rows, labels) { try add(Example(features: row, label: label)) }
    }

    /// Internal initializer for loaders that have validated their data.
    init(validatedFeatures: [Double], labels: [Int], inputSize: Int, classCount: Int, imageShape: [Int]?, source: String) {
        self.features = validatedFeatures
        self.labels = labels
        self.inputSize = inputSize
        self.classCount = classCount
        self.imageShape = imageShape
        self.source = source
    }

    /// The number of objects n.
    public var count: Int { labels.count }

    /// Whether the sample holds no objects.
    public var isEmpty: Bool { labels.isEmpty }

    /// The object at `index`; throws `DatasetError.indexOutOfRange` outside 0..<count.
    public subscript(_ index: Int) -> Example {
        get throws { try example(at: index) }
    }

    /// The object at `index`; throws `DatasetError.indexOutOfRange` outside 0..<count.
    public func example(at index: Int) throws -> Example {
        guard index >= 0, index < count else { throw DatasetError.indexOutOfRange(index: index, count: count) }
        let start = index * inputSize
        return Example(features: Array(features[start..<(start + inputSize)]), label: labels[index])
    }

    /// The first `k` objects (all of them when k ≥ count, none when k ≤ 0), like `Array.prefix`.
    public func prefix(_ k: Int) -> Dataset {
        let kept = min(max(k, 0), count)
        return Dataset(validatedFeatures: Array(features[0..<(kept * inputSize)]), labels: Array(labels[0..<kept]),
                       inputSize: inputSize, classCount: classCount, imageShape: imageShape, source: source)
    }

    /// The objects at the given indices, in that order; throws for an index outside 0..<count.
    public func subset(_ indices: [Int]) throws -> Dataset {
        var chosen = [Double]()
        chosen.reserveCapacity(indices.count * inputSize)
        var chosenLabels = [Int]()
        chosenLabels.reserveCapacity(indices.count)
        for index in indices {
            guard index >= 0, index < count else { throw DatasetError.indexOutOfRange(index: index, count: count) }
            chosen.append(contentsOf: features[(index * inputSize)..<((index + 1) * inputSize)])
            chosenLabels.append(labels[index])
        }
        return Dataset(validatedFeatures: chosen, labels: chosenLabels, inputSize: inputSize,
                       classCount: classCount, imageShape: imageShape, source: source)
    }

    /// Appends one object; throws when its size or label does not fit, or a feature is not finite.
    public mutating func add(_ example: Example) throws {
        guard example.features.count == inputSize else {
            throw DatasetError.inputSizeMismatch(expected: inputSize, found: example.features.count)
        }
        guard example.label >= 0, example.label < classCount else {
            throw DatasetError.labelOutOfRange(path: "added object", index: count, label: example.label, classCount: classCount)
        }
        if let column = example.features.firstIndex(where: { !$0.isFinite }) {
            throw DatasetError.nonFiniteFeature(path: "added object", row: count, column: column)
        }
        features.append(contentsOf: example.features)
        labels.append(example.label)
    }

    /// Appends every object of `other`; throws (adding nothing) when its shape or classes do not fit.
    public mutating func add(contentsOf other: Dataset) throws {
        guard other.inputSize == inputSize else {
            throw DatasetError.inputSizeMismatch(expected: inputSize, found: other.inputSize)
        }
        if let bad = other.labels.firstIndex(where: { $0 >= classCount }) {
            throw DatasetError.labelOutOfRange(path: other.source, index: bad, label: other.labels[bad], classCount: classCount)
        }
        features.append(contentsOf: other.features)
        labels.append(contentsOf: other.labels)
    }

    /// The same objects in a seeded random order.
    public func shuffled(seed: UInt64 = 0) -> Dataset {
        var generator = SeededGenerator(seed: seed)
        let order = generator.permutation(of: count)
        return gathered(order)
    }

    /// `count` distinct objects drawn at random (seeded), in random order.
    public func randomSubset(count requested: Int, seed: UInt64 = 0) throws -> Dataset {
        guard requested >= 0, requested <= count else {
            throw DatasetError.invalidArgument("cannot draw \(requested) distinct objects from a sample of \(count)")
        }
        var generator = SeededGenerator(seed: seed)
        return gathered(Array(generator.permutation(of: count).prefix(requested)))
    }

    /// How many objects each class has, indexed by class.
    public var classCounts: [Int] {
        var counts = [Int](repeating: 0, count: classCount)
        for label in labels where label >= 0 && label < classCount { counts[label] += 1 }
        return counts
    }

    /// The largest Euclidean norm of an object's features (the paper's M_x); 0 for an empty sample.
    public var maxFeatureNorm: Double {
        var best = 0.0
        for i in 0..<count {
            var sum = 0.0
            for j in (i * inputSize)..<((i + 1) * inputSize) { sum += features[j] * features[j] }
            best = max(best, sum)
        }
        return best.squareRoot()
    }

    /// Objects at valid indices (the caller guarantees validity).
    func gathered(_ order: [Int]) -> Dataset {
        var chosen = [Double](repeating: 0, count: order.count * inputSize)
        var chosenLabels = [Int](repeating: 0, count: order.count)
        features.withUnsafeBufferPointer { source in
            chosen.withUnsafeMutableBufferPointer { target in
                for (row, index) in order.enumerated() {
                    for j in 0..<inputSize { target[row * inputSize + j] = source[index * inputSize + j] }
                    chosenLabels[row] = labels[index]
                }
            }
        }
        return Dataset(validatedFeatures: chosen, labels: chosenLabels, inputSize: inputSize,
                       classCount: classCount, imageShape: imageShape, source: source)
    }
}

extension Dataset: CustomStringConvertible {
    public var description: String {
        let shape = imageShape.map { " images " + $0.map(String.init).joined(separator: "×") + "," } ?? ""
        return "Dataset(\(count) objects,\(shape) \(inputSize) features, \(classCount) classes, from \(source))"
    }
}
