import DimingBoundaries
import DimingCore
import Foundation
import GRDB
import Testing

/// `Boundaries.export`: cases T1, T2, T5 and T7's GeoJSON part (boundary.md §6), checked as
/// an inspector's tools would read the bytes.
@Suite struct ExportTests {
    /// T1's expected rings, from GDAL `-lco RFC7946=YES` (boundary.md §6).
    static let expectedExterior: [[Double]] = [[111.2086139, 30.6302494], [111.2816282, 30.6301118], [111.2869766, 30.6752003],
                                               [111.28189, 30.7203114], [111.2088079, 30.7204495], [111.2086139, 30.6302494]]
    static let expectedHole: [[Double]] = [[111.2190649, 30.6392523], [111.2190852, 30.6482724], [111.2295178, 30.6482544],
                                           [111.2294965, 30.6392344], [111.2190649, 30.6392523]]

    static func json(_ bytes: [UInt8]) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    }

    static func rings(_ feature: [String: Any]) throws -> [[[Double]]] {
        let geometry = try #require(feature["geometry"] as? [String: Any])
        if geometry["type"] as? String == "MultiPolygon" {
            return try #require((geometry["coordinates"] as? [[[[Double]]]])?.first)
        }
        return try #require(geometry["coordinates"] as? [[[Double]]])
    }

    static func signedArea(_ ring: [[Double]]) -> Double {
        Geometry.signedDoubleArea(of: ring.map { Position(lon: $0[0], lat: $0[1]) }) / 2
    }

    /// The file `text` in `folder`, for the checker and GDAL.
    static func file(_ bytes: [UInt8], _ name: String, in fixture: ExportFixture) throws -> String {
        let path = fixture.folder.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func clockwiseStoredCountyExportsByTheRightHandRule() async throws {
        let fixture = try ExportFixture("t1")
        try fixture.addDivision("420501", "A县", metres: ExportFixture.countyAWithHole)
        let bytes = try await fixture.boundaries.export(BoundaryExportRequest(codes: ["420501"]), format: .geojson)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(!text.contains("crs"))
        let collection = try Self.json(bytes)
        #expect(collection["type"] as? String == "FeatureCollection")
        let feature = try #require((collection["features"] as? [[String: Any]])?.first)
        #expect(feature["id"] as? String == "420501")
        let rings = try Self.rings(feature)
        #expect(rings.count == 2)
        #expect(rings[0] == Self.expectedExterior)
        #expect(rings[1] == Self.expectedHole)
        #expect(abs(Self.signedArea(rings[0]) - 0.0068242778) < 1e-9, "\(Self.signedArea(rings[0]))")
        #expect(abs(Self.signedArea(rings[1]) + 0.0000940984) < 1e-9, "\(Self.signedArea(rings[1]))")
        for ring in rings {
            #expect(ring.first == ring.last)
            for p in ring { #expect((108...117).contains(p[0]) && (29...34).contains(p[1])) }
        }
        // At most 7 decimals in every number of the geometry.
        let decimals = try NSRegularExpression(pattern: "\\.[0-9]{8,}")
        #expect(decimals.numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text)) == 0)
        // The stored ring is clockwise: written as it is (SpatiaLite's AsGeoJSON), it fails the same check.
        let naive = try await fixture.database.pool.read { db in
            try String.fetchOne(db, sql: "SELECT AsGeoJSON(geom, 7) FROM divisions WHERE code = '420501'")!
        }
        let naiveRings = try #require((JSONSerialization.jsonObject(with: Data(naive.utf8)) as? [String: Any])?["coordinates"] as? [[[[Double]]]])
        #expect(Self.signedArea(naiveRings[0][0]) < 0)
    }

    @Test func sharedVerticesAreTheSameTextInBothNeighbours() async throws {
        let fixture = try ExportFixture("t2")
        try fixture.addDivision("420501", "A县", metres: ExportFixture.countyA)
        try fixture.addDivision("420502", "B县", metres: ExportFixture.countyBok)
        let bytes = try await fixture.boundaries.export(BoundaryExportRequest(codes: ["420501", "420502"]), format: .geojson)
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n").filter { $0.contains("\"Feature\"") }
        #expect(lines.count == 2)
        for vertex in ["[111.2816282,30.6301118]", "[111.2869766,30.6752003]", "[111.28189,30.7203114]"] {
            #expect(lines.allSatisfy { $0.contains(vertex) }, "\(vertex)")
        }
        // Re-imported, the two share a line of 10 049.876 m in EPSG:4546.
        let features = try #require(Self.json(bytes)["features"] as? [[String: Any]])
        let wkt = try features.map { feature in
            "POLYGON(" + (try Self.rings(feature)).map { "(" + $0.map { "\($0[0]) \($0[1])" }.joined(separator: ",") + ")" }.joined(separator: ",") + ")"
        }
        let (type, length) = try await fixture.database.pool.read { db in
            let row = try Row.fetchOne(db, sql: """
                SELECT GeometryType(line) AS type, ST_Length(line) AS length FROM (SELECT ST_LineMerge(ST_Intersection(
                    ST_Boundary(ST_Transform(GeomFromText(?, 4490), 4546)), ST_Boundary(ST_Transform(GeomFromText(?, 4490), 4546)))) AS line)
                """, arguments: [wkt[0], wkt[1]])!
            return (row["type"] as String?, row["length"] as Double?)
        }
        #expect(type == "LINESTRING")
        #expect(abs((length ?? 0) - 10_049.876) < 0.01, "\(length ?? 0)")
    }

    @Test func aSequenceFramesEachFeatureWithRS() async throws {
        let fixture = try ExportFixture("t5")
        try fixture.addDivision("420501", "A县", metres: ExportFixture.countyA)
        try fixture.addDivision("420502", "B县", metres: ExportFixture.countyBok)
        let bytes = try await fixture.boundaries.export(BoundaryExportRequest(codes: ["420502", "420501"]), format: .geojsonseq)
        #expect(bytes.first == 0x1E && bytes.last == 0x0A)
        let records = bytes.split(separator: 0x1E)
        #expect(records.count == 2)
        for (record, code) in zip(records, ["420502", "420501"]) {
            #expect(record.last == 0x0A && record.dropLast().contains(0x0A) == false)
            let feature = try #require(JSONSerialization.jsonObject(with: Data(record)) as? [String: Any])
            #expect(feature["type"] as? String == "Feature" && feature["id"] as? String == code)
        }
    }

    @Test func lineAndMarkerFeaturesCarryTheirFigures() async throws {
        let fixture = try ExportFixture("t7")
        try fixture.addDivision("420501", "A县", metres: ExportFixture.countyA)
        try fixture.addDivision("420502", "B县", metres: ExportFixture.countyBok)
        try fixture.addLine("420501", "420502", metres: "LINESTRING(527000 3400000,527500 3395000,527000 3390000)", agreement: "鄂民界〔2003〕1号")
        try fixture.addMarker("420501-420502-001Q", line: "420501-420502", sequence: 1, x: 3_396_851.290, y: 527_449.600)
        let request = BoundaryExportRequest(codes: ["420501-420502"], markers: true)
        let features = try #require(Self.json(try await fixture.boundaries.export(request, format: .geojson))["features"] as? [[String: Any]])
        #expect(features.count == 2)
        let line = try #require(features.first?["properties"] as? [String: Any])
        #expect(features.first?["id"] as? String == "420501-420502")
        #expect(abs((line["length_m"] as? Double ?? 0) - 10_049.876) < 0.01)
        #expect(line["codes"] as? [String] == ["420501", "420502"] && line["names"] as? [String] == ["A县", "B县"])
        #expect(line["agreement"] as? String == "鄂民界〔2003〕1号" && line["version"] as? Int == 1)
        let marker = try #require(features.last)
        let properties = try #require(marker["properties"] as? [String: Any])
        #expect(marker["id"] as? String == "420501-420502-001Q")
        #expect(properties["x_cgcs2000_gk"] as? Double == 3_396_851.29 && properties["y_cgcs2000_gk"] as? Double == 527_449.6)
        #expect(properties["epsg"] as? Int == 4546)
        let point = try #require((marker["geometry"] as? [String: Any])?["coordinates"] as? [Double])
        #expect(abs(point[0] - 111.2865) < 1e-4 && abs(point[1] - 30.6919) < 1e-4, "\(point)")
    }

    @Test func simplifiedExportKeepsTheBorderShared() async throws {
        let fixture = try SimplifyTests.wiggly("export-simplify")
        let course = "LINESTRING(" + SimplifyTests.border.map { "\($0.easting) \($0.northing)" }.joined(separator: ",") + ")"
        try fixture.addLine("420501", "420502", metres: course)
        let request = BoundaryExportRequest(codes: ["420501", "420502", "420501-420502"], simplify: 50)
        let features = try #require(Self.json(try await fixture.boundaries.export(request, format: .geojson))["features"] as? [[String: Any]])
        let borders = try features.prefix(2).map { feature in
            Set(try Self.rings(feature)[0].filter { abs($0[0] - 111.2816) < 0.0052 }.map { "\($0)" })
        }
        #expect(borders[0] == borders[1] && borders[0].count > 2 && borders[0].count < 200)
        // The line, simplified with them, is the same arc: the same vertices.
        let line = try #require(((features[2]["geometry"] as? [String: Any])?["coordinates"] as? [[[Double]]])?.first)
        #expect(Set(line.map { "\($0)" }) == borders[0] && line.count == borders[0].count)
    }

    @Test func anUnknownCodeNamesTheField() async throws {
        let fixture = try ExportFixture("unknown")
        try fixture.addDivision("420501", "A县", metres: ExportFixture.countyA)
        for code in ["420599", "420501-420599", "abc"] {
            await #expect(throws: ExportError.unknownCode(code, field: "codes")) {
                _ = try await fixture.boundaries.export(BoundaryExportRequest(codes: ["420501", code]), format: .geojson)
            }
        }
        #expect(ExportError.unknownCode("x", field: "codes").status == 404)
        await #expect(throws: SimplifyError.invalidTolerance(field: "simplify", value: "-5.0")) {
            _ = try await fixture.boundaries.export(BoundaryExportRequest(codes: ["420501"], simplify: -5), format: .geojson)
        }
    }

    /// tools/clients/check_rfc7946.py, which CI runs on the demo's export, passes ours and
    /// fails the naive one (a `crs` member, a clockwise exterior, 15 decimals).
    @Test func theStrictCheckerPassesOurExportAndFailsANaiveOne() async throws {
        let fixture = try ExportFixture("checker")
        try fixture.addDivision("420501", "A县", metres: ExportFixture.countyAWithHole)
        try fixture.addDivision("420502", "B县", metres: ExportFixture.countyBok)
        let ours = try Self.file(try await fixture.boundaries.export(BoundaryExportRequest(codes: ["420501", "420502"]), format: .geojson),
                                 "ours.geojson", in: fixture)
        let sequence = try Self.file(try await fixture.boundaries.export(BoundaryExportRequest(codes: ["420501", "420502"]), format: .geojsonseq),
                                     "ours.geojsons", in: fixture)
        let naiveGeometry = try await fixture.database.pool.read { db in
            try String.fetchOne(db, sql: "SELECT AsGeoJSON(geom, 15) FROM divisions WHERE code = '420501'")!
        }
        let naive = try Self.file(Array(("{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:OGC:1.3:CRS84\"}},"
                                         + "\"features\":[{\"type\":\"Feature\",\"properties\":{},\"geometry\":\(naiveGeometry)}]}").utf8),
                                  "naive.geojson", in: fixture)
        let passed = try Checker.run([ours, sequence, "--bbox", "108,29,117,34"])
        #expect(passed.status == 0, "\(passed.output)")
        let failed = try Checker.run([naive])
        #expect(failed.status != 0)
        for problem in ["crs", "clockwise", "decimals"] { #expect(failed.output.contains(problem), "\(failed.output)") }
    }
}

/// Runs tools/clients/check_rfc7946.py with the system's python3 (tools/setup.sh installs it).
enum Checker {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("tools/clients/check_rfc7946.py")

    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [script.path] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
