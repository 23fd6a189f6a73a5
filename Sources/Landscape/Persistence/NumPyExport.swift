import Foundation

/// Writing curvature matrices and samples as NumPy files, so that NumPy, PyTorch or JAX can check or
/// reuse exactly what Landscape computed (float64, little-endian, C order).
extension Hessian {
    /// Writes the P×P matrix to `path` as an .npy of shape (P, P).
    public func save(to path: String) throws {
        try NumPyExport.write(NumPyArray(shape: [parameterCount, parameterCount], values: entries).encoded(), to: path)
    }
}

extension Dataset {
    /// Writes the sample to `path` as an uncompressed .npz with `features`, shape (n, inputSize), and
    /// `labels`, shape (n,), both float64 (labels are whole numbers; cast them to integers after loading).
    public func save(to path: String) throws {
        let entries: [(name: String, bytes: [UInt8])] = [
            ("features.npy", NumPyArray(shape: [count, inputSize], values: features).encoded()),
            ("labels.npy", NumPyArray(shape: [count], values: labels.map(Double.init)).encoded()),
        ]
        try NumPyExport.write(ZipArchive.stored(entries, path: path), to: path)
    }
}

enum NumPyExport {
    static func write(_ bytes: [UInt8], to path: String) throws {
        do { try Data(bytes).write(to: URL(fileURLWithPath: path)) } catch {
            throw WeightFileError.unwritable(path: path, reason: error.localizedDescription)
        }
    }
}
