import Foundation

/// The exact dense Hessian (or G-term) of Σ_i scale·ℓ_i, assembled from per-object derivatives with
/// respect to the pre-activations, so that almost all of the work is a few large GEMMs over objects.
///
/// With z⁽ˡ⁾ = W⁽ˡ⁾a⁽ˡ⁻¹⁾ + b⁽ˡ⁾, a⁽ˡ⁾ = f(z⁽ˡ⁾), δ⁽ˡ⁾ = ∂ℓ/∂z⁽ˡ⁾ and, for layers l ≥ s,
///   J⁽ˡˢ⁾ = ∂z⁽ˡ⁾/∂z⁽ˢ⁾,  N⁽ˡˢ⁾ = ∂a⁽ˡ⁾/∂z⁽ˢ⁾ = diag f′(z⁽ˡ⁾)·J⁽ˡˢ⁾,  M⁽ˡˢ⁾ = ∂δ⁽ˡ⁾/∂z⁽ˢ⁾ = Q⁽ˡ⁾J⁽ˡˢ⁾
/// (Q⁽ˡ⁾ = ∂²ℓ/∂z⁽ˡ⁾², the Hessian of the loss in layer l's pre-activations), every entry of H is exact:
///   ∂²ℓ / ∂W⁽ˡ⁾[o,c] ∂W⁽ˢ⁾[r,c′] = ( M⁽ˡˢ⁾[o,r]·a⁽ˡ⁻¹⁾[c] + δ⁽ˡ⁾[o]·N⁽ˡ⁻¹ˢ⁾[c,r] ) · a⁽ˢ⁻¹⁾[c′]
/// (no N term when l = s; a bias behaves as a weight on a constant input 1, a bias row has no N term).
/// M is computed for all r at once by the R-operator on unit tangents of z⁽ˢ⁾:
///   M⁽ᴸ⁾ = scale·A·J⁽ᴸˢ⁾ (A = diag p − ppᵀ),  M⁽ˡˢ⁾ = diag f′(z⁽ˡ⁾)·W⁽ˡ⁺¹⁾ᵀM⁽ˡ⁺¹ˢ⁾ + diag(f″(z⁽ˡ⁾) ⊙ W⁽ˡ⁺¹⁾ᵀδ⁽ˡ⁺¹⁾)·J⁽ˡˢ⁾.
/// So, for the columns of one weight row r of layer s, the lower part of H is L_r·[a⁽ˢ⁻¹⁾ of every object]
/// with L_r[(row), i] the bracket above: one GEMM of (rows × objects)·(objects × in_s). The G-term
/// drops the f″ and δ terms. Every column belongs to exactly one row group, which writes it from its own
/// diagonal entry down; the upper triangle is then mirrored, so H is exactly symmetric. Objects are taken
/// in chunks of a size that depends only on the shapes, and added in order: the same bits on any number
/// of cores.
struct BlockHessianAssembler {
    let kernel: NetworkKernel
    let gaussNewtonOnly: Bool

    private var layout: ParameterLayout { kernel.layout }

    /// Doubles of per-layer sensitivities one object needs (J, N and M of the widest column layer).
    var sensitivitiesPerObject: Int {
        let widths = layout.widths.dropFirst()
        return 3 * widths.reduce(0, +) * (widths.max() ?? 1)
    }

    /// Whether the sensitivities of even a small chunk stay modest (they grow with the square of the
    /// widest layer: a layer thousands wide is better served by one R-operator pass per column).
    var suitsLayout: Bool { 16 * sensitivitiesPerObject <= 1 << 24 }

    /// Objects per chunk: large enough for efficient GEMMs, small enough that the per-worker
    /// rows × objects block and the per-layer sensitivities stay modest. A function of shapes only.
    func objectsPerChunk(count n: Int) -> Int {
        let perObject = max(layout.parameterCount, sensitivitiesPerObject, 1)
        return max(1, min(n, 256, max(16, (1 << 22) / perObject)))
    }

