/// Per-object first and second derivatives of ℓ_i(θ + t·u) at t = 0, for every object at once:
/// a forward pass of first and second directional derivatives (all products GEMMs).
extension NetworkKernel {
    func directionalDerivatives(theta: UnsafePointer<Double>, x: UnsafePointer<Double>, pass: ForwardPass,
                                labels: [Int], direction u: UnsafePointer<Double>) -> (first: [Double], second: [Double]) {
        let n = pass.count
        let layers = layout.layerCount
        var velocity: Buffer? = nil      // ȧ⁽ˡ⁾
        var acceleration: Buffer? = nil  // ä⁽ˡ⁾
        var lastVelocity = Buffer(count: 0), lastAcceleration = Buffer(count: 0)
        for l in 0..<layers {
            let inputs = layout.inputs(l), outputs = layout.outputs(l)
            let a = l == 0 ? x : UnsafePointer(pass.activations[l - 1].pointer)
            let w = theta + layout.weightOffsets[l]
            let uw = u + layout.weightOffsets[l]
            let zDot = Buffer(count: n * outputs), zDDot = Buffer(count: n * outputs)
            BLAS.gemm(transposeB: true, m: n, n: outputs, k: inputs, a: a, lda: inputs, b: uw, ldb: inputs, c: zDot.pointer, ldc: outputs)
            if let velocity {
                BLAS.gemm(transposeB: true, m: n, n: outputs, k: inputs, a: velocity.pointer, lda: inputs, b: w, ldb: inputs,
                          beta: 1, c: zDot.pointer, ldc: outputs)
                BLAS.gemm(transposeB: true, m: n, n: outputs, k: inputs, alpha: 2, a: velocity.pointer, lda: inputs, b: uw, ldb: inputs,
                          c: zDDot.pointer, ldc: outputs)
            }
            if let acceleration {
                BLAS.gemm(transposeB: true, m: n, n: outputs, k: inputs, a: acceleration.pointer, lda: inputs, b: w, ldb: inputs,
                          beta: 1, c: zDDot.pointer, ldc: outputs)
            }
            if layout.hasBias {
                let ub = u + layout.biasOffsets[l]
                for i in 0..<n { for j in 0..<outputs { zDot.pointer[i * outputs + j] += ub[j] } }
            }
            if l < layers - 1 {
                let z = pass.preActivations[l].pointer
                let nextVelocity = Buffer(count: n * outputs), nextAcceleration = Buffer(count: n * outputs)
                for j in 0..<(n * outputs) {
                    let d1 = activation.derivative(z[j])
                    nextVelocity.pointer[j] = d1 * zDot.pointer[j]
                    nextAcceleration.pointer[j] = activation.secondDerivative(z[j]) * zDot.pointer[j] * zDot.pointer[j] + d1 * zDDot.pointer[j]
                }
                velocity = nextVelocity
                acceleration = nextAcceleration
            } else {
                lastVelocity = zDot
                lastAcceleration = zDDot
            }
        }
        let classes = layout.classCount
        var first = [Double](repeating: 0, count: n)
        var second = [Double](repeating: 0, count: n)
        for i in 0..<n {
            let p = pass.probabilities.pointer + i * classes
            let v = lastVelocity.pointer + i * classes
            let acc = lastAcceleration.pointer + i * classes
            var gradientDot = 0.0, gradientAcc = 0.0, pv = 0.0, vAv = 0.0
            for k in 0..<classes {
                let residual = p[k] - (k == labels[i] ? 1 : 0)
                gradientDot += residual * v[k]
                gradientAcc += residual * acc[k]
                pv += p[k] * v[k]
                vAv += p[k] * v[k] * v[k]
            }
            vAv -= pv * pv
            first[i] = gradientDot
            second[i] = vAv + gradientAcc
        }
        return (first, second)
    }
}

extension MLP {
    /// For every object, d/dt ℓ_i(θ + t·u) and d²/dt² ℓ_i(θ + t·u) at t = 0, exactly: ∇ℓ_i·u and uᵀH_iu.
    public func directionalDerivatives(on data: Dataset, along u: [Double]) throws -> (first: [Double], second: [Double]) {
        guard u.count == parameterCount else { throw ModelError.vectorLengthMismatch(expected: parameterCount, found: u.count) }
        return try withCurvature(on: data) { context in
            u.withUnsafeBufferPointer { up in
                guard let base = up.baseAddress else { return ([], []) }
                var first = [Double](), second = [Double]()
                for chunk in context.chunks {
                    let part = context.kernel.directionalDerivatives(theta: context.theta, x: chunk.x, pass: chunk.pass,
                                                                     labels: chunk.labels, direction: base)
                    first += part.first
                    second += part.second
                }
                return (first, second)
            }
        }
    }
}
