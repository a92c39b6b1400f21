import Testing
@testable import DimingCore

/// Inputs that crashed the importer or changed its text silently. Each is now refused with
/// the line and column, and the feature and field when one is at fault; nothing is replaced.
@Suite struct GeoJSONHostileInputTests {
    /// The first place of `gazetteer/yidu-places.geojson` on line 2, its `name` the given JSON text.
    static func place(name: String) -> String {
        "{\"type\":\"FeatureCollection\",\"features\":[\n"
            + #"{"type":"Feature","properties":{"name":\#(name),"category":"township_seat","division":"420581001"},"geometry":{"type":"Point","coordinates":[111.452,30.385]}}]}"#
    }

    /// The same place with raw bytes inside its name, between `陆城` and `街道`.
    static func place(nameBytes: [UInt8]) -> [UInt8] {
        let parts = place(name: "\"陆城|街道\"").split(separator: "|", omittingEmptySubsequences: false)
        return Array(parts[0].utf8) + nameBytes + Array(parts[1].utf8)
    }

    func features(_ bytes: [UInt8], format: FeatureFormat = .geojson) throws -> [Feature] {
        var result = [Feature]()
        try FeatureSource(bytes: bytes, format: format).forEachFeature { _, feature in result.append(feature) }
        return result
    }

    func features(_ text: String, format: FeatureFormat = .geojson) throws -> [Feature] {
        try features(Array(text.utf8), format: format)
    }

    // MARK: Surrogates (the lone one crashed the import with SIGILL)

    struct Surrogate: CustomTestStringConvertible, Sendable {
        var name: String
        var reason: String
        var testDescription: String { name }
    }

    static let surrogates: [Surrogate] = [
        Surrogate(name: #""a\ud800\u0041b""#, reason: #"\ud800 is a high surrogate followed by \u0041, not by a low surrogate \uDC00-\uDFFF"#),
        Surrogate(name: #""a\ud800\ud800""#, reason: #"\ud800 is a high surrogate followed by \ud800, not by a low surrogate \uDC00-\uDFFF"#),
        Surrogate(name: #""a\uD800""#, reason: #"\uD800 is a lone high surrogate: no low surrogate \uDC00-\uDFFF follows it"#),
        Surrogate(name: #""a\ud800b\udc00""#, reason: #"\ud800 is a lone high surrogate: no low surrogate \uDC00-\uDFFF follows it"#),
        Surrogate(name: #""a\udc00b""#, reason: #"\udc00 is a lone low surrogate: no high surrogate \uD800-\uDBFF comes before it"#),
    ]

    @Test(arguments: surrogates)
    func aLoneOrMismatchedSurrogateIsASyntaxErrorAtItsEscape(_ c: Surrogate) {
        // Line 2: the name's quote is at column 40, `a` at 41, the escape at 42.
        #expect(throws: ImportError.syntax(line: 2, column: 42, reason: .verbatim(c.reason), feature: 1)) {
            try features(Self.place(name: c.name))
        }
    }

    @Test func surrogatePairsAndOtherEscapesStillDecode() throws {
        let place = try features(Self.place(name: #""\u9646\u57ce\ud83c\udfe0 \uD83D\uDE00""#))
        #expect(place.first?.properties["name"] == .string("陆城🏠 😀"))
    }

    // MARK: Nesting (each crashed the import with a stack overflow)

    @Test func coordinatesNested70000DeepAreRefusedAtTheFifthArray() {
        let depth = 70_000
        let text = #"{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":"#
            + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "}}"
        #expect(text.utf8.count > 140_000)
        #expect(throws: ImportError.syntax(line: 1, column: 80, reason: "geometry.coordinates nested deeper than 4 arrays", feature: nil)) {
            try features(text)
        }
    }

    @Test func aPropertyNested150000DeepIsRefusedAtLevel65() {
        let depth = 150_000
        let text = #"{"type":"Feature","properties":{"name":"陆城街道","note":"#
            + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "},\"geometry\":null}"
        #expect(throws: ImportError.syntax(line: 1, column: 54 + 64, reason: "objects and arrays nested deeper than 64 levels", feature: nil)) {
            try features(text)
        }
    }

    @Test func aForeignMemberNestedDeepIsRefused() {
        let text = #"{"type":"FeatureCollection","extra":"# + String(repeating: "{\"a\":", count: 100_000)
        #expect(throws: ImportError.syntax(line: 1, column: 37 + 5 * 64, reason: "objects and arrays nested deeper than 64 levels", feature: nil)) {
            try features(text)
        }
    }

    @Test func aPropertyNested64DeepAndAMultiPolygonAreKept() throws {
        let nested = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        let text = #"{"type":"Feature","properties":{"note":\#(nested)},"geometry":{"type":"MultiPolygon","coordinates":[[[[111.4,30.3],[111.5,30.3],[111.5,30.4],[111.4,30.3]]]]}}"#
        let feature = try #require(try features(text).first)
        #expect(feature.properties["note"] == .json(nested))
        #expect(feature.geometry?.type == .multiPolygon)
    }

    // MARK: Text that would be stored changed (NUL cut it short, bad bytes became U+FFFD)

    @Test func anEscapedNulIsRefusedNamingTheField() {
        #expect(throws: ImportError.invalidFeature(feature: 1, field: "name",
                                                   reason: #"holds \u0000, a NUL character (line 2, column 43), which text cannot store"#)) {
            try features(Self.place(name: #""ab\u0000cd""#))
        }
    }

    @Test func aRawNulByteIsRefusedNamingTheField() {
        #expect(throws: ImportError.invalidFeature(feature: 1, field: "name",
                                                   reason: "holds a NUL byte (line 2, column 43), which text cannot store")) {
            try features(Self.place(nameBytes: [0]))
        }
    }

    @Test func gb18030BytesAreRefusedNamingTheField() {
        // 宜都 as GB18030 (what Chinese Excel saves), not UTF-8.
        #expect(throws: ImportError.invalidFeature(feature: 1, field: "name",
                                                   reason: "is not valid UTF-8 (byte 0xD2 at line 2, column 43); save the file as UTF-8")) {
            try features(Self.place(nameBytes: [0xD2, 0xCB, 0xB6, 0xBC]))
        }
    }

