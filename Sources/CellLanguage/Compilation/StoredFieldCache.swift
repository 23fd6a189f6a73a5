/// Where a named stored property sits in the values of one structure definition, for compiled code
/// that changes it in place (`x += v` in a mutating method), found once per definition.
///
/// Only a plain field qualifies: a mutable stored `Int` or `Double` property without observers and not
/// `lazy`, whose every change is the arithmetic itself (no conversion, no observer to run).
final class StoredFieldCache {
    let name: String
    private(set) var definition: UserType?
    private var index: Int?
    private var propertyCount = 0

    init(name: String) {
        self.name = name
    }

    /// The field's index in values of `type`, or nil when the property is not a plain field there.
    func plainArithmeticField(of type: UserType) -> Int? {
        if definition !== type || propertyCount != type.storedProperties.count {
            definition = type
            propertyCount = type.storedProperties.count
            index = Self.plainField(name, of: type)
        }
        return index
    }

    private static func plainField(_ name: String, of type: UserType) -> Int? {
        guard type.kind == .structure, type.genericParameters.isEmpty, let index = type.storedIndex(of: name),
              index < type.storedProperties.count else { return nil }
        let property = type.storedProperties[index]
        guard property.isMutable, !property.isLazy, property.willSet == nil, property.didSet == nil,
              property.type == .int || property.type == .double else { return nil }
        return index
    }
}
