import Foundation

/// A direction in parameter space for the R-operator: a dense vector, or the unit vector e_j
/// (which lets the pass skip the layers below j and the products with V that are mostly zero).
enum Direction {
    case dense(UnsafePointer<Double>)
    case unit(Int)
}

/// The batched forward, backward and Pearlmutter R-operator passes over a whole block of objects,
/// every product a GEMM through OpenBLAS.
struct NetworkKernel {
    let layout: ParameterLayout
    let activation: Activation

    /// The input of layer l: the data for l = 0, else the previous layer's activations.
    @inline(__always)
    private func input(_ l: Int, _ pass: ForwardPass, _ x: UnsafePointer<Double>) -> UnsafePointer<Double> {
        l == 0 ? x : UnsafePointer(pass.activations[l - 1].pointer)
    }

    /// z⁽ˡ⁾ = a⁽ˡ⁾W⁽ˡ⁾ᵀ + b⁽ˡ⁾ for every layer, softmax and per-object cross-entropy (log-sum-exp).
    func forward(theta: UnsafePointer<Double>, x: UnsafePointer<Double>, count n: Int, labels: [Int]) -> ForwardPass {
        let layers = layout.layerCount
        var pre = [Buffer]()
        var post = [Buffer]()
        var current = x
        for l in 0..<layers {
            let inputs = layout.inputs(l), outputs = layout.outputs(l)
            let z = Buffer(overwrittenCount: n * outputs)
            BLAS.gemm(transposeB: true, m: n, n: outputs, k: inputs, a: current, lda: inputs,
                      b: theta + layout.weightOffsets[l], ldb: inputs, c: z.pointer, ldc: outputs)
            if layout.hasBias {
                let bias = theta + layout.biasOffsets[l]
                for i in 0..<n { for j in 0..<outputs { z.pointer[i * outputs + j] += bias[j] } }
            }
            pre.append(z)
            if l < layers - 1 {
                let a = Buffer(overwrittenCount: n * outputs)
                activation.apply(z.pointer, into: a.pointer, count: n * outputs)
                post.append(a)
                current = UnsafePointer(a.pointer)
            }
        }
        let classes = layout.classCount
        let logits = pre[layers - 1].pointer
        let probabilities = Buffer(overwrittenCount: n * classes)
        var losses = [Double](repeating: 0, count: n)
        var correct = 0
        for i in 0..<n {
            let row = logits + i * classes
            var best = row[0], bestIndex = 0
            for k in 1..<max(classes, 1) where row[k] > best { best = row[k]; bestIndex = k }
            var sum = 0.0
            for k in 0..<classes {
                let e = Foundation.exp(row[k] - best)
                probabilities.pointer[i * classes + k] = e
                sum += e
            }
            for k in 0..<classes { probabilities.pointer[i * classes + k] /= sum }
            let label = labels[i]
            losses[i] = Foundation.log(sum) + best - row[label]
            if bestIndex == label { correct += 1 }
        }
        return ForwardPass(count: n, preActivations: pre, activations: post, probabilities: probabilities,
                           losses: losses, correctCount: correct)
    }

    /// ∇_θ Σ_i scale·ℓ_i, written into `gradient` (parameterCount entries, overwritten). With
    /// `gradientIsZero` the caller promises the weight entries are zero already, and the GEMMs add into
    /// them (beta = 1) instead of clearing them first: the same bits, one pass over memory fewer.
    func backward(theta: UnsafePointer<Double>, x: UnsafePointer<Double>, pass: ForwardPass, labels: [Int],
                  scale: Double, gradient: UnsafeMutablePointer<Double>, gradientIsZero: Bool = false) {
        let n = pass.count
        let layers = layout.layerCount
        let classes = layout.classCount
        var dz = Buffer(overwrittenCount: n * classes)
        for i in 0..<n {
            for k in 0..<classes { dz.pointer[i * classes + k] = scale * pass.probabilities.pointer[i * classes + k] }
            dz.pointer[i * classes + labels[i]] -= scale
        }
        for l in stride(from: layers - 1, through: 0, by: -1) {
            let inputs = layout.inputs(l), outputs = layout.outputs(l)
            BLAS.gemm(transposeA: true, m: outputs, n: inputs, k: n, a: dz.pointer, lda: outputs,
                      b: input(l, pass, x), ldb: inputs, beta: gradientIsZero ? 1 : 0,
                      c: gradient + layout.weightOffsets[l], ldc: inputs)
            if layout.hasBias { columnSums(dz, rows: n, columns: outputs, into: gradient + layout.biasOffsets[l]) }
            if l > 0 {
                let da = Buffer(overwrittenCount: n * inputs)
                BLAS.gemm(m: n, n: inputs, k: outputs, a: dz.pointer, lda: outputs,
                          b: theta + layout.weightOffsets[l], ldb: inputs, c: da.pointer, ldc: inputs)
                let z = pass.preActivations[l - 1]
                activation.multiplyByDerivative(da.pointer, at: z.pointer, count: n * inputs)
                dz = da
            }
        }
    }

