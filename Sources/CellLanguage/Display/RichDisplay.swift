import JupyterKernel

extension Evaluator {
    /// The MIME bundle of a value: always text/plain, plus the richest form its type has.
    func richDisplay(of value: Value) throws -> DisplayValue {
        var data: MimeBundle = ["text/plain": .string(value.debugDescription)]
        if case .native(let native) = value {
            for (mime, content) in DisplayRepresentations.representations(of: native.object) {
                data[mime] = .string(content)
            }
        }
        return DisplayValue(data: data)
    }
}

/// The rich representations of library values (figures as SVG, networks as HTML tables ...), filled
/// in by the Landscape bindings.
enum DisplayRepresentations {
    static func representations(of object: Any) -> [(String, String)] {
        if let representable = object as? any RichRepresentable {
            return representable.mimeRepresentations
        }
        return []
    }
}

/// A library value that knows richer forms of itself than text.
protocol RichRepresentable {
    /// MIME type → content, e.g. `("image/svg+xml", svg)`.
    var mimeRepresentations: [(String, String)] { get }
}
