import DimingBoundaries
import DimingCore
import DimingTestSupport
import Foundation
import GRDB

/// A boundaries file with two neighbouring divisions (猇亭区 420505, 宜都市 420581) and the
/// line between them, inserted directly (the lines are derived by another area).
enum MarkerFixture {
    static let line = "420505-420581"
    /// T7's marker: X northing, Y easting in EPSG:4546 (boundary.md §1.4).
    static let x = 3_396_851.290, y = 527_449.600

    static func database(_ name: String = "markers") throws -> DimingDatabase {
        let folder = ScratchFolder.url(name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let database = try DimingDatabase(path: folder.appendingPathComponent("b.sqlite").path,
                                          modules: DimingModule.standard + [.boundaries], create: true)
        try database.write { db in
            try db.execute(sql: """
                INSERT INTO "divisions" ("code", "name", "level", "geom") VALUES
                  ('420505', '猇亭区', 'county', CastToMultiPolygon(GeomFromText('POLYGON((111.28 30.60, 111.40 30.60, 111.40 30.80, 111.28 30.80, 111.28 30.60))', 4490))),
                  ('420581', '宜都市', 'county', CastToMultiPolygon(GeomFromText('POLYGON((111.10 30.60, 111.28 30.60, 111.28 30.80, 111.10 30.80, 111.10 30.60))', 4490)));
                INSERT INTO "boundary_lines" ("code", "left_code", "right_code", "left_name", "right_name", "length_m", "geom") VALUES
                  ('420505-420581', '420505', '420581', '猇亭区', '宜都市', 22180,
                   CastToMultiLineString(GeomFromText('LINESTRING(111.28 30.60, 111.2865 30.6919, 111.28 30.80)', 4490)));
                """)
        }
        return database
    }

    static let admin = Account.local(user: "test")

    static func account(_ role: Role, scope: String?, name: String = "tester") -> Account {
        Account(id: 7, name: name, role: role, scope: AccessScope(division: scope.flatMap(DivisionCode.init)), createdAt: Date())
    }

    static func draft(_ number: String = "420505-420581-001Q", x: Double = x, y: Double = y, epsg: Int32? = 4546) -> MarkerDraft {
        MarkerDraft(number: number, line: line, material: "granite", x: x, y: y, epsg: epsg)
    }

    static func count(_ table: String, in database: DimingDatabase) throws -> Int {
        try database.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 }
    }
}
