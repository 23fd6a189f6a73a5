/// Builds the registry cells run against: Swift's standard library subset, then the Landscape API.
public enum StandardLibrary {
    /// The registry every session shares. It is built once and never changed afterwards; its adapters
    /// keep no state, so sessions on different threads may read it at the same time.
    public static var shared: Registry { SharedRegistry.instance.registry }

    /// A fresh registry with every binding.
    public static func makeRegistry() -> Registry {
        let registry = Registry()
        GlobalFunctions.register(in: registry)
        NotebookFunctions.register(in: registry)
        MathFunctions.register(in: registry)
        NumberMembers.register(in: registry)
        SizedIntegerMembers.register(in: registry)
        FloatMembers.register(in: registry)
        StringMembers.register(in: registry)
        CollectionMembers.register(in: registry)
        SetMembers.register(in: registry)
        PartialRanges.register(in: registry)
        EverydayCollectionMembers.register(in: registry)
        IteratorMembers.register(in: registry)
        OptionalMembers.register(in: registry)
        StringIndexMembers.register(in: registry)
        RandomMembers.register(in: registry)
        LandscapeBindings.register(in: registry)
        SweepBindings.register(in: registry)
        PlotBindings.register(in: registry)
        PanelBindings.register(in: registry)
        ExperimentBindings.register(in: registry)
        SurfaceBindings.register(in: registry)
        DatasetFileBindings.register(in: registry)
        SampleSizeBindings.register(in: registry)
        WidgetBindings.register(in: registry)
        return registry
    }
}

/// Holds the shared registry; immutable after initialization.
private final class SharedRegistry: @unchecked Sendable {
    static let instance = SharedRegistry()
    let registry = StandardLibrary.makeRegistry()
}
