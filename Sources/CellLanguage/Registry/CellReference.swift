/// The Markdown reference of everything cells can use, generated from the registry (so the README
/// can include it and a test keeps it in sync).
public enum CellReference {
    /// The reference as Markdown: one section per registry section, each type with its declaration and
    /// documentation, each symbol with its Swift signature and documentation.
    public static func markdown(registry: Registry = StandardLibrary.shared) -> String {
        var lines = ["# Cell language reference", "",
                     "Everything a cell can call, generated from the cell language's registry: the same table evaluation, completion and inspection use.",
                     ""]
        for (index, section) in registry.sections.enumerated() {
            lines.append("## \(section.title)")
            lines.append("")
            if !section.introduction.isEmpty {
                lines.append(section.introduction)
                lines.append("")
            }
            let types = registry.types.values.filter { registry.section(ofType: $0.name) == index }.sorted { $0.name < $1.name }
            for type in types {
                lines.append("### `\(type.declaration)`")
                lines.append("")
                lines.append(type.documentation)
                lines.append("")
            }
            let symbols = registry.declarationOrder.filter { registry.section(of: $0) == index }
            for symbol in symbols {
                let owner = symbol.owner.map { "\($0)." } ?? ""
                lines.append("- `\(symbol.signature)`" + (owner.isEmpty ? "" : " — on `\(symbol.owner!)`"))
                lines.append("  \(symbol.documentation)")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
