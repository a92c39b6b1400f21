/// The layers a database holds, in dependency order (a layer comes after those it references).
///
/// `diming layers`, import and export, the OGC API collections and the map all read this list.
public struct LayerCatalog: Sendable {
    public var layers: [Layer]

    public init(_ layers: [Layer]) {
        self.layers = layers
    }

    /// The layers of `modules`, in their order.
    public init(modules: [DimingModule]) {
        self.init(modules.flatMap(\.layers))
    }

    /// The layers of the spatial core.
    public static let core = LayerCatalog([.divisions, .roads, .addresses, .places, .shelters])

    public subscript(name: String) -> Layer? {
        layers.first { $0.name == name }
    }

    /// The layer named `name`, or an error listing the known names.
    public func layer(named name: String) throws(LayerError) -> Layer {
        guard let layer = self[name] else { throw .unknownLayer(name, known: layers.map(\.name)) }
        return layer
    }
}

/// Errors about layers as a whole.
public enum LayerError: Problem, Equatable {
    case unknownLayer(String, known: [String])

    public var status: Int { 404 }
    public var type: String { "unknown-layer" }
    public func title(in language: Language) -> String { QueryMessages.unknownLayerTitle.text(language) }
    public var field: String? { "layer" }
    public func detail(in language: Language) -> String {
        switch self {
        case let .unknownLayer(name, known):
            QueryMessages.unknownLayer.text(language, ["name": name, "layers": known.joined(separator: ", ")])
        }
    }
}
