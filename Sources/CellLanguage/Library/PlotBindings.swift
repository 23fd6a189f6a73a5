import LandscapeNotebook

/// Figures and the `plot` overloads of LandscapeNotebook, and `display(_:)`.
enum PlotBindings {
    static func figure(_ figure: Figure) -> Value { .native(NativeValue(typeName: "Figure", object: figure)) }

    static func register(in registry: Registry) {
        registry.beginSection("Plots", introduction: "Figures render as SVG; the value of a cell's last line is shown, `display(_:)` shows one mid-cell.")
        registry.declareType("Figure", "final class Figure", documentation: "A figure of one or more plot panels, rendered as SVG.")
        registry.declareType("Scale", "enum Scale", documentation: "How values map to an axis: `.linear`, `.log` or `.symlog(threshold:)`.")
        registry.add("case linear", of: "Scale", documentation: "Evenly spaced values.") { _, _, _ in .native(NativeValue(typeName: "Scale", object: Scale.linear)) }
        registry.add("case log", of: "Scale", documentation: "Base-10 logarithmic (positive values only).") { _, _, _ in
            .native(NativeValue(typeName: "Scale", object: Scale.log))
        }
        registry.add("case symlog(threshold: Double)", of: "Scale", documentation: "Linear within ±threshold, logarithmic beyond.") { _, arguments, _ in
            .native(NativeValue(typeName: "Scale", object: Scale.symlog(threshold: try arguments[0].asDouble())))
        }
        registry.add("func plot(_ curve: LossDifferenceCurve, yScale: Scale = .log, title: String = \"\") -> Figure",
                     documentation: "The loss-difference curve against k, on a log axis by default (the paper's figure).") { _, arguments, _ in
            figure(plot(try arguments[0].asNative(LossDifferenceCurve.self), yScale: try arguments[1].asNative(Scale.self),
                        title: try arguments[2].asString()))
        }
        registry.add("func plot(_ curves: [LossDifferenceCurve], yScale: Scale = .log, title: String = \"\") -> Figure",
                     documentation: "Several loss-difference curves in one panel, labelled by their `label`.") { _, arguments, _ in
            let curves = try arguments[0].asArray().elements.map { try $0.asNative(LossDifferenceCurve.self) }
            return figure(plot(curves, yScale: try arguments[1].asNative(Scale.self), title: try arguments[2].asString()))
        }
        registry.add("func plot(_ hessian: Hessian, title: String = \"\") -> Figure", documentation: "A heatmap of the matrix's entries.") { _, arguments, _ in
            figure(plot(try arguments[0].asNative(Hessian.self), title: try arguments[1].asString()))
        }
        registry.add("func plot(spectrumOf hessian: Hessian, yScale: Scale = .linear, title: String = \"\") throws -> Figure",
                     documentation: "The eigenvalues of a Hessian as a spectrum.") { _, arguments, _ in
            figure(try plot(spectrumOf: try arguments[0].asNative(Hessian.self), yScale: try arguments[1].asNative(Scale.self),
                            title: try arguments[2].asString()))
        }
        registry.add("func plot(_ values: [Double], yScale: Scale = .linear, title: String = \"\") -> Figure",
                     documentation: "A line plot of values against their index.") { _, arguments, _ in
            figure(plot(try arguments[0].asDoubles(), yScale: try arguments[1].asNative(Scale.self), title: try arguments[2].asString()))
        }
        registry.add("func plot(x: [Double], y: [Double], xScale: Scale = .linear, yScale: Scale = .linear, title: String = \"\") -> Figure",
                     documentation: "A line plot of `y` against `x`.") { _, arguments, _ in
            figure(plot(x: try arguments[0].asDoubles(), y: try arguments[1].asDoubles(), xScale: try arguments[2].asNative(Scale.self),
                        yScale: try arguments[3].asNative(Scale.self), title: try arguments[4].asString()))
        }
        registry.add("func histogramPlot(values: [Double], bins: Int = 30, title: String = \"\", xLabel: String = \"\") -> Figure",
                     documentation: "A histogram of `values`.") { _, arguments, _ in
            figure(histogramPlot(values: try arguments[0].asDoubles(), bins: try arguments[1].asInt(), title: try arguments[2].asString(),
                                 xLabel: try arguments[3].asString()))
        }
        registry.add("var svg: String { get }", of: "Figure", documentation: "The figure as an SVG document.") { receiver, _, _ in
            .string(try receiver.asNative(Figure.self).svg)
        }
        registry.add("func save(to path: String) throws", of: "Figure", documentation: "Writes the SVG to `path`.") { receiver, arguments, _ in
            try receiver.asNative(Figure.self).save(to: try arguments[0].asString())
            return .void
        }
        registry.add("func display(_ value: Any)", documentation: "Shows a value now, in its richest form (in an exported program: prints it).") { _, arguments, context in
            try context.display(arguments[0])
            return .void
        }
    }
}
