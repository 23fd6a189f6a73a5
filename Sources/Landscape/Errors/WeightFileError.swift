/// Why a NumPy weight file could not be read or written.
public enum WeightFileError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The file is not a valid .npy / .npz (with the reason).
    case malformed(path: String, reason: String)
    /// An array has an element type Landscape does not read (only little-endian float64 and float32).
    case unsupportedType(path: String, array: String, descr: String)
    /// An array's shape does not fit the network.
    case shapeMismatch(path: String, array: String, expected: [Int], found: [Int])
    /// An array the network needs is missing from the file.
    case missingArray(path: String, array: String)
    /// The file could not be written.
    case unwritable(path: String, reason: String)

    public var description: String {
        func shape(_ s: [Int]) -> String { "(" + s.map(String.init).joined(separator: ", ") + (s.count == 1 ? ",)" : ")") }
        switch self {
        case let .malformed(path, reason): return "\(path): not a valid NumPy file: \(reason)"
        case let .unsupportedType(path, array, descr):
            return "\(path): array \(array) has dtype '\(descr)'; only little-endian float64 ('<f8') and float32 ('<f4') are read"
        case let .shapeMismatch(path, array, expected, found):
            return "\(path): array \(array) has shape \(shape(found)) but the network needs \(shape(expected))"
        case let .missingArray(path, array): return "\(path): no array named \(array)"
        case let .unwritable(path, reason): return "cannot write \(path): \(reason)"
        }
    }
}
