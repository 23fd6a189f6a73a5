/// Reference lines and text annotations.
extension Plot {
    /// A horizontal line across the panel at `y` (a bound, a threshold), dashed grey unless styled.
    public func horizontalLine(y: Double, label: String? = nil, color: Color = .gray, width: Double = 1.5, dash: LineDash = .dashed) {
        layers.append(ReferenceLineLayer(orientation: .horizontal, value: y, label: label ?? "", color: color,
                                         width: Self.sanitized(width, default: 1.5), dash: dash))
    }

    /// A vertical line across the panel at `x`, dashed grey unless styled.
    public func verticalLine(x: Double, label: String? = nil, color: Color = .gray, width: Double = 1.5, dash: LineDash = .dashed) {
        layers.append(ReferenceLineLayer(orientation: .vertical, value: x, label: label ?? "", color: color,
                                         width: Self.sanitized(width, default: 1.5), dash: dash))
    }

    /// Text (TeX-like math allowed) with its lower-left corner just right of and above the data point (x, y).
    public func annotate(_ text: String, x: Double, y: Double, color: Color = .black, fontSize: Double? = nil) {
        layers.append(AnnotationLayer(text: text, x: x, y: y, color: color,
                                      fontSize: fontSize.map { Self.sanitized($0, default: 14) }))
    }
}