    /// Adds the Hessian of Σ_i scale·ℓ_i over the `count` objects at `x` into the P×P row-major matrix `h`
    /// (zero on entry) and mirrors it. Stops early, leaving `h` incomplete, when `Cancellation` asks.
    func assemble(theta: UnsafePointer<Double>, x: UnsafePointer<Double>, labels: [Int], count n: Int, scale: Double,
                  into h: UnsafeMutablePointer<Double>) {
        let chunk = objectsPerChunk(count: n)
        let workers = max(1, min(LinearAlgebraRuntime.workerCount, layout.widths.dropFirst().max() ?? 1))
        let scratches = (0..<workers).map { _ in GroupScratch(layout, objects: chunk) }
        var start = 0
        while start < n, !Cancellation.isRequested {
            let size = min(chunk, n - start)
            let chunkLabels = Array(labels[start..<(start + size)])
            let xs = x + start * layout.inputSize
            let pass = kernel.forward(theta: theta, x: xs, count: size, labels: chunkLabels)
            let objects = ObjectDerivatives(kernel: kernel, theta: theta, pass: pass, labels: chunkLabels, scale: scale,
                                            gaussNewtonOnly: gaussNewtonOnly)
            for s in 0..<layout.layerCount where !Cancellation.isRequested {
                let sensitivities = LayerSensitivities(objects: objects, theta: theta, layer: s)
                addColumns(of: sensitivities, objects: objects, x: xs, scratches: scratches, into: h)
            }
            start += size
        }
        Self.mirrorLowerTriangle(h, size: layout.parameterCount)
    }

    /// Adds this chunk's contribution to every column of layer s (one group per weight row r, with its
    /// bias column), groups spread over the cores.
    private func addColumns(of m: LayerSensitivities, objects: ObjectDerivatives, x: UnsafePointer<Double>,
                            scratches: [GroupScratch], into h: UnsafeMutablePointer<Double>) {
        let groups = layout.outputs(m.layer)
        let counter = WorkCounter(limit: groups)
        let workers = min(scratches.count, groups)
        let shared = UncheckedSendable((self, m, objects, x, h, counter, scratches))
        let work: @Sendable (Int) -> Void = Cancellation.inheriting { worker in
            let (assembler, m, objects, x, h, counter, scratches) = shared.value
            let scratch = scratches[worker]
            while !Cancellation.isRequested, let r = counter.next() {
                assembler.addGroup(r, of: m, objects: objects, x: x, scratch: scratch, into: h)
            }
        }
        if workers > 1 {
            DispatchQueue.concurrentPerform(iterations: workers, execute: work)
        } else {
            work(0)
        }
    }

