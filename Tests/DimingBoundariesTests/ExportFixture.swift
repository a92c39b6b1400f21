import DimingBoundaries
import DimingCore
import DimingTestSupport
import Foundation
import GRDB

/// A real SpatiaLite file with the boundaries module, and divisions, lines and markers written
/// straight into their tables from EPSG:4546 coordinates (`ST_Transform` to the stored 4490),
/// so that a test can store what an import would have refused or rewound (a clockwise ring).
struct ExportFixture {
    let database: DimingDatabase
    let boundaries: Boundaries
    let folder: URL

    init(_ name: String) throws {
        folder = ScratchFolder.url("boundary-export-\(name)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        database = try DimingDatabase(path: folder.appendingPathComponent("\(name).sqlite").path,
                                      modules: DimingModule.standard + [.boundaries], create: true)
        boundaries = Boundaries(database)
    }

    /// boundary.md §4.2: county A (outer ring clockwise as stored here) and B_ok sharing its eastern edge.
    static let countyA = "POLYGON((520000 3390000,520000 3400000,527000 3400000,527500 3395000,527000 3390000,520000 3390000))"
    static let countyAWithHole = "POLYGON((520000 3390000,520000 3400000,527000 3400000,527500 3395000,527000 3390000,520000 3390000),"
        + "(521000 3391000,522000 3391000,522000 3392000,521000 3392000,521000 3391000))"
    static let countyBok = "POLYGON((527000 3390000,527500 3395000,527000 3400000,535000 3400000,535000 3390000,527000 3390000))"

    /// A division whose polygon is `wkt` in EPSG:4546 metres.
    func addDivision(_ code: String, _ name: String, metres wkt: String, level: String = "county") throws {
        try database.write { db in
            try db.execute(sql: """
                INSERT INTO divisions (code, name, level, geom) VALUES (?, ?, ?, ST_Multi(ST_Transform(GeomFromText(?, 4546), 4490)))
                """, arguments: [code, name, level, wkt])
        }
    }

    /// A boundary line whose course is `wkt` (a LINESTRING in EPSG:4546 metres).
    func addLine(_ left: String, _ right: String, metres wkt: String, agreement: String? = nil) throws {
        try database.write { db in
            try db.execute(sql: """
                INSERT INTO boundary_lines (code, left_code, right_code, left_name, right_name, level, length_m, agreement, version, geom)
                SELECT ?, ?, ?, (SELECT name FROM divisions WHERE code = ?), (SELECT name FROM divisions WHERE code = ?), 'county',
                       ST_Length(GeomFromText(?, 4546)), ?, 1, ST_Multi(ST_Transform(GeomFromText(?, 4546), 4490))
                """, arguments: [BoundaryLine.code(left, right), left, right, left, right, wkt, agreement, wkt])
        }
    }

    /// A marker surveyed at X (northing), Y (easting) in EPSG:4546, as the markers' import writes it.
    func addMarker(_ number: String, line: String, sequence: Int, x: Double, y: Double) throws {
        try database.write { db in
            try db.execute(sql: """
                INSERT INTO boundary_markers (number, line, sequence, type_code, kind, x_cgcs2000_gk, y_cgcs2000_gk, epsg, geom)
                VALUES (?, ?, ?, 'Q', 'single', ?, ?, 4546, ST_Transform(MakePoint(?, ?, 4546), 4490))
                """, arguments: [number, line, sequence, x, y, y, x])
        }
    }

    /// A SQL value of `geometry` (SRID 4490) to measure with.
    static func blob(_ geometry: Geometry) -> Data {
        Data(SpatiaLiteBlob.encode(geometry, srid: SpatialReference.storageSRID))
    }

    /// Overlap and gap between two lon/lat polygons, in m² in EPSG:4546: the area of their
    /// intersection, and of their union's envelope minus the union (the QGIS gap method).
    func overlapAndGap(_ a: Geometry, _ b: Geometry) throws -> (overlap: Double, gap: Double) {
        try database.pool.read { db in
            let row = try Row.fetchOne(db, sql: """
                SELECT ST_Area(ST_Intersection(a, b)) AS overlap, ST_Area(ST_Difference(ST_Envelope(ST_Union(a, b)), ST_Union(a, b))) AS gap
                FROM (SELECT ST_Transform(?, 4546) AS a, ST_Transform(?, 4546) AS b)
                """, arguments: [Self.blob(a), Self.blob(b)])!
            return (row["overlap"] ?? 0, row["gap"] ?? 0)
        }
    }

    /// `ST_IsValid` of a lon/lat geometry.
    func isValid(_ geometry: Geometry) throws -> Bool {
        try database.pool.read { db in try Int.fetchOne(db, sql: "SELECT ST_IsValid(?)", arguments: [Self.blob(geometry)]) == 1 }
    }

    /// Every position of `geometry`.
    static func positions(_ geometry: Geometry) -> [Position] {
        var all: [Position] = []
        geometry.forEachPosition { all.append($0) }
        return all
    }
}
