import Foundation
import Testing

/// Files that crashed `diming import` (SIGILL on a lone surrogate, stack overflow on deep
/// nesting) now end it with a one-line error and exit status 1: a crash would exit 132 or 139.
@Suite struct HostileImportTests {
    let directory: URL
    let db: String

    init() throws {
        directory = try CommandRunner.temporaryDirectory()
        db = directory.appendingPathComponent("d.sqlite").path
        let initialize = try CommandRunner.diming("init", "--db", db)
        try #require(initialize.status == 0, "\(initialize.stderr)")
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var message: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "lone surrogate",
             text: #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"a\ud800\u0041b"},"geometry":{"type":"Point","coordinates":[111.452,30.385]}}]}"#,
             message: #"line 1, column 82 (feature 1): \ud800 is a high surrogate followed by \u0041"#),
        Case(name: "coordinates nested 70,000 deep",
             text: #"{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":"#
                + String(repeating: "[", count: 70_000) + String(repeating: "]", count: 70_000) + "}}",
             message: "line 1, column 80: geometry.coordinates nested deeper than 4 arrays"),
        Case(name: "property nested 150,000 deep",
             text: #"{"type":"Feature","properties":{"name":"# + String(repeating: "[", count: 150_000)
                + String(repeating: "]", count: 150_000) + #"},"geometry":null}"#,
             message: "line 1, column 104: objects and arrays nested deeper than 64 levels"),
        Case(name: "escaped NUL",
             text: #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"ab\u0000cd"},"geometry":{"type":"Point","coordinates":[111.452,30.385]}}]}"#,
             message: #"feature 1, name: holds \u0000, a NUL character (line 1, column 83), which text cannot store"#),
    ]

    @Test(arguments: cases)
    func hostileFileEndsWithAOneLineError(_ c: Case) throws {
        let file = directory.appendingPathComponent("hostile.geojson")
        try Data(c.text.utf8).write(to: file)
        let result = try CommandRunner.diming("import", "places", file.path, "--db", db)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("Error: "))
        #expect(result.stderr.contains(c.message), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
    }
}
