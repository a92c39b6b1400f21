import Testing
@testable import DimingCore

@Suite struct GeoJSONReaderTests {
    func features(_ text: String) throws -> [Feature] {
        var result = [Feature]()
        try GeoJSONReader(bytes: Array(text.utf8)).forEachFeature { _, f in result.append(f) }
        return result
    }

    @Test func readsMembersInAnyOrderAndEscapes() throws {
        let text = #"{"features":[{"geometry":{"coordinates":[111.5,30.25,12],"type":"Point"},"properties":{"name":"\u9646\u57ce","n":3,"x":1.5e2,"o":{"a":[1]}},"type":"Feature","id":7}],"type":"FeatureCollection"}"#
        let f = try features(text)
        #expect(f.count == 1)
        #expect(f[0].id == .integer(7))
        #expect(f[0].geometry == .point(Position(lon: 111.5, lat: 30.25)))
        #expect(f[0].properties["name"] == .string("陆城"))
        #expect(f[0].properties["n"] == .integer(3))
        #expect(f[0].properties["x"] == .real(150))
        #expect(f[0].properties["o"] == .json(#"{"a":[1]}"#))
    }

    @Test func aSingleFeatureIsAccepted() throws {
        let f = try features(#"{"type":"Feature","properties":null,"geometry":{"type":"LineString","coordinates":[[1,2],[3,4]]}}"#)
        #expect(f.first?.geometry == .lineString([Position(lon: 1, lat: 2), Position(lon: 3, lat: 4)]))
    }

    @Test func numbersParseExactly() throws {
        let f = try features(#"{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[111.35999999999999,-0.1234567890123456789]}}"#)
        #expect(f[0].geometry == .point(Position(lon: 111.35999999999999, lat: -0.1234567890123456789)))
    }

    @Test func syntaxErrorsNameLineAndColumn() {
        let text = "{\"type\":\"FeatureCollection\",\"features\":[\n{\"type\":\"Feature\",\"properties\":{},\"geometry\":null},\n{\"type\":\"Feature\" \"properties\":{}}]}"
        #expect(throws: ImportError.syntax(line: 3, column: 19, reason: "expected , or }", feature: 2)) { try features(text) }
    }

    @Test func sequencesReadRSFramedAndLineDelimited() throws {
        let one = #"{"type":"Feature","properties":{"a":1},"geometry":{"type":"Point","coordinates":[1,2]}}"#
        for text in ["\u{1E}\(one)\n\u{1E}\(one)\n", "\(one)\n\(one)\n"] {
            var n = 0
            try GeoJSONReader(bytes: Array(text.utf8)).forEachFeatureInSequence { _, _ in n += 1 }
            #expect(n == 2)
        }
    }
}
