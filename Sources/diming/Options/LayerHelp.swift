import DimingCore

/// Help texts that list the layers, read from the catalog of the standard modules.
enum LayerHelp {
    static let catalog = LayerCatalog(modules: DimingModule.standard)

    /// `divisions, roads, …`.
    static var names: String { catalog.layers.map(\.name).joined(separator: ", ") }

    /// One line per layer: its name, title and columns.
    static var columns: String {
        catalog.layers.map { layer in
            "  \(layer.name) (\(layer.label.zh)): " + layer.columns.map { $0.name + ($0.isRequired ? "*" : "") }.joined(separator: ", ")
        }.joined(separator: "\n")
    }
}
