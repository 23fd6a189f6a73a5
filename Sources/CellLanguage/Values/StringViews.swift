/// A library value that `for-in` and the sequence methods iterate: the elements it stands for.
protocol NativeSequence {
    var cellElements: ArrayValue { get }
}

/// `Unicode.Scalar` as a cell value: Swift's own scalar, so it prints (`A`, and `"\u{203C}"` in a
/// collection) as a compiled program prints it.
enum UnicodeScalars {
    static let typeName = "Unicode.Scalar"
    static let type = TypeRef.named(typeName)

    static func value(_ scalar: Unicode.Scalar) -> Value {
        .native(NativeValue(typeName: typeName, object: scalar))
    }

    static func scalar(_ value: Value) throws -> Unicode.Scalar {
        guard case .native(let native) = value, let scalar = native.object as? Unicode.Scalar else {
            throw LibraryUsageError("expected a value of type 'Unicode.Scalar', got '\(value.type)'")
        }
        return scalar
    }
}

// The string views are Swift's own (they print as the string, as Swift's do); their elements are the
// cell values of their code units and scalars.

extension String.UTF8View: NativeSequence {
    var cellElements: ArrayValue {
        ArrayValue(map { .integer(SizedInteger($0, kind: .uint8)) }, elementType: SizedInteger.Kind.uint8.type)
    }
}

extension String.UTF16View: NativeSequence {
    var cellElements: ArrayValue {
        ArrayValue(map { .integer(SizedInteger($0, kind: .uint16)) }, elementType: SizedInteger.Kind.uint16.type)
    }
}

extension String.UnicodeScalarView: NativeSequence {
    var cellElements: ArrayValue {
        ArrayValue(map { UnicodeScalars.value($0) }, elementType: UnicodeScalars.type)
    }
}
