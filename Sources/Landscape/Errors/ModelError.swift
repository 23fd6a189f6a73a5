/// Why a network operation was refused.
public enum ModelError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The network's layer widths are not usable (fewer than two, or a width below one).
    case invalidArchitecture(String)
    /// The dataset's input size differs from the network's.
    case inputSizeMismatch(network: Int, dataset: Int)
    /// The dataset has labels the network cannot output.
    case classCountMismatch(network: Int, dataset: Int)
    /// A vector of the wrong length was given where a parameter-sized vector is required.
    case vectorLengthMismatch(expected: Int, found: Int)
    /// The operation needs at least one object.
    case emptyDataset
    /// A numeric argument outside its domain.
    case invalidArgument(String)
    /// A LAPACK routine reported failure.
    case lapackFailure(routine: String, info: Int)

    public var description: String {
        switch self {
        case let .invalidArchitecture(reason): return "invalid network: \(reason)"
        case let .inputSizeMismatch(network, dataset):
            return "the network takes \(network) inputs but the dataset's objects have \(dataset) features"
        case let .classCountMismatch(network, dataset):
            return "the network outputs \(network) classes but the dataset has \(dataset)"
        case let .vectorLengthMismatch(expected, found):
            return "expected a vector of \(expected) entries (one per parameter), got \(found)"
        case .emptyDataset: return "the dataset is empty; this needs at least one object"
        case let .invalidArgument(reason): return reason
        case let .lapackFailure(routine, info): return "LAPACK \(routine) failed (info = \(info))"
        }
    }
}
