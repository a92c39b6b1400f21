import Testing
@testable import DimingCore

/// The WKT reader (the geometry of CSV files) refuses garbage and deep nesting with an error,
/// never a crash: its nesting is fixed by the geometry type, so extra parentheses stop it.
@Suite struct WKTReaderTests {
    static let garbage: [String] = [
        "", " ", "POINT", "POINT(", "POINT()", "POINT(111.44", "POINT(111.44 30.38", "POINT(111.44 30.38))",
        "POINT(111.44,30.38)", "SRID=4490", "SRID=4490;", "SRID=4490POINT(1 2)", "POINT Z (1 2)", "POINT ZM (1 2 3)",
        "LINESTRING(111.4 30.3,,111.5 30.4)", "POLYGON((111.4 30.3, 111.5 30.4)", "MULTIPOLYGON(((1 2)),",
        "MULTIPOINT((1 2),(3 4)", "POINT(1e 2)", "POINT(- 2)", "POINT(\u{0} 2)", "点(1 2)", "POINT(１ ２)",
        "MULTIPOLYGON" + String(repeating: "(", count: 100_000),
        "MULTIPOLYGON(((" + String(repeating: "1 2,", count: 10_000),
        String(repeating: "POINT", count: 10_000),
    ]

    @Test(arguments: garbage.indices)
    func garbageIsAGeometryError(_ index: Int) {
        #expect(throws: GeometryError.self) { try WKTReader.parse(Self.garbage[index]) }
    }

    @Test func deepParenthesesStopAtTheFirstPosition() {
        #expect(throws: GeometryError.malformed("expected a number at character 16")) {
            try WKTReader.parse("MULTIPOLYGON" + String(repeating: "(", count: 100_000))
        }
    }
}
