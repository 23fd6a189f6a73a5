import SwiftSyntax

/// Extensions of the standard library's protocols (`extension Collection { ... }`, `extension
/// BinaryInteger { var isEven: Bool { ... } }`): their members become members of every library type
/// of a cell that adopts the protocol, as they do in Swift. A `where` clause is not checked: the
/// members are there for every adopter, and code that needs what the clause promises fails when it runs.
extension Evaluator {
    private static let signedIntegers = ["Int", "Int8", "Int16", "Int32", "Int64"]
    private static let unsignedIntegers = ["UInt8", "UInt16", "UInt32", "UInt", "UInt64"]
    private static let integers = signedIntegers + unsignedIntegers
    private static let floatingPoint = ["Double", "Float"]
    private static let collections = ["Array", "Set", "Dictionary", "String", "Range", "ClosedRange"]

    /// The library types cells have that adopt each standard protocol an extension may name.
    static let standardProtocolAdopters: [String: [String]] = [
        "Sequence": collections, "Collection": collections,
        "BidirectionalCollection": ["Array", "String", "Range", "ClosedRange"],
        "RandomAccessCollection": ["Array", "Range", "ClosedRange"],
        "MutableCollection": ["Array"], "RangeReplaceableCollection": ["Array", "String"],
        "StringProtocol": ["String"],
        "AdditiveArithmetic": integers + floatingPoint, "Numeric": integers + floatingPoint,
        "SignedNumeric": signedIntegers + floatingPoint,
        "BinaryInteger": integers, "FixedWidthInteger": integers,
        "SignedInteger": signedIntegers, "UnsignedInteger": unsignedIntegers,
        "FloatingPoint": floatingPoint, "BinaryFloatingPoint": floatingPoint,
        "Equatable": integers + floatingPoint + ["String", "Bool", "Character"],
        "Hashable": integers + floatingPoint + ["String", "Bool", "Character"],
        "Comparable": integers + floatingPoint + ["String", "Character"],
    ]

    /// `extension Collection { ... }`: the members, read once, added to each adopter's extension table.
    func declareStandardProtocolExtension(_ node: ExtensionDeclSyntax, adopters: [String], in scope: Scope) throws {
        if let clause = node.inheritanceClause {
            throw CellError.compile("extension of protocol '\(node.extendedType.trimmedDescription)' cannot have an inheritance clause",
                                    at: clause)
        }
        // `Self` stands for the adopter, whichever it is: declared types naming it take any value.
        let enclosingGenerics = activeGenericParameters
        activeGenericParameters.insert("Self")
        defer { activeGenericParameters = enclosingGenerics }
        var added = MemberTable()
        try readMembers(node.memberBlock, table: &added, owner: nil, scope: Scope(parent: scope), selfType: .any,
                        isExtension: true)
        for adopter in adopters {
            var table = extensionTables[adopter] ?? MemberTable()
            table.take(added)
            extensionTables[adopter] = table
        }
    }
}

extension MemberTable {
    /// Adds `other`'s members, each replacing a member of the same name (a cell run again declares
    /// the same extension again).
    mutating func take(_ other: MemberTable) {
        methods.merge(other.methods) { _, new in new }
        computed.merge(other.computed) { _, new in new }
        staticMethods.merge(other.staticMethods) { _, new in new }
        staticComputed.merge(other.staticComputed) { _, new in new }
        subscripts += other.subscripts
    }
}