    /// Columns W⁽ˢ⁾[r, ·] and b⁽ˢ⁾[r]: rows from the first of them to P.
    private func addGroup(_ r: Int, of m: LayerSensitivities, objects: ObjectDerivatives, x: UnsafePointer<Double>,
                          scratch: GroupScratch, into h: UnsafeMutablePointer<Double>) {
        let layout = self.layout
        let s = m.layer
        let p = layout.parameterCount
        let nc = objects.count
        let os = layout.outputs(s), ins = layout.inputs(s)
        let width = m.width
        let first = layout.weightOffsets[s] + r * ins
        let rows = p - first
        let lt = scratch.rows.pointer
        for i in 0..<nc {
            let row = lt + i * rows
            let column = i * os + r
            // Layer s itself: rows W⁽ˢ⁾[o ≥ r, ·] and b⁽ˢ⁾.
            let sensitivity = m.values[s].pointer
            let inputS = objects.input(s, x: x) + i * ins
            for o in r..<os {
                let value = sensitivity[o * width + column]
                let target = row + (layout.weightOffsets[s] + o * ins - first)
                for c in 0..<ins { target[c] = value * inputS[c] }
            }
            if layout.hasBias {
                let target = row + (layout.biasOffsets[s] - first)
                for o in 0..<os { target[o] = sensitivity[o * width + column] }
            }
            // Layers above.
            if s + 1 < layout.layerCount {
                for l in (s + 1)..<layout.layerCount {
                    let il = layout.inputs(l), ol = layout.outputs(l)
                    let values = m.values[l].pointer
                    let input = objects.input(l, x: x) + i * il
                    let weightsStart = row + (layout.weightOffsets[l] - first)
                    if let deltas = objects.deltas[l], let masked = m.masked[l - 1] {
                        let gathered = scratch.gathered.pointer
                        for c in 0..<il { gathered[c] = masked.pointer[c * width + column] }
                        let delta = deltas.pointer + i * ol
                        for o in 0..<ol {
                            let value = values[o * width + column], d = delta[o]
                            let target = weightsStart + o * il
                            for c in 0..<il { target[c] = value * input[c] + d * gathered[c] }
                        }
                    } else {
                        for o in 0..<ol {
                            let value = values[o * width + column]
                            let target = weightsStart + o * il
                            for c in 0..<il { target[c] = value * input[c] }
                        }
                    }
                    if layout.hasBias {
                        let target = row + (layout.biasOffsets[l] - first)
                        for o in 0..<ol { target[o] = values[o * width + column] }
                    }
                }
            }
        }
        BLAS.gemm(transposeA: true, m: rows, n: ins, k: nc, a: lt, lda: rows, b: objects.input(s, x: x), ldb: ins,
                  beta: 1, c: h + first * p + layout.weightOffsets[s] + r * ins, ldc: p)
        if layout.hasBias {
            let sums = scratch.sums.pointer
            BLAS.gemv(transpose: true, m: nc, n: rows, a: lt, lda: rows, x: scratch.ones.pointer, y: sums)
            let columnIndex = layout.biasOffsets[s] + r
            for k in 0..<rows { h[(first + k) * p + columnIndex] += sums[k] }
        }
    }

    /// Copies the lower triangle onto the upper one, in cache-sized tiles.
    static func mirrorLowerTriangle(_ h: UnsafeMutablePointer<Double>, size p: Int) {
        let tile = 64
        var rowStart = 0
        while rowStart < p {
            let rowEnd = min(rowStart + tile, p)
            var columnStart = 0
            while columnStart <= rowStart {
                let columnEnd = min(columnStart + tile, p)
                for row in rowStart..<rowEnd {
                    for column in columnStart..<min(columnEnd, row) { h[column * p + row] = h[row * p + column] }
                }
                columnStart += tile
            }
            rowStart += tile
        }
    }
}

/// Per-object quantities of one chunk that do not depend on the column layer: f′(z⁽ˡ⁾), δ⁽ˡ⁾ and the
/// f″ curvature weights f″(z⁽ˡ⁾) ⊙ W⁽ˡ⁺¹⁾ᵀδ⁽ˡ⁺¹⁾ (each objects × out_l, row-major).
final class ObjectDerivatives {
    let kernel: NetworkKernel
    let pass: ForwardPass
    let scale: Double
    /// f′(z⁽ˡ⁾) for every layer but the last.
    let slopes: [Buffer]
    /// δ⁽ˡ⁾ = ∂(scale·ℓ)/∂z⁽ˡ⁾, for the full Hessian (nil for the G-term).
    let deltas: [Buffer?]
    /// f″(z⁽ˡ⁾) ⊙ W⁽ˡ⁺¹⁾ᵀδ⁽ˡ⁺¹⁾, for the full Hessian of a curved activation (else nil).
    let curvatures: [Buffer?]
    var count: Int { pass.count }

