import Testing
@testable import DimingCore

/// Every kind of bad input is refused with the feature number and field, and nothing is
/// written: not the bad feature, not the good ones before it, not a replaced layer.
@Suite struct ImportRejectionTests {
    static let good = #"{"type":"Feature","properties":{"code":"420581001","name":"陆城街道"},"geometry":{"type":"Polygon","coordinates":[[[111.4,30.35],[111.5,30.35],[111.5,30.42],[111.4,30.42],[111.4,30.35]]]}}"#

    static func division(code: String = "420581002", name: String = "\"某镇\"", extra: String = "", coordinates: String) -> String {
        #"{"type":"Feature","properties":{"code":"\#(code)","name":\#(name)\#(extra)},"geometry":{"type":"Polygon","coordinates":\#(coordinates)}}"#
    }

    static let square = "[[[111.3,30.3],[111.35,30.3],[111.35,30.35],[111.3,30.35],[111.3,30.3]]]"

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var field: String?
        var reason: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "truncated JSON", text: "{\"type\":\"FeatureCollection\",\"features\":[\(good),", field: nil, reason: "unexpected end of input"),
        Case(name: "wrong type for name", text: collection(good, division(name: "true", coordinates: square)), field: "name", reason: "must be a string, not a boolean"),
        Case(name: "nested object for name", text: collection(good, division(name: #"{"zh":"某镇"}"#, coordinates: square)), field: "name", reason: "not an object"),
        Case(name: "unclosed ring", text: collection(good, division(coordinates: "[[[111.3,30.3],[111.35,30.3],[111.35,30.35],[111.3,30.35]]]")), field: "geometry", reason: "not closed"),
        Case(name: "ring too short", text: collection(good, division(coordinates: "[[[111.3,30.3],[111.35,30.3],[111.3,30.3]]]")), field: "geometry", reason: "at least 4"),
        Case(name: "longitude out of range", text: collection(good, division(coordinates: "[[[191.3,30.3],[191.35,30.3],[191.35,30.35],[191.3,30.3]]]")), field: "geometry", reason: "out of range"),
        Case(name: "lat/lon swapped", text: collection(good, division(coordinates: "[[[30.3,111.3],[30.3,111.35],[30.35,111.35],[30.3,111.3]]]")), field: "geometry", reason: "latitude, longitude order"),
        Case(name: "NaN", text: collection(good, division(coordinates: "[[[NaN,30.3],[111.35,30.3],[111.35,30.35],[111.3,30.3]]]")), field: nil, reason: "NaN"),
        Case(name: "string coordinate", text: collection(good, division(coordinates: #"[[["111.3",30.3],[111.35,30.3],[111.35,30.35],[111.3,30.3]]]"#)), field: "geometry.coordinates", reason: "not a number"),
        Case(name: "self-intersecting polygon", text: collection(good, division(coordinates: "[[[111.3,30.3],[111.35,30.35],[111.35,30.3],[111.3,30.35],[111.3,30.3]]]")), field: "geometry", reason: "Self-intersection"),
        Case(name: "line in a polygon layer", text: collection(good, #"{"type":"Feature","properties":{"code":"420581002","name":"某镇"},"geometry":{"type":"LineString","coordinates":[[111.3,30.3],[111.4,30.4]]}}"#), field: "geometry", reason: "cannot be stored"),
        Case(name: "missing geometry", text: collection(good, #"{"type":"Feature","properties":{"code":"420581002","name":"某镇"},"geometry":null}"#), field: "geometry", reason: "missing"),
        Case(name: "malformed code", text: collection(good, division(code: "42058", coordinates: square)), field: "code", reason: "6-digit"),
        Case(name: "level contradicting the code", text: collection(good, division(extra: #","level":"county""#, coordinates: square)), field: "level", reason: "township code"),
        Case(name: "unknown level", text: collection(good, division(extra: #","level":"district""#, coordinates: square)), field: "level", reason: "not one of"),
        Case(name: "duplicate code", text: collection(good, good), field: "code", reason: "already exists"),
        Case(name: "not a feature", text: collection(good, #"{"type":"Point","coordinates":[1,2]}"#), field: "type", reason: "expected \"Feature\""),
    ]

    @Test(arguments: cases)
    func badFeatureRejectsTheWholeImport(_ c: Case) throws {
        let db = try makeTestDatabase()
        try importYichang(into: db)
        do {
            try importText(c.text, into: .divisions, db)
            Issue.record("accepted \(c.name)")
        } catch let error as ImportError {
            #expect(error.detail.contains(c.reason), "\(error.detail)")
            if let field = c.field { #expect(error.field == field, "\(error.detail)") }
            #expect(error.featureNumber == 2, "\(error.detail)")
        }
        #expect(try count(.divisions, in: db) == 13, "nothing written")
    }

    @Test func aRejectedReplaceKeepsTheOldRows() throws {
        let db = try makeTestDatabase()
        try importYichang(into: db)
        #expect(throws: ImportError.self) {
            try importText(collection(Self.good, Self.division(coordinates: "[[[111.3,30.3],[111.3,30.3]]]")), into: .divisions, db,
                           options: ImportOptions(replace: true))
        }
        #expect(try count(.divisions, in: db) == 13)
    }

    @Test func unknownDivisionCodeIsRefused() throws {
        let db = try makeTestDatabase()
        try importYichang(into: db)
        let shelter = #"{"type":"Feature","properties":{"name":"某广场","division":"%@"},"geometry":{"type":"Point","coordinates":[111.45,30.39]}}"#
        try importText(collection(shelter.replacingOccurrences(of: "%@", with: "420581")), into: .shelters, db)
        #expect(throws: ImportError.invalidFeature(feature: 1, field: "division", reason: "\"420599\" is not in divisions")) {
            try importText(collection(shelter.replacingOccurrences(of: "%@", with: "420599")), into: .shelters, db)
        }
        #expect(try count(.shelters, in: db) == 1)
    }

    @Test func wrongTypesForNumbersAreRefused() throws {
        let db = try makeTestDatabase()
        let address = #"{"type":"Feature","properties":{"road":"清江大道","number":"12a"},"geometry":{"type":"Point","coordinates":[111.45,30.39]}}"#
        #expect(throws: ImportError.invalidFeature(feature: 1, field: "number", reason: "must be an integer, not a string")) {
            try importText(collection(address), into: .addresses, db)
        }
        let negative = #"{"type":"Feature","properties":{"road":"清江大道","number":-3},"geometry":{"type":"Point","coordinates":[111.45,30.39]}}"#
        #expect(throws: ImportError.invalidFeature(feature: 1, field: "number", reason: "must be a positive integer, got -3")) {
            try importText(collection(negative), into: .addresses, db)
        }
        #expect(try count(.addresses, in: db) == 0)
    }

    @Test func csvErrorsNameTheRow() throws {
        let db = try makeTestDatabase()
        try importText(collection(#"{"type":"Feature","properties":{"name":"清江大道"},"geometry":{"type":"LineString","coordinates":[[111.44,30.38],[111.45,30.39]]}}"#), into: .roads, db)
        let csv = "road,number,wkt\n清江大道,1,POINT(111.45 30.39)\n清江大道,3,POINT(30.39 111.45)\n"
        #expect(throws: ImportError.self) { try importText(csv, into: .addresses, db, format: .csv) }
        do { try importText(csv, into: .addresses, db, format: .csv) } catch let error as ImportError {
            #expect(error.featureNumber == 2)
            #expect(error.detail.contains("latitude, longitude order"))
        }
        #expect(throws: ImportError.self) { try importText("road,number,wkt\n\"清江大道,1,POINT(1 2)\n", into: .addresses, db, format: .csv) }
        #expect(try count(.addresses, in: db) == 0)
    }
}
