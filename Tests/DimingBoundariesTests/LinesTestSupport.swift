import DimingBoundaries
import DimingCore
import DimingTestSupport
import Foundation
import GRDB

/// Files for the lines and topology tests: the polygons of boundary.md §4.2 (EPSG:4546,
/// stored as lon/lat CGCS2000 like every division) and the Yichang districts fixture.
enum LinesFixture {
    /// County A of §4.2; its eastern edge runs 527000 3400000 → 527500 3395000 → 527000 3390000.
    static let a = "POLYGON((520000 3390000,520000 3400000,527000 3400000,527500 3395000,527000 3390000,520000 3390000))"

    /// A neighbour east of A whose western edge has its middle vertex at `middle` (527500: B_ok,
    /// 527510: B_gap, 527490: B_ovl, 527500.0001: B_noise).
    static func b(middle: String, shift: Double = 0) -> String {
        let west = 527000 + shift
        return "POLYGON((\(west) 3400000,534000 3400000,534000 3390000,\(west) 3390000,\(middle) 3395000,\(west) 3400000))"
    }

    static func database(_ name: String) throws -> DimingDatabase {
        let folder = ScratchFolder.url("boundary-\(name)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try DimingDatabase(path: folder.appendingPathComponent("\(name).sqlite").path,
                                  modules: DimingModule.standard + [.boundaries], create: true)
    }

    /// Stores (or replaces) a county from a WKT polygon in EPSG:4546.
    static func put(_ code: String, _ name: String, _ wkt: String, parent: String? = nil, level: String = "county",
                    in database: DimingDatabase) throws {
        try database.write { db in
            try db.execute(sql: """
                INSERT INTO "divisions" ("code", "name", "level", "parent", "geom")
                VALUES (?, ?, ?, ?, CastToMultiPolygon(ST_Transform(GeomFromText(?, 4546), 4490)))
                ON CONFLICT ("code") DO UPDATE SET "geom" = excluded."geom"
                """, arguments: [code, name, level, parent, wkt])
        }
    }

    /// A and one neighbour `b` in a new file.
    static func pair(_ name: String, middle: String) throws -> DimingDatabase {
        let database = try database(name)
        try put("420501", "A县", a, in: database)
        try put("420502", "B县", b(middle: middle), in: database)
        return database
    }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The 13 county-level units of Yichang through the core importer, `adcode` → `code`.
    static func yichang() throws -> DimingDatabase {
        let database = try database("yichang")
        let source = try FeatureSource(path: fixtures.appendingPathComponent("yichang-districts.geojson").path)
        _ = try FeatureImporter(layer: .divisions, options: ImportOptions(propertyMap: ["code": "adcode"])).run(source, into: database)
        return database
    }

    static let admin = Account.local(user: "test")
}
