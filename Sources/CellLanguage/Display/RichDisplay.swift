import JupyterKernel
import JupyterWidgets
import LandscapeNotebook

extension Evaluator {
    /// The MIME bundle of a value: always text/plain, plus the richest forms its type has (a figure as
    /// SVG, a network or Hessian as an HTML table, a dataset with a grid of its pictures, a bound as
    /// Markdown with LaTeX), from LandscapeNotebook's `richRepresentations(of:)`.
    func richDisplay(of value: Value) throws -> DisplayValue {
        // A widget: the widget-view bundle (model id, protocol 2.1) with its text/plain summary.
        if case .native(let native) = value, let widget = native.object as? JupyterWidgets.Widget {
            return widget.displayValue
        }
        var data: MimeBundle = ["text/plain": .string(value.debugDescription)]
        if case .native(let native) = value {
            for (mime, content) in richRepresentations(of: native.object) where mime != "text/plain" {
                data[mime] = .string(content)
            }
        }
        return DisplayValue(data: data)
    }
}
