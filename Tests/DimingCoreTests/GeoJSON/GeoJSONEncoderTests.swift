import Foundation
import Testing
@testable import DimingCore

@Suite struct GeoJSONEncoderTests {
    /// A clockwise square with a counter-clockwise hole: both wrong by RFC 7946.
    let clockwiseWithHole = """
        {"type":"Feature","properties":{"code":"420581","name":"宜都市"},"geometry":{"type":"Polygon","coordinates":[
          [[111.0,30.0],[111.0,30.5],[111.5,30.5],[111.5,30.0],[111.0,30.0]],
          [[111.1,30.1],[111.2,30.1],[111.2,30.2],[111.1,30.2],[111.1,30.1]]]}}
        """

    @Test func windingIsForcedToTheRightHandRule() throws {
        let db = try makeTestDatabase()
        try importText(collection(clockwiseWithHole), into: .divisions, db)
        let sink = MemorySink()
        try FeatureExporter(layer: .divisions).run(from: db, to: sink)
        let feature = try #require((try jsonObject(sink.string)["features"] as? [[String: Any]])?.first)
        let geometry = try #require(feature["geometry"] as? [String: Any])
        #expect(geometry["type"] as? String == "MultiPolygon")
        let polygon = try #require((geometry["coordinates"] as? [[[[Double]]]])?.first)
        let rings = polygon.map { $0.map { Position(lon: $0[0], lat: $0[1]) } }
        #expect(rings.count == 2)
        #expect(Geometry.signedDoubleArea(of: rings[0]) > 0, "exterior counter-clockwise")
        #expect(Geometry.signedDoubleArea(of: rings[1]) < 0, "hole clockwise")
        #expect(rings[0].first == rings[0].last && rings[1].first == rings[1].last)
    }

    @Test func coordinatesAreRoundedToSevenDecimals() {
        var out = JSONOutput()
        GeoJSONEncoder().appendGeometry(.point(Position(lon: 111.123456789012, lat: -30.00000004999)), to: &out)
        #expect(String(decoding: out.bytes, as: UTF8.self) == #"{"type":"Point","coordinates":[111.1234568,-30]}"#)
        var binaryNoise = JSONOutput()
        GeoJSONEncoder().appendGeometry(.point(Position(lon: 111.35999999999999, lat: 30.000000050000001)), to: &binaryNoise)
        #expect(String(decoding: binaryNoise.bytes, as: UTF8.self) == #"{"type":"Point","coordinates":[111.36,30.0000001]}"#)
    }

    @Test func roundingHoldsThroughTheDatabase() throws {
        let db = try makeTestDatabase()
        try importYichang(into: db)
        let sink = MemorySink()
        try FeatureExporter(layer: .divisions).run(from: db, to: sink)
        // No number in the output carries more than 7 decimals.
        let pattern = try NSRegularExpression(pattern: #"\.\d{8,}"#)
        #expect(pattern.firstMatch(in: sink.string, range: NSRange(sink.string.startIndex..., in: sink.string)) == nil)
    }

    @Test func stringsAreEscaped() {
        var out = JSONOutput()
        out.appendString("路\"名\\\n\u{1}")
        #expect(String(decoding: out.bytes, as: UTF8.self) == #""路\"名\\\n\u0001""#)
    }
}
