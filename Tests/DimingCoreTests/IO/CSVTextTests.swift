import Testing
@testable import DimingCore

/// CSV text that would have been stored changed (a NUL cut it short, bytes that are not UTF-8
/// became U+FFFD) is refused naming the feature, the column and where it is in the file.
@Suite struct CSVTextTests {
    static let header = Array("name,kind,address,lon,lat\n".utf8)
    static let goodRow = Array("人民广场,outdoor,宜都市陆城街道朝阳路101号,111.4442142,30.3888603\n".utf8)

    func features(_ bytes: [UInt8]) throws -> [Feature] {
        var result = [Feature]()
        try FeatureSource(bytes: bytes, format: .csv).forEachFeature { _, feature in result.append(feature) }
        return result
    }

    @Test func aNulByteIsRefusedNamingTheColumn() {
        let row = Array("滨江公园,out".utf8) + [0] + Array("door,,111.45,30.39\n".utf8)
        #expect(throws: ImportError.invalidFeature(feature: 2, field: "kind",
                                                   reason: "holds a NUL byte (line 3, column 9), which text cannot store")) {
            try features(Self.header + Self.goodRow + row)
        }
    }

    @Test func gb18030BytesAreRefusedNamingTheColumn() {
        // 宜都 as GB18030, as Chinese Excel saves it; decoding it is a later issue.
        let row = Array("滨江公园,outdoor,".utf8) + [0xD2, 0xCB, 0xB6, 0xBC] + Array(",111.45,30.39\n".utf8)
        #expect(throws: ImportError.invalidFeature(feature: 1, field: "address",
                                                   reason: "is not valid UTF-8 (byte 0xD2 at line 2, column 14); save the file as UTF-8")) {
            try features(Self.header + row)
        }
    }

    @Test func badBytesInAQuotedFieldAreFoundOnTheirLine() {
        let row = Array("\"滨江\"\"公园\",outdoor,\"朝阳路\n".utf8) + [0xFF] + Array("101号\",111.45,30.39\n".utf8)
        #expect(throws: ImportError.invalidFeature(feature: 1, field: "address",
                                                   reason: "is not valid UTF-8 (byte 0xFF at line 3, column 1); save the file as UTF-8")) {
            try features(Self.header + row)
        }
    }

    @Test func aHeaderThatIsNotUTF8IsRefused() {
        let header = [0xC3, 0xFB] + Array("称,lon,lat\n".utf8)
        #expect(throws: ImportError.invalidFeature(feature: 0, field: "header",
                                                   reason: "is not valid UTF-8 (byte 0xC3 at line 1, column 1); save the file as UTF-8")) {
            try features(header + Array("人民广场,111.44,30.38\n".utf8))
        }
    }

    @Test func aNulInTheWKTColumnIsRefusedBeforeTheGeometryIsRead() {
        let bytes = Array("name,wkt\n人民广场,POINT(111.44 30.38".utf8) + [0] + Array(")\n".utf8)
        #expect(throws: ImportError.invalidFeature(feature: 1, field: "wkt",
                                                   reason: "holds a NUL byte (line 2, column 24), which text cannot store")) {
            try features(bytes)
        }
    }

    @Test func goodRowsStillReadAfterAByteOrderMark() throws {
        let read = try features([0xEF, 0xBB, 0xBF] + Self.header + Self.goodRow)
        #expect(read.first?.properties["address"] == .string("宜都市陆城街道朝阳路101号"))
        #expect(read.first?.geometry == .point(Position(lon: 111.4442142, lat: 30.3888603)))
    }
}
