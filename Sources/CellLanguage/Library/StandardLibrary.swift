/// Builds the registry cells run against: Swift's standard library subset, then the Landscape API.
public enum StandardLibrary {
    /// A fresh registry with every binding.
    public static func makeRegistry() -> Registry {
        let registry = Registry()
        GlobalFunctions.register(in: registry)
        MathFunctions.register(in: registry)
        NumberMembers.register(in: registry)
        StringMembers.register(in: registry)
        CollectionMembers.register(in: registry)
        return registry
    }
}
