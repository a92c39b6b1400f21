import Foundation
import Testing
@testable import DimingCore

@Suite struct CSVTests {
    @Test func pointsFromLonLatColumnsAndQuotedFields() throws {
        let db = try makeTestDatabase()
        try importYichang(into: db)
        let csv = "\u{FEFF}name,kind,capacity,area_m2,division,address,lon,lat\n\"人民广场, 东区\",outdoor,2000,3000.5,420581,\"陆城\"\"新区\"\"\",111.45,30.39\n"
        let summary = try importText(csv, into: .shelters, db, format: .csv)
        #expect(summary.inserted == 1)
        let sink = MemorySink()
        try FeatureExporter(layer: .shelters, format: .csv).run(from: db, to: sink)
        let lines = sink.string.split(separator: "\n")
        #expect(lines[0] == "id,name,kind,grade,area_m2,capacity,division,address,wkt")
        let fields = lines[1].split(separator: ",", maxSplits: 1)
        #expect(UUID(uuidString: String(fields[0])) != nil, "the id is the shelter's UUID: \(lines[1])")
        #expect(fields[1] == #""人民广场, 东区",outdoor,,3000.5,2000,420581,"陆城""新区""","POINT (111.45 30.39)""#)
    }

    @Test func wktReaderTakesEveryType() throws {
        #expect(try WKTReader.parse("POINT Z (1 2 3)") == .point(Position(lon: 1, lat: 2)))
        #expect(try WKTReader.parse("SRID=4490;MULTIPOINT((1 2),(3 4))") == .multiPoint([Position(lon: 1, lat: 2), Position(lon: 3, lat: 4)]))
        #expect(try WKTReader.parse("multipoint (1 2, 3 4)") == .multiPoint([Position(lon: 1, lat: 2), Position(lon: 3, lat: 4)]))
        let polygon = try WKTReader.parse("MULTIPOLYGON(((0 0,1 0,1 1,0 0)),((5 5,6 5,6 6,5 5),(5.1 5.1,5.2 5.1,5.2 5.2,5.1 5.1)))")
        guard case let .multiPolygon(parts) = polygon else { Issue.record("not a multipolygon"); return }
        #expect(parts.count == 2 && parts[1].count == 2)
        #expect(throws: GeometryError.unsupportedGeometryType("GEOMETRYCOLLECTION")) { try WKTReader.parse("GEOMETRYCOLLECTION(POINT(1 2))") }
        #expect(throws: GeometryError.self) { try WKTReader.parse("LINESTRING(1 2, 3)") }
    }

    @Test func wktRoundTrip() throws {
        let geometry = Geometry.multiLineString([[Position(lon: 111.4512345678, lat: 30.3), Position(lon: 111.46, lat: 30.31)]])
        let text = WKTWriter.string(geometry)
        #expect(text == "MULTILINESTRING ((111.4512346 30.3,111.46 30.31))")
        #expect(try WKTReader.parse(text) == .multiLineString([[Position(lon: 111.4512346, lat: 30.3), Position(lon: 111.46, lat: 30.31)]]))
    }
}
