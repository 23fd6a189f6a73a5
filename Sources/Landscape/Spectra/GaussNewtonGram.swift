/// The per-object G-term J_iᵀA_iJ_i through its K×K Gram matrix A^{1/2} J J ᵀ A^{1/2}: the same
/// non-zero spectrum, at the cost of a backward pass of K vectors instead of a P×P matrix.
extension MLP {
    /// ‖J_iᵀA_iJ_i‖₂ of one object, exactly (the largest eigenvalue of A^{1/2} J Jᵀ A^{1/2}).
    public func gaussNewtonNorm(of example: Example) throws -> Double {
        try gaussNewtonSpectrum(of: example).last ?? 0
    }

    /// The K eigenvalues (ascending) of A^{1/2} J Jᵀ A^{1/2}: the non-zero spectrum of one object's G-term
    /// padded with zeros (at least one is zero, since A·1 = 0: rank ≤ K − 1).
    public func gaussNewtonSpectrum(of example: Example) throws -> [Double] {
        try gaussNewtonSpectra(on: single(example))[0]
    }

    /// ‖J_iᵀA_iJ_i‖₂ for every object of a sample.
    public func gaussNewtonNorms(on data: Dataset) throws -> [Double] {
        try gaussNewtonSpectra(on: data).map { $0.last ?? 0 }
    }

    /// The K Gram-matrix eigenvalues (ascending) of every object's G-term.
    public func gaussNewtonSpectra(on data: Dataset) throws -> [[Double]] {
        let k = classCount
        let layout = self.layout
        let activation = self.activation
        return try withCurvature(on: data) { context in
            var spectra = [[Double]]()
            spectra.reserveCapacity(data.count)
            for chunk in context.chunks {
            try Cancellation.checkpoint()
            let pass = chunk.pass
            for i in 0..<chunk.count {
                let gram = Buffer(count: k * k)
                var delta = Buffer(count: k * k)
                for c in 0..<k { delta[c * k + c] = 1 }
                for l in stride(from: layout.layerCount - 1, through: 0, by: -1) {
                    let inputs = layout.inputs(l), outputs = layout.outputs(l)
                    let a = l == 0 ? chunk.x + i * inputs : UnsafePointer(pass.activations[l - 1].pointer) + i * inputs
                    var squaredNorm = BLAS.dot(inputs, a, a)
                    if layout.hasBias { squaredNorm += 1 }
                    BLAS.gemm(transposeB: true, m: k, n: k, k: outputs, alpha: squaredNorm, a: delta.pointer, lda: outputs,
                              b: delta.pointer, ldb: outputs, beta: 1, c: gram.pointer, ldc: k)
                    if l > 0 {
                        let next = Buffer(count: k * inputs)
                        BLAS.gemm(m: k, n: inputs, k: outputs, a: delta.pointer, lda: outputs,
                                  b: context.theta + layout.weightOffsets[l], ldb: inputs, c: next.pointer, ldc: inputs)
                        let z = pass.preActivations[l - 1].pointer + i * inputs
                        for r in 0..<k { for c in 0..<inputs { next[r * inputs + c] *= activation.derivative(z[c]) } }
                        delta = next
                    }
                }
                let p = pass.probabilities.pointer + i * k
                var a = [Double](repeating: 0, count: k * k)
                for r in 0..<k { for c in 0..<k { a[r * k + c] = (r == c ? p[r] : 0) - p[r] * p[c] } }
                let (values, vectors) = try SymmetricEigen.decomposition(of: a, size: k)
                // A^{1/2} = V diag(√max(λ,0)) Vᵀ.
                var root = [Double](repeating: 0, count: k * k)
                for r in 0..<k {
                    for c in 0..<k {
                        var sum = 0.0
                        for m in 0..<k { sum += vectors[r * k + m] * max(values[m], 0).squareRoot() * vectors[c * k + m] }
                        root[r * k + c] = sum
                    }
                }
                var product = [Double](repeating: 0, count: k * k)
                var sandwich = [Double](repeating: 0, count: k * k)
                root.withUnsafeBufferPointer { s in
                    product.withUnsafeMutableBufferPointer { t in
                        guard let s = s.baseAddress, let t = t.baseAddress else { return }
                        BLAS.gemm(m: k, n: k, k: k, a: s, lda: k, b: gram.pointer, ldb: k, c: t, ldc: k)
                    }
                }
                product.withUnsafeBufferPointer { t in
                    root.withUnsafeBufferPointer { s in
                        sandwich.withUnsafeMutableBufferPointer { out in
                            guard let t = t.baseAddress, let s = s.baseAddress, let o = out.baseAddress else { return }
                            BLAS.gemm(m: k, n: k, k: k, a: t, lda: k, b: s, ldb: k, c: o, ldc: k)
                        }
                    }
                }
                spectra.append(try SymmetricEigen.eigenvalues(of: sandwich, size: k))
            }
            }
            return spectra
        }
    }
}
