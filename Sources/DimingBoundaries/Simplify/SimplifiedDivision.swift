import DimingCore

/// A division as `diming boundary simplify` returns it: a display copy, never stored.
public struct SimplifiedDivision: Sendable, Equatable {
    public var code: String
    public var name: String?
    public var level: String?
    /// lon/lat (CGCS2000), the stored vertices that were kept.
    public var geometry: Geometry
    public var verticesBefore: Int
    public var verticesAfter: Int
    /// GEOS's `ST_IsValid` of the result.
    public var valid: Bool
    /// Its arcs were simplified at a smaller tolerance than asked, because the first result was invalid.
    public var relaxed: Bool

    public init(code: String, name: String?, level: String?, geometry: Geometry, verticesBefore: Int, verticesAfter: Int,
                valid: Bool, relaxed: Bool) {
        self.code = code; self.name = name; self.level = level; self.geometry = geometry
        self.verticesBefore = verticesBefore; self.verticesAfter = verticesAfter; self.valid = valid; self.relaxed = relaxed
    }
}

/// What a topology-preserving simplification did.
public struct Simplification: Sendable, Equatable {
    public var toleranceM: Double
    /// The Gauss-Krüger zone the tolerance was measured in.
    public var epsg: Int32
    public var divisions: [SimplifiedDivision]
    /// Arcs (pieces of border between junctions), and how many of them two or more divisions share.
    public var arcs: Int
    public var sharedArcs: Int

    public init(toleranceM: Double, epsg: Int32, divisions: [SimplifiedDivision], arcs: Int, sharedArcs: Int) {
        self.toleranceM = toleranceM; self.epsg = epsg; self.divisions = divisions; self.arcs = arcs; self.sharedArcs = sharedArcs
    }
}

extension SimplifiedDivision {
    /// The division as a feature of `boundary simplify --format geojson` and `GET /boundaries/simplify`.
    public var exportedFeature: ExportedFeature {
        ExportedFeature(id: .string(code), properties: [
            ("code", .string(code)), ("name", name.map(PropertyValue.string) ?? .null), ("level", level.map(PropertyValue.string) ?? .null),
            ("vertices_before", .integer(Int64(verticesBefore))), ("vertices_after", .integer(Int64(verticesAfter))),
            ("valid", .bool(valid)), ("relaxed", .bool(relaxed)),
        ], geometry: geometry)
    }
}
