import DimingCore
@testable import DimingDisaster
import Foundation
import GRDB
import Testing

/// The nearest house number, road and open shelter of a report's point, on the demo's
/// Lucheng data: the in-memory search agrees with a scan of every row and stays within 5 km.
@Suite struct NearestFeaturesTests {
    static let database = Result { try ReportRows.demoDatabase("nearest") }

    @Test func beside人民广场TheNearestShelterIsIt() throws {
        let database = try Self.database.get()
        let nearest = try database.pool.read { db in try ReportAssignment.nearest(lon: 111.44425, lat: 30.38890, in: db) }
        #expect(nearest.nearestShelter == "人民广场")
        #expect((nearest.nearestShelterM ?? 99) < 10)
        #expect(nearest.nearestAddress?.hasSuffix("号") == true)
        #expect(nearest.nearestRoad != nil && (nearest.nearestRoadM ?? 9_999) < 500)
    }

    @Test func onAHouseNumberItIsThatNumberAtNoDistance() throws {
        let database = try Self.database.get()
        try database.pool.read { db in
            let row = try #require(try Row.fetchOne(db, sql: "SELECT road, number, suffix, X(geom) AS x, Y(geom) AS y FROM addresses ORDER BY id LIMIT 1"))
            let hit = try #require(try NearestFeatures.address(lon: row["x"], lat: row["y"], in: db))
            let suffix: String = row["suffix"] ?? ""
            #expect(hit.label == "\(row["road"] as String)\(row["number"] as Int)号\(suffix)")
            #expect(hit.metres == 0)
        }
    }

    /// Every search against the plain answer: the distance to every row, smallest first.
    @Test func agreesWithAScanOfEveryRow() throws {
        let database = try Self.database.get()
        var generator = SystemRandomNumberGenerator()
        try database.pool.read { db in
            for _ in 0..<40 {
                let lon = Double.random(in: 111.43...111.48, using: &generator)
                let lat = Double.random(in: 30.36...30.41, using: &generator)
                for (layer, found) in [("roads", try NearestFeatures.road(lon: lon, lat: lat, in: db)),
                                       ("shelters", try NearestFeatures.shelter(lon: lon, lat: lat, in: db)),
                                       ("addresses", try NearestFeatures.address(lon: lon, lat: lat, in: db))] {
                    let scanned = try Double.fetchOne(db, sql: "SELECT min(ST_Distance(geom, MakePoint(?, ?, 4490), 1)) FROM \(layer)",
                                                      arguments: [lon, lat])
                    let expected = try #require(scanned)
                    let hit = try #require(found, "\(layer) at \(lon), \(lat)")
                    #expect(abs(hit.metres - expected) < 0.06, "\(layer) at \(lon), \(lat)")
                }
            }
        }
    }

    @Test func nothingWithinFiveKilometresIsNil() throws {
        let database = try Self.database.get()
        // 长阳, some 30 km south-west of Lucheng.
        let far = try database.pool.read { db in try ReportAssignment.nearest(lon: 111.19, lat: 30.47, in: db) }
        #expect(far.nearestAddress == nil && far.nearestRoad == nil && far.nearestShelter == nil)
        #expect(far.nearestAddressM == nil && far.nearestShelterM == nil)
    }

    @Test func aClosedShelterIsSkippedWhenTheFileSaysSo() throws {
        let database = try ReportRows.demoDatabase("nearest-closed")
        try database.pool.write { db in
            try db.execute(sql: "ALTER TABLE shelters ADD COLUMN status TEXT")
            try db.execute(sql: "UPDATE shelters SET status = 'closed' WHERE name = '人民广场'")
        }
        let hit = try database.pool.read { db in try NearestFeatures.shelter(lon: 111.44425, lat: 30.38890, in: db) }
        #expect(hit != nil && hit?.label != "人民广场")
    }

    @Test func assignCombinesTheDivisionsAndWhatIsNear() throws {
        let database = try Self.database.get()
        let assignment = try database.pool.read { db in
            ReportAssignment.assign(lon: 111.44425, lat: 30.38890, locator: try Locator.load(from: db),
                                    nearby: try NearestFeatures.Layers.load(from: db))
        }
        #expect(assignment.townshipCode == "420581001")
        #expect(assignment.countyCode == "420581")
        #expect(assignment.nearestShelter == "人民广场")
    }

    /// The in-memory search held between reports (``NearestFeatures/Layers``) against a scan of
    /// every row, over the town and the countryside around it, where the nearest lies kilometres
    /// away or beyond the 5 km bound.
    @Test func theLayersKeptInMemoryAgreeWithAScanOfEveryRow() throws {
        let database = try Self.database.get()
        var generator = SystemRandomNumberGenerator()
        try database.pool.read { db in
            let layers = try NearestFeatures.Layers.load(from: db)
            for _ in 0..<300 {
                let lon = Double.random(in: 111.30...111.60, using: &generator)
                let lat = Double.random(in: 30.25...30.50, using: &generator)
                for (layer, found) in [("roads", layers.road(lon: lon, lat: lat)), ("shelters", layers.shelter(lon: lon, lat: lat)),
                                       ("addresses", layers.address(lon: lon, lat: lat))] {
                    let scanned = try #require(try Double.fetchOne(db, sql: "SELECT min(ST_Distance(geom, MakePoint(?, ?, 4490), 1)) FROM \(layer)",
                                                                   arguments: [lon, lat]))
                    if scanned > NearestFeatures.maximumMetres {
                        #expect(found == nil, "\(layer) at \(lon), \(lat)")
                    } else {
                        let hit = try #require(found, "\(layer) at \(lon), \(lat)")
                        #expect(abs(hit.metres - scanned) < 0.06, "\(layer) at \(lon), \(lat)")
                    }
                }
            }
        }
    }
}