    init(kernel: NetworkKernel, theta: UnsafePointer<Double>, pass: ForwardPass, labels: [Int], scale: Double,
         gaussNewtonOnly: Bool) {
        let layout = kernel.layout
        let layers = layout.layerCount
        let n = pass.count
        self.kernel = kernel
        self.pass = pass
        self.scale = scale
        slopes = (0..<max(layers - 1, 0)).map { l in
            let count = n * layout.outputs(l)
            let slope = Buffer(count: count)
            let z = pass.preActivations[l].pointer
            for j in 0..<count { slope.pointer[j] = kernel.activation.derivative(z[j]) }
            return slope
        }
        var deltas = [Buffer?](repeating: nil, count: layers)
        var curvatures = [Buffer?](repeating: nil, count: layers)
        if !gaussNewtonOnly {
            let classes = layout.classCount
            let top = Buffer(count: n * classes)
            for i in 0..<n {
                for k in 0..<classes { top.pointer[i * classes + k] = scale * pass.probabilities.pointer[i * classes + k] }
                top.pointer[i * classes + labels[i]] -= scale
            }
            deltas[layers - 1] = top
            var above = top
            for l in stride(from: layers - 2, through: 0, by: -1) {
                let out = layout.outputs(l), next = layout.outputs(l + 1)
                let upstream = Buffer(count: n * out)
                BLAS.gemm(m: n, n: out, k: next, a: above.pointer, lda: next, b: theta + layout.weightOffsets[l + 1],
                          ldb: out, c: upstream.pointer, ldc: out)
                let z = pass.preActivations[l].pointer
                if !kernel.activation.isPiecewiseLinear {
                    let curvature = Buffer(count: n * out)
                    for j in 0..<(n * out) { curvature.pointer[j] = kernel.activation.secondDerivative(z[j]) * upstream.pointer[j] }
                    curvatures[l] = curvature
                }
                let delta = Buffer(count: n * out)
                for j in 0..<(n * out) { delta.pointer[j] = slopes[l].pointer[j] * upstream.pointer[j] }
                deltas[l] = delta
                above = delta
            }
        }
        self.deltas = deltas
        self.curvatures = curvatures
    }

    /// a⁽ˡ⁻¹⁾ of the chunk's objects (objects × in_l, row-major): the features for l = 0.
    func input(_ l: Int, x: UnsafePointer<Double>) -> UnsafePointer<Double> {
        l == 0 ? x : UnsafePointer(pass.activations[l - 1].pointer)
    }
}

/// For one column layer s and every object of a chunk: J⁽ˡˢ⁾, N⁽ˡˢ⁾ = ∂a⁽ˡ⁾/∂z⁽ˢ⁾ and M⁽ˡˢ⁾ = ∂δ⁽ˡ⁾/∂z⁽ˢ⁾
/// for l ≥ s, each stored out_l × (objects · out_s) with entry [o][i][r], so that every product with
/// a weight matrix is one GEMM over all objects.
final class LayerSensitivities {
    let layer: Int
    /// objects · out_s, the row length of every matrix here.
    let width: Int
    /// M⁽ˡˢ⁾ for l ≥ s (nil below s).
    let values: [Buffer]
    /// N⁽ˡˢ⁾ for s ≤ l < last layer (nil elsewhere).
    let masked: [Buffer?]

