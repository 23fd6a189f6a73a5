import Foundation

/// The common math functions on `Double` (Foundation's, as a Swift program calls them).
enum MathFunctions {
    static let unary: [(name: String, doc: String, function: @Sendable (Double) -> Double, float: @Sendable (Float) -> Float)] = [
        ("sqrt", "The square root of `x`.", { Foundation.sqrt($0) }, { Foundation.sqrt($0) }),
        ("exp", "e raised to the power `x`.", { Foundation.exp($0) }, { Foundation.exp($0) }),
        ("log", "The natural logarithm of `x`.", { Foundation.log($0) }, { Foundation.log($0) }),
        ("log2", "The base-2 logarithm of `x`.", { Foundation.log2($0) }, { Foundation.log2($0) }),
        ("log10", "The base-10 logarithm of `x`.", { Foundation.log10($0) }, { Foundation.log10($0) }),
        ("log1p", "log(1 + x), accurate for small `x`.", { Foundation.log1p($0) }, { Foundation.log1p($0) }),
        ("expm1", "exp(x) − 1, accurate for small `x`.", { Foundation.expm1($0) }, { Foundation.expm1($0) }),
        ("sin", "The sine of `x` (radians).", { Foundation.sin($0) }, { Foundation.sin($0) }),
        ("cos", "The cosine of `x` (radians).", { Foundation.cos($0) }, { Foundation.cos($0) }),
        ("tan", "The tangent of `x` (radians).", { Foundation.tan($0) }, { Foundation.tan($0) }),
        ("asin", "The arcsine of `x`, in radians.", { Foundation.asin($0) }, { Foundation.asin($0) }),
        ("acos", "The arccosine of `x`, in radians.", { Foundation.acos($0) }, { Foundation.acos($0) }),
        ("atan", "The arctangent of `x`, in radians.", { Foundation.atan($0) }, { Foundation.atan($0) }),
        ("sinh", "The hyperbolic sine of `x`.", { Foundation.sinh($0) }, { Foundation.sinh($0) }),
        ("cosh", "The hyperbolic cosine of `x`.", { Foundation.cosh($0) }, { Foundation.cosh($0) }),
        ("tanh", "The hyperbolic tangent of `x`.", { Foundation.tanh($0) }, { Foundation.tanh($0) }),
        ("floor", "The largest integer value not greater than `x`.", { Foundation.floor($0) }, { Foundation.floor($0) }),
        ("ceil", "The smallest integer value not less than `x`.", { Foundation.ceil($0) }, { Foundation.ceil($0) }),
        ("round", "`x` rounded to the nearest integer value, halfway cases away from zero.", { Foundation.round($0) }, { Foundation.round($0) }),
        ("trunc", "`x` rounded towards zero.", { Foundation.trunc($0) }, { Foundation.trunc($0) }),
    ]

    static func register(in registry: Registry) {
        registry.beginSection("Math functions", introduction: "Foundation's functions on `Double`; integer literals are accepted as `Double`.")
        for entry in unary {
            let function = entry.function
            registry.add("func \(entry.name)(_ x: Double) -> Double", documentation: entry.doc) { _, arguments, _ in
                .double(function(try arguments[0].asDouble()))
            }
        }
        registry.add("func pow(_ x: Double, _ y: Double) -> Double", documentation: "`x` raised to the power `y`.") { _, arguments, _ in
            .double(Foundation.pow(try arguments[0].asDouble(), try arguments[1].asDouble()))
        }
        registry.add("func atan2(_ y: Double, _ x: Double) -> Double", documentation: "The angle of the point (x, y), in radians.") { _, arguments, _ in
            .double(Foundation.atan2(try arguments[0].asDouble(), try arguments[1].asDouble()))
        }
        registry.add("func hypot(_ x: Double, _ y: Double) -> Double", documentation: "sqrt(x² + y²) without undue overflow.") { _, arguments, _ in
            .double(Foundation.hypot(try arguments[0].asDouble(), try arguments[1].asDouble()))
        }
        for (name, value, documentation) in constants {
            registry.add("var \(name): Double { get }", documentation: documentation) { _, _, _ in .double(value) }
        }
    }

    /// The C library's constants Foundation gives a Swift program (`M_PI`, `M_E` ...).
    static let constants: [(name: String, value: Double, documentation: String)] = [
        ("M_PI", Double.pi, "π (as `Double.pi`)."),
        ("M_PI_2", Double.pi / 2, "π / 2."),
        ("M_PI_4", Double.pi / 4, "π / 4."),
        ("M_E", M_E, "e, the base of natural logarithms."),
        ("M_LN2", M_LN2, "The natural logarithm of 2."),
        ("M_LN10", M_LN10, "The natural logarithm of 10."),
        ("M_LOG2E", M_LOG2E, "The base-2 logarithm of e."),
        ("M_LOG10E", M_LOG10E, "The base-10 logarithm of e."),
        ("M_SQRT2", M_SQRT2, "The square root of 2."),
        ("M_SQRT1_2", M_SQRT1_2, "The square root of 1/2."),
    ]
}