    /// H·v (or the G-term's Jᵀ A J·v when `gaussNewtonOnly`) for the loss Σ_i scale·ℓ_i, exactly,
    /// by Pearlmutter's R-operator: a forward pass of R{·} followed by its backward pass.
    ///
    /// Only entries at flat indices ≥ `firstNeeded` are guaranteed (rounded down to the start of a weight
    /// row); the pass skips the work for earlier ones (a dense symmetric matrix needs one triangle).
    func hessianVectorProduct(theta: UnsafePointer<Double>, x: UnsafePointer<Double>, pass: ForwardPass, labels: [Int],
                              direction: Direction, scale: Double, gaussNewtonOnly: Bool,
                              result: UnsafeMutablePointer<Double>, firstNeeded: Int = 0) {
        let n = pass.count
        let layers = layout.layerCount
        let classes = layout.classCount
        var unit: (layer: Int, isBias: Bool, row: Int, column: Int)? = nil
        var startLayer = 0
        if case let .unit(index) = direction {
            let located = layout.locate(index)
            unit = located
            startLayer = located.layer
        }
        // R-forward: rz⁽ˡ⁾ = R{a⁽ˡ⁾}W⁽ˡ⁾ᵀ + a⁽ˡ⁾V⁽ˡ⁾ᵀ + v_b⁽ˡ⁾, R{a⁽ˡ⁺¹⁾} = f′(z⁽ˡ⁾) ⊙ rz⁽ˡ⁾.
        var rz = [Buffer?](repeating: nil, count: layers)
        var ra = [Buffer?](repeating: nil, count: layers)
        for l in startLayer..<layers {
            let inputs = layout.inputs(l), outputs = layout.outputs(l)
            let out = Buffer(count: n * outputs)
            if l > startLayer, let previous = ra[l - 1] {
                BLAS.gemm(transposeB: true, m: n, n: outputs, k: inputs, a: previous.pointer, lda: inputs,
                          b: theta + layout.weightOffsets[l], ldb: inputs, beta: 0, c: out.pointer, ldc: outputs)
            }
            switch direction {
            case let .dense(v):
                BLAS.gemm(transposeB: true, m: n, n: outputs, k: inputs, a: input(l, pass, x), lda: inputs,
                          b: v + layout.weightOffsets[l], ldb: inputs, beta: 1, c: out.pointer, ldc: outputs)
                if layout.hasBias {
                    let vb = v + layout.biasOffsets[l]
                    for i in 0..<n { for j in 0..<outputs { out.pointer[i * outputs + j] += vb[j] } }
                }
            case .unit:
                if let unit, unit.layer == l {
                    if unit.isBias {
                        for i in 0..<n { out.pointer[i * outputs + unit.row] += 1 }
                    } else {
                        let a = input(l, pass, x)
                        for i in 0..<n { out.pointer[i * outputs + unit.row] += a[i * inputs + unit.column] }
                    }
                }
            }
            rz[l] = out
            if l < layers - 1 {
                let r = Buffer(count: n * outputs)
                let z = pass.preActivations[l].pointer
                for j in 0..<(n * outputs) { r.pointer[j] = activation.derivative(z[j]) * out.pointer[j] }
                ra[l] = r
            }
        }
        // Output layer: R{∂ℓ/∂z} = scale·(diag(p) − ppᵀ)·rz.
        var rdz = Buffer(count: n * classes)
        var dz: Buffer? = nil
        if let rzLast = rz[layers - 1] {
            for i in 0..<n {
                let p = pass.probabilities.pointer + i * classes
                let r = rzLast.pointer + i * classes
                var inner = 0.0
                for k in 0..<classes { inner += p[k] * r[k] }
                for k in 0..<classes { rdz.pointer[i * classes + k] = scale * p[k] * (r[k] - inner) }
            }
        }
        if !gaussNewtonOnly {
            let d = Buffer(count: n * classes)
            for i in 0..<n {
                for k in 0..<classes { d.pointer[i * classes + k] = scale * pass.probabilities.pointer[i * classes + k] }
                d.pointer[i * classes + labels[i]] -= scale
            }
            dz = d
        }
        // R-backward.
        for l in stride(from: layers - 1, through: 0, by: -1) {
            let inputs = layout.inputs(l), outputs = layout.outputs(l)
            let target = result + layout.weightOffsets[l]
            // Weight rows of this layer that hold needed entries: firstRow..<outputs.
            let firstRow = min(outputs, max(0, (firstNeeded - layout.weightOffsets[l]) / inputs))
            let rows = outputs - firstRow
            BLAS.gemm(transposeA: true, m: rows, n: inputs, k: n, a: rdz.pointer + firstRow, lda: outputs,
                      b: input(l, pass, x), ldb: inputs, c: target + firstRow * inputs, ldc: inputs)
            if !gaussNewtonOnly, l > startLayer, let dz, let previous = ra[l - 1] {
                BLAS.gemm(transposeA: true, m: rows, n: inputs, k: n, a: dz.pointer + firstRow, lda: outputs,
                          b: previous.pointer, ldb: inputs, beta: 1, c: target + firstRow * inputs, ldc: inputs)
            }
            if layout.hasBias { columnSums(rdz, rows: n, columns: outputs, into: result + layout.biasOffsets[l]) }
            // Layers below hold only indices before this layer's block: nothing needed there.
            guard l > 0, firstNeeded < layout.weightOffsets[l] else { break }
            let weights = theta + layout.weightOffsets[l]
            let rda = Buffer(count: n * inputs)
            BLAS.gemm(m: n, n: inputs, k: outputs, a: rdz.pointer, lda: outputs, b: weights, ldb: inputs,
                      c: rda.pointer, ldc: inputs)
            var da: Buffer? = nil
            if !gaussNewtonOnly, let dz {
                switch direction {
                case let .dense(v):
                    BLAS.gemm(m: n, n: inputs, k: outputs, a: dz.pointer, lda: outputs, b: v + layout.weightOffsets[l],
                              ldb: inputs, beta: 1, c: rda.pointer, ldc: inputs)
                case .unit:
                    if let unit, unit.layer == l, !unit.isBias {
                        for i in 0..<n { rda.pointer[i * inputs + unit.column] += dz.pointer[i * outputs + unit.row] }
                    }
                }
                let d = Buffer(count: n * inputs)
                BLAS.gemm(m: n, n: inputs, k: outputs, a: dz.pointer, lda: outputs, b: weights, ldb: inputs,
                          c: d.pointer, ldc: inputs)
                da = d
            }
            let z = pass.preActivations[l - 1].pointer
            let curvatureTerm = !gaussNewtonOnly && !activation.isPiecewiseLinear && (l - 1) >= startLayer
            if curvatureTerm, let da, let rzPrevious = rz[l - 1] {
                for j in 0..<(n * inputs) {
                    rda.pointer[j] = rda.pointer[j] * activation.derivative(z[j])
                        + da.pointer[j] * activation.secondDerivative(z[j]) * rzPrevious.pointer[j]
                }
            } else {
                activation.multiplyByDerivative(rda.pointer, at: z, count: n * inputs)
            }
            rdz = rda
            if let da {
                activation.multiplyByDerivative(da.pointer, at: z, count: n * inputs)
                dz = da
            }
        }
    }

    private func columnSums(_ m: Buffer, rows: Int, columns: Int, into target: UnsafeMutablePointer<Double>) {
        target.update(repeating: 0, count: columns)
        for i in 0..<rows { for j in 0..<columns { target[j] += m.pointer[i * columns + j] } }
    }
}
