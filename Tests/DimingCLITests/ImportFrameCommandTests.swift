import Foundation
import Testing

/// `diming import --from gcj02|bd09`: the file's offset coordinates are stored in CGCS2000.
@Suite struct ImportFrameCommandTests {
    let directory: URL
    let db: String

    init() throws {
        directory = try CommandRunner.temporaryDirectory()
        db = directory.appendingPathComponent("d.sqlite").path
        let initialized = try CommandRunner.diming("init", "--db", db)
        try #require(initialized.status == 0, "\(initialized.stderr)")
    }

    func write(_ name: String, lon: Double, lat: Double) throws -> String {
        let path = directory.appendingPathComponent(name).path
        let text = #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"上海"},"geometry":{"type":"Point","coordinates":[\#(lon),\#(lat)]}}]}"#
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The lon/lat of the one exported place.
    func exportedPosition() throws -> (lon: Double, lat: Double) {
        let exported = try CommandRunner.diming("export", "--db", db, "places")
        #expect(exported.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(exported.stdout.utf8)) as? [String: Any])
        let features = try #require(object["features"] as? [[String: Any]])
        let coordinates = try #require((features.first?["geometry"] as? [String: Any])?["coordinates"] as? [Double])
        return (coordinates[0], coordinates[1])
    }

    static func metres(_ a: (lon: Double, lat: Double), _ b: (lon: Double, lat: Double)) -> Double {
        let dLon = (a.lon - b.lon) * .pi / 180 * cos(a.lat * .pi / 180), dLat = (a.lat - b.lat) * .pi / 180
        return 6_371_000 * (dLon * dLon + dLat * dLat).squareRoot()
    }

    @Test func aGCJ02FileIsStoredAsTheInverseOfAPublishedPair() throws {
        // googollee/eviltransform's Shanghai pair: WGS 84 (121.5272106, 31.1774276) ↔ GCJ-02 below.
        let file = try write("gcj.geojson", lon: 121.531541859215, lat: 31.17530398364597)
        let result = try CommandRunner.diming("import", "--db", db, "places", file, "--from", "gcj02",
                                              "--source", "高德拾取 AMap picker", "--licence", "internal use")
        #expect(result.status == 0, "\(result.stderr)")
        let stored = try exportedPosition()
        #expect(Self.metres(stored, (121.5272106, 31.1774276)) < 0.5, "\(stored)")
    }

    @Test func aBD09FileIsStoredConverted() throws {
        // wandergis/coordtransform: GCJ-02 (116.404, 39.915) is BD-09 (116.41036949371029, 39.92133699351021);
        // stored, it must be the WGS 84 position whose GCJ-02 is (116.404, 39.915), which coordtransform
        // gives as the approximate (116.39775550083061, 39.91359571849836).
        let file = try write("bd.geojson", lon: 116.41036949371029, lat: 39.92133699351021)
        let result = try CommandRunner.diming("import", "--db", db, "places", file, "--from", "bd09")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.metres(try exportedPosition(), (116.39775550083061, 39.91359571849836)) < 1.0)
    }

    @Test func wgs84IsStoredAsGiven() throws {
        let file = try write("wgs.geojson", lon: 111.45, lat: 30.39)
        #expect(try CommandRunner.diming("import", "--db", db, "places", file, "--from", "wgs84").status == 0)
        let stored = try exportedPosition()
        #expect(stored.lon == 111.45 && stored.lat == 30.39)
    }

    @Test func anUnknownFrameIsAOneLineError() throws {
        let file = try write("x.geojson", lon: 111.45, lat: 30.39)
        let result = try CommandRunner.diming("import", "--db", db, "places", file, "--from", "epsg3857")
        #expect(result.status != 0)
        #expect(result.stderr.contains("--from") && result.stderr.contains("gcj02"), "\(result.stderr)")
        let exported = try CommandRunner.diming("export", "--db", db, "places")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(exported.stdout.utf8)) as? [String: Any])
        #expect((object["features"] as? [Any])?.isEmpty == true)
    }
}