    @Test func badBytesAfterAnEscapeAreFoundInTheFile() {
        let bytes = Self.place(nameBytes: Array(#"\u9646"#.utf8) + [0xFF])
        #expect(throws: ImportError.invalidFeature(feature: 1, field: "name",
                                                   reason: "is not valid UTF-8 (byte 0xFF at line 2, column 49); save the file as UTF-8")) {
            try features(bytes)
        }
    }

    @Test func aNulInAnIdOrANestedPropertyNamesThatMember() {
        #expect(throws: ImportError.invalidFeature(feature: 1, field: "id", reason: #"holds \u0000, a NUL character (line 1, column 26), which text cannot store"#)) {
            try features(#"{"type":"Feature","id":"7\u0000","properties":{},"geometry":null}"#)
        }
        #expect(throws: ImportError.invalidFeature(feature: 1, field: "note", reason: #"holds \u0000, a NUL character (line 1, column 48), which text cannot store"#)) {
            try features(#"{"type":"Feature","properties":{"note":{"a":["b\u0000"]}},"geometry":null}"#)
        }
    }

    @Test func aMemberNameThatIsNotUTF8IsASyntaxError() {
        let bytes = Array(#"{"type":"Feature","properties":{"n"#.utf8) + [0xC0, 0x80] + Array(#"":1},"geometry":null}"#.utf8)
        #expect(throws: ImportError.syntax(line: 1, column: 35, reason: "a string is not valid UTF-8 (byte 0xC0 at line 1, column 35); save the file as UTF-8", feature: nil)) {
            try features(bytes)
        }
    }

    @Test func aNulInASequenceNamesItsFeature() {
        let good = #"{"type":"Feature","properties":{"name":"陆城街道"},"geometry":{"type":"Point","coordinates":[111.452,30.385]}}"#
        let bad = #"{"type":"Feature","properties":{"name":"ab\u0000"},"geometry":null}"#
        #expect(throws: ImportError.invalidFeature(feature: 2, field: "name", reason: #"holds \u0000, a NUL character (line 2, column 43), which text cannot store"#)) {
            try features("\(good)\n\(bad)\n", format: .geojsonseq)
        }
    }

    // MARK: Byte order mark (Windows editors write one; it was refused)

    @Test func aLeadingByteOrderMarkIsSkippedInEveryFormat() throws {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let feature = #"{"type":"Feature","properties":{"name":"陆城街道"},"geometry":{"type":"Point","coordinates":[111.452,30.385]}}"#
        let inputs: [(FeatureFormat, String)] = [
            (.geojson, Self.place(name: "\"陆城街道\"")),
            (.geojsonseq, "\(feature)\n\(feature)\n"),
            (.geojsonseq, "\u{1E}\(feature)\n\u{1E}\(feature)\n"),
            (.csv, "name,lon,lat\n陆城街道,111.452,30.385\n"),
        ]
        for (format, text) in inputs {
            let read = try features(bom + Array(text.utf8), format: format)
            #expect(read.first?.properties["name"] == .string("陆城街道"), "\(format)")
        }
    }

    @Test func columnsAfterAByteOrderMarkCountFromTheJSON() {
        #expect(throws: ImportError.syntax(line: 1, column: 9, reason: "expected :", feature: nil)) {
            try features([0xEF, 0xBB, 0xBF] + Array(#"{"type" "Feature"}"#.utf8))
        }
    }
}
