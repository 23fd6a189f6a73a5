/// Downsampling pictures.
extension Dataset {
    /// Each image averaged over non-overlapping factor×factor blocks (e.g. 28×28 → 14×14 for factor 2),
    /// per channel. Throws unless the objects are images whose sides the factor divides.
    public func averagePooled(_ factor: Int = 2) throws -> Dataset {
        guard let shape = imageShape, shape.count == 2 || shape.count == 3 else {
            throw DatasetError.invalidArgument("averagePooled needs image objects; this dataset has no image shape")
        }
        let channels = shape.count == 3 ? shape[0] : 1
        let height = shape[shape.count - 2], width = shape[shape.count - 1]
        guard factor >= 1, height % factor == 0, width % factor == 0 else {
            throw DatasetError.invalidArgument("factor \(factor) does not divide the image sides \(height)×\(width)")
        }
        let h = height / factor, w = width / factor
        let size = channels * h * w
        var values = [Double](repeating: 0, count: count * size)
        let scale = 1 / Double(factor * factor)
        for i in 0..<count {
            for c in 0..<channels {
                for r in 0..<h {
                    for q in 0..<w {
                        var sum = 0.0
                        for dr in 0..<factor {
                            for dq in 0..<factor {
                                sum += features[i * inputSize + c * height * width + (r * factor + dr) * width + q * factor + dq]
                            }
                        }
                        values[i * size + c * h * w + r * w + q] = sum * scale
                    }
                }
            }
        }
        return Dataset(validatedFeatures: values, labels: labels, inputSize: size, classCount: classCount,
                       imageShape: shape.count == 3 ? [channels, h, w] : [h, w], source: source + " (average-pooled ×\(factor))")
    }
}
