/// Why a dataset could not be read, built or indexed. Every case names the file (where there is
/// one) and what is wrong with it.
public enum DatasetError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The file does not exist or cannot be read.
    case unreadableFile(path: String, reason: String)
    /// The file does not start with the magic number its format requires.
    case wrongMagicNumber(path: String, found: UInt32, expected: UInt32)
    /// The file ends before the data its header announces.
    case truncatedFile(path: String, expectedBytes: Int, actualBytes: Int)
    /// The image file and the label file disagree on the number of objects.
    case countMismatch(imagesPath: String, imageCount: Int, labelsPath: String, labelCount: Int)
    /// A label is negative or not below the class count.
    case labelOutOfRange(path: String, index: Int, label: Int, classCount: Int)
    /// A feature is NaN or infinite.
    case nonFiniteFeature(path: String, row: Int, column: Int)
    /// A line of a text file could not be parsed.
    case malformedLine(path: String, line: Int, reason: String)
    /// An index outside 0..<count.
    case indexOutOfRange(index: Int, count: Int)
    /// An object whose feature count differs from the dataset's input size.
    case inputSizeMismatch(expected: Int, found: Int)
    /// A request that cannot be satisfied, with the reason.
    case invalidArgument(String)
    /// The file's content breaks its format (a bad header, a wrong element type or shape), with the reason.
    case malformedFile(path: String, reason: String)
    /// A pickle holds something other than the plain data a dataset's pickles hold; nothing it names is run.
    case refusedPickle(path: String, offset: Int, reason: String)
    /// A features file and a labels file disagree on the number of objects.
    case featureLabelCountMismatch(featuresPath: String, rows: Int, labelsPath: String, labels: Int)
    /// None of the places a dataset's files are looked for holds them.
    case datasetNotFound(root: String, looked: [String])

    public var description: String {
        switch self {
        case let .unreadableFile(path, reason):
            return "cannot read \(path): \(reason)"
        case let .wrongMagicNumber(path, found, expected):
            return "\(path): wrong magic number 0x\(String(found, radix: 16)) (expected 0x\(String(expected, radix: 16))); not a file of this format"
        case let .truncatedFile(path, expected, actual):
            return "\(path): truncated, the header announces \(expected) bytes but the file has \(actual)"
        case let .countMismatch(imagesPath, imageCount, labelsPath, labelCount):
            return "\(imagesPath) holds \(imageCount) images but \(labelsPath) holds \(labelCount) labels"
        case let .labelOutOfRange(path, index, label, classCount):
            return "\(path): label \(label) of object \(index) is outside 0..<\(classCount)"
        case let .nonFiniteFeature(path, row, column):
            return "\(path): feature \(column) of object \(row) is NaN or infinite"
        case let .malformedLine(path, line, reason):
            return "\(path), line \(line): \(reason)"
        case let .indexOutOfRange(index, count):
            return "index \(index) is outside the dataset's 0..<\(count)"
        case let .inputSizeMismatch(expected, found):
            return "an object with \(found) features does not fit a dataset of input size \(expected)"
        case let .invalidArgument(reason):
            return reason
        case let .malformedFile(path, reason):
            return "\(path): \(reason)"
        case let .refusedPickle(path, offset, reason):
            return "\(path): refused at byte \(offset): \(reason) (only the plain structures of a dataset's pickles are read; nothing in the file is run)"
        case let .featureLabelCountMismatch(featuresPath, rows, labelsPath, labels):
            return "\(featuresPath) holds \(rows) feature rows but \(labelsPath) holds \(labels) labels"
        case let .datasetNotFound(root, looked):
            return "no dataset files under \(root); looked for " + looked.joined(separator: ", ")
        }
    }
}