    init(objects: ObjectDerivatives, theta: UnsafePointer<Double>, layer s: Int) {
        let layout = objects.kernel.layout
        let layers = layout.layerCount
        let n = objects.count
        let os = layout.outputs(s)
        let width = n * os
        layer = s
        self.width = width
        // Forward: J⁽ˢˢ⁾ = I, N⁽ˡˢ⁾ = diag f′(z⁽ˡ⁾) J⁽ˡˢ⁾, J⁽ˡ⁺¹ˢ⁾ = W⁽ˡ⁺¹⁾N⁽ˡˢ⁾.
        var jacobians = [Buffer](repeating: Buffer(count: 0), count: layers)
        var masked = [Buffer?](repeating: nil, count: layers)
        let identity = Buffer(count: os * width)
        for o in 0..<os { for i in 0..<n { identity.pointer[o * width + i * os + o] = 1 } }
        jacobians[s] = identity
        if s + 1 < layers {
            for l in s..<(layers - 1) {
                let out = layout.outputs(l)
                let slope = objects.slopes[l].pointer
                let jacobian = jacobians[l].pointer
                let product = Buffer(count: out * width)
                for o in 0..<out {
                    for i in 0..<n {
                        let factor = slope[i * out + o]
                        let source = jacobian + o * width + i * os, target = product.pointer + o * width + i * os
                        for r in 0..<os { target[r] = factor * source[r] }
                    }
                }
                masked[l] = product
                let next = Buffer(count: layout.outputs(l + 1) * width)
                BLAS.gemm(m: layout.outputs(l + 1), n: width, k: out, a: theta + layout.weightOffsets[l + 1], lda: out,
                          b: product.pointer, ldb: width, c: next.pointer, ldc: width)
                jacobians[l + 1] = next
            }
        }
        // Top: M⁽ᴸˢ⁾ = scale·(diag p − ppᵀ)·J⁽ᴸˢ⁾ per object.
        var values = [Buffer](repeating: Buffer(count: 0), count: layers)
        let classes = layout.classCount
        let top = Buffer(count: classes * width)
        let logits = jacobians[layers - 1].pointer
        let scale = objects.scale
        for i in 0..<n {
            let p = objects.pass.probabilities.pointer + i * classes
            for r in 0..<os {
                let column = i * os + r
                var inner = 0.0
                for k in 0..<classes { inner += p[k] * logits[k * width + column] }
                for k in 0..<classes { top.pointer[k * width + column] = scale * p[k] * (logits[k * width + column] - inner) }
            }
        }
        values[layers - 1] = top
        // Backward: M⁽ˡˢ⁾ = diag f′(z⁽ˡ⁾)·W⁽ˡ⁺¹⁾ᵀM⁽ˡ⁺¹ˢ⁾ (+ diag(curvature)·J⁽ˡˢ⁾).
        if s + 1 < layers {
            for l in stride(from: layers - 2, through: s, by: -1) {
                let out = layout.outputs(l), next = layout.outputs(l + 1)
                let value = Buffer(count: out * width)
                BLAS.gemm(transposeA: true, m: out, n: width, k: next, a: theta + layout.weightOffsets[l + 1], lda: out,
                          b: values[l + 1].pointer, ldb: width, c: value.pointer, ldc: width)
                let slope = objects.slopes[l].pointer
                let jacobian = jacobians[l].pointer
                let curvature = objects.curvatures[l]?.pointer
                for o in 0..<out {
                    for i in 0..<n {
                        let factor = slope[i * out + o]
                        let target = value.pointer + o * width + i * os
                        if let curvature {
                            let bend = curvature[i * out + o]
                            let source = jacobian + o * width + i * os
                            for r in 0..<os { target[r] = factor * target[r] + bend * source[r] }
                        } else {
                            for r in 0..<os { target[r] *= factor }
                        }
                    }
                }
                values[l] = value
            }
        }
        self.values = values
        self.masked = masked
    }
}

/// One worker's scratch for `BlockHessianAssembler`, reused for every group: the objects × rows block L_rᵀ
/// (at most objects × P) and small vectors.
final class GroupScratch {
    let rows: Buffer
    let gathered: Buffer
    let ones: Buffer
    let sums: Buffer

    init(_ layout: ParameterLayout, objects: Int) {
        let rowCount = layout.parameterCount
        rows = Buffer(count: objects * rowCount)
        gathered = Buffer(count: layout.maxWidth)
        ones = Buffer([Double](repeating: 1, count: objects))
        sums = Buffer(count: rowCount)
    }
}

/// Hands out 0, 1, 2, … below a limit to whichever worker asks next.
final class WorkCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var issued = 0
    private let limit: Int

    init(limit: Int) { self.limit = limit }

    func next() -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard issued < limit else { return nil }
        issued += 1
        return issued - 1
    }
}
