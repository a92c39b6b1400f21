/// How the web map draws a layer: which drawer (a module of `maps/js/drawers/`), its colours
/// and what labels a feature. The map reads this from `/collections`, so a new layer is drawn
/// without touching `maps/`.
public struct LayerStyle: Sendable, Hashable {
    /// The drawer's name: `areas-by-level`, `lines-by-class`, `house-numbers`, `points-by-class`.
    public var drawer: String
    /// CSS colour of lines, outlines and markers.
    public var color: String
    /// Line width in CSS pixels.
    public var weight: Double?
    /// Marker radius in CSS pixels.
    public var radius: Double?
    /// The zoom level from which the features are drawn (many small points).
    public var minZoom: Int?
    /// The property that labels a feature (its name).
    public var labelProperty: String?
    /// A second property shown with the label (a house number after its road).
    public var secondaryLabelProperty: String?
    /// The column whose value picks a class's look; its vocabulary gives the classes' labels.
    public var classProperty: String?
    /// Each class's look, by value of ``classProperty``.
    public var classes: [ClassStyle]

    public struct ClassStyle: Sendable, Hashable {
        public var value: String
        public var color: String
        public var weight: Double?
        public var radius: Double?

        public init(_ value: String, color: String, weight: Double? = nil, radius: Double? = nil) {
            self.value = value
            self.color = color
            self.weight = weight
            self.radius = radius
        }
    }

    public init(drawer: String, color: String, weight: Double? = nil, radius: Double? = nil, minZoom: Int? = nil,
                labelProperty: String? = nil, secondaryLabelProperty: String? = nil,
                classProperty: String? = nil, classes: [ClassStyle] = []) {
        self.drawer = drawer
        self.color = color
        self.weight = weight
        self.radius = radius
        self.minZoom = minZoom
        self.labelProperty = labelProperty
        self.secondaryLabelProperty = secondaryLabelProperty
        self.classProperty = classProperty
        self.classes = classes
    }
}
