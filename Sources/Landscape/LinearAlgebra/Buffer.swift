/// A zero-initialised heap block of doubles with a stable address, freed when the last reference goes.
/// Internal scratch for BLAS calls; never shared between threads.
final class Buffer {
    let count: Int
    let pointer: UnsafeMutablePointer<Double>

    init(count: Int) {
        self.count = max(count, 0)
        pointer = UnsafeMutablePointer<Double>.allocate(capacity: max(count, 1))
        pointer.initialize(repeating: 0, count: max(count, 1))
    }

    /// A block the caller fills completely before reading it (a GEMM output with beta = 0, an elementwise
    /// result): skips the zero fill, which costs as much as the small products of a training step.
    init(overwrittenCount count: Int) {
        self.count = max(count, 0)
        pointer = UnsafeMutablePointer<Double>.allocate(capacity: max(count, 1))
    }

    convenience init(_ values: [Double]) {
        self.init(count: values.count)
        values.withUnsafeBufferPointer { source in
            if let base = source.baseAddress { pointer.update(from: base, count: values.count) }
        }
    }

    deinit { pointer.deallocate() }

    subscript(_ i: Int) -> Double {
        get { pointer[i] }
        set { pointer[i] = newValue }
    }

    func zero() { pointer.update(repeating: 0, count: count) }

    var array: [Double] { Array(UnsafeBufferPointer(start: pointer, count: count)) }
}
