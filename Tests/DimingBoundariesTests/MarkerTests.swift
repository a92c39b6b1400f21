import DimingBoundaries
import DimingCore
import DimingTestSupport
import Foundation
import GRDB
import Testing

/// 界桩登记: the marker register, its CSV, and the surveyed coordinates (case T7).
@Suite struct MarkerTests {
    /// T7: the surveyed metres are kept, the lon/lat is PROJ's (cs2cs EPSG:4546 → 4490 gives
    /// 111.2864999759, 30.6919000402), and the same point given in EPSG:4525 lands on it.
    @Test func t7MarkerRoundTripsThroughBothEPSGCodes() async throws {
        let boundaries = Boundaries(try MarkerFixture.database("t7"))
        let a = try await boundaries.addMarker(MarkerFixture.draft("420505-420581-001Q"), by: MarkerFixture.admin)
        #expect(a.surveyed == SurveyedPoint(x: 3_396_851.290, y: 527_449.600, epsg: 4546))
        #expect(abs(a.position.lon - 111.2864999759) < 1e-9 && abs(a.position.lat - 30.6919000402) < 1e-9)
        #expect((a.position.lon * 1e7).rounded() / 1e7 == 111.2865 && (a.position.lat * 1e7).rounded() / 1e7 == 30.6919)
        // Given with the zone prefix and no EPSG: recognised as EPSG:4525 by the false easting.
        let b = try await boundaries.addMarker(MarkerFixture.draft("420505-420581-002Q", y: 37_527_449.600, epsg: nil), by: MarkerFixture.admin)
        #expect(b.surveyed.epsg == 4525 && b.surveyed.y == 37_527_449.600)
        let metres = 111_000 * hypot((a.position.lon - b.position.lon) * cos(30.69 * .pi / 180), a.position.lat - b.position.lat)
        #expect(metres < 0.001)
        // GeoJSON: 7 decimals, the surveyed metres and the EPSG code as properties.
        let geoJSON = try await boundaries.markers(line: MarkerFixture.line).geoJSON
        #expect(geoJSON.contains("\"coordinates\":[111.2865,30.6919]"))
        #expect(geoJSON.contains("\"x_cgcs2000_gk\":3396851.29") && geoJSON.contains("\"y_cgcs2000_gk\":527449.6"))
        #expect(geoJSON.contains("\"epsg\":4546") && geoJSON.contains("\"epsg\":4525"))
        #expect(!geoJSON.contains("\"crs\""))
        // The number's parts, and the line's two codes copied onto the marker.
        #expect(a.sequence == 1 && a.typeCode == "Q" && a.kind == "single")
        #expect(a.leftCode == "420505" && a.rightCode == "420581")
    }

    @Test func numbersAreKeptVerbatimWithTheirParts() {
        #expect(MarkerNumber.parse("4243012Q") == MarkerNumber(line: "4243", sequence: 12, typeCode: "Q"))
        #expect(MarkerNumber.parse("420505-420581-003B") == MarkerNumber(line: "420505-420581", sequence: 3, typeCode: "B"))
        #expect(MarkerNumber.parse("灵川—东海2号") == MarkerNumber(line: "灵川—东海", sequence: 2))
        #expect(MarkerNumber.parse("界桩甲") == nil)
    }

    @Test func swappedAndImplausibleCoordinatesAreRefused() async throws {
        let database = try MarkerFixture.database("swap")
        let boundaries = Boundaries(database)
        await #expect(throws: MarkersError.swappedCoordinates(x: 527_449.600, y: 3_396_851.290)) {
            try await boundaries.addMarker(MarkerFixture.draft(x: 527_449.600, y: 3_396_851.290, epsg: nil), by: MarkerFixture.admin)
        }
        await #expect(throws: MarkersError.coordinateOutOfRange(field: "x", value: 12.5)) {
            try await boundaries.addMarker(MarkerFixture.draft(x: 12.5), by: MarkerFixture.admin)
        }
        // EPSG:4546 given, but the easting carries zone 37's prefix: they disagree.
        await #expect(throws: MarkersError.epsgDisagrees(epsg: 4546, y: 37_527_449.600, recognised: 4525)) {
            try await boundaries.addMarker(MarkerFixture.draft(y: 37_527_449.600, epsg: 4546), by: MarkerFixture.admin)
        }
        await #expect(throws: MarkersError.unknownEPSG(4326)) {
            try await boundaries.addMarker(MarkerFixture.draft(epsg: 4326), by: MarkerFixture.admin)
        }
        // Zone 37's prefix with an easting 500 km from the central meridian: not a GK coordinate.
        await #expect(throws: MarkersError.coordinateOutOfRange(field: "y", value: 37_999_999.0)) {
            try await boundaries.addMarker(MarkerFixture.draft(y: 37_999_999.0, epsg: nil), by: MarkerFixture.admin)
        }
        // 200 km east of CM 111°E: past 113°E, outside the zone (it belongs to CM 114°E's).
        do {
            _ = try await boundaries.addMarker(MarkerFixture.draft(y: 700_000), by: MarkerFixture.admin)
            Issue.record("a point outside its zone was accepted")
        } catch let error as MarkersError {
            #expect(error.type == "out-of-zone" && error.field == "y")
        }
        #expect(try MarkerFixture.count("boundary_markers", in: database) == 0)
    }

    @Test func unknownLineIsRefused() async throws {
        let boundaries = Boundaries(try MarkerFixture.database("noline"))
        var draft = MarkerFixture.draft()
        draft.line = "420505-420599"
        await #expect(throws: MarkersError.unknownLine("420505-420599")) { try await boundaries.addMarker(draft, by: MarkerFixture.admin) }
    }

    static let register = """
        界桩编号,所属界线,类型,材质,X坐标,Y坐标,坐标系,高程,位置,方位物,登记日期,备注
        420505-420581-001Q,420505-420581,Q,花岗岩,3396851.290,527449.600,4546,58.2,宜都市红花套镇,电杆|45|12.5;水塔|200|30,2019-05-20,"路边, 东侧"
        420505-420581-002Q,420505-420581,单立,混凝土,3396951.000,37527500.000,,60,猇亭区,,2019-05-21,
        """

    @Test(arguments: ["utf-8 bom", "gb18030"])
    func importsARegisterWithChineseHeaders(encoding: String) async throws {
        let database = try MarkerFixture.database("csv")
        let boundaries = Boundaries(database)
        let bytes: [UInt8] = encoding == "gb18030" ? try Self.gb18030(Self.register) : [0xEF, 0xBB, 0xBF] + Array(Self.register.utf8)
        let result = try await boundaries.importRegister(csv: bytes, by: MarkerFixture.admin)
        #expect(result == MarkerImport(added: 2, updated: 0))
        let one = try await boundaries.marker("420505-420581-001Q")
        #expect(one.material == "花岗岩" && one.heightM == 58.2 && one.location == "宜都市红花套镇" && one.note == "路边, 东侧")
        #expect(one.referenceObjects == [ReferenceObject(name: "电杆", bearingDeg: 45, distanceM: 12.5), ReferenceObject(name: "水塔", bearingDeg: 200, distanceM: 30)])
        let two = try await boundaries.marker("420505-420581-002Q")
        #expect(two.surveyed.epsg == 4525 && two.kind == "single")
        // Export reads back: importing it again updates the two markers and changes nothing.
        let exported = try await boundaries.exportRegister(line: MarkerFixture.line)
        #expect(exported.hasPrefix("\u{FEFF}界桩编号,所属界线,类型"))
        #expect(exported.contains("3396851.290,527449.600,4546"))
        #expect(try await boundaries.importRegister(csv: Array(exported.utf8), by: MarkerFixture.admin) == MarkerImport(added: 0, updated: 2))
        #expect(try await boundaries.marker("420505-420581-001Q") == one)
    }

    @Test func englishHeadersAreAccepted() async throws {
        let boundaries = Boundaries(try MarkerFixture.database("csv-en"))
        let csv = "number,line,x,y,epsg\nM1,420505-420581,3396851.290,527449.600,EPSG:4546\n"
        #expect(try await boundaries.importRegister(csv: Array(csv.utf8), by: MarkerFixture.admin) == MarkerImport(added: 1, updated: 0))
    }

    /// One bad row (swapped X/Y on row 2, a duplicate on row 3): nothing is written, and the
    /// problem names the row and the field.
    @Test func aRejectedRegisterLeavesTheDatabaseUnchanged() async throws {
        let database = try MarkerFixture.database("csv-bad")
        let boundaries = Boundaries(database)
        let swapped = "界桩编号,所属界线,X坐标,Y坐标\nM1,420505-420581,3396851.290,527449.600\nM2,420505-420581,527449.600,3396851.290\n"
        do {
            _ = try await boundaries.importRegister(csv: Array(swapped.utf8), by: MarkerFixture.admin)
            Issue.record("the swapped row was accepted")
        } catch let error as MarkersError {
            #expect(error.row == 2 && error.field == "x" && error.type == "swapped-coordinates")
            #expect(error.detail(in: .zh).hasPrefix("第 2 行（x）"))
        }
        let duplicate = "界桩编号,所属界线,X坐标,Y坐标\nM1,420505-420581,3396851.290,527449.600\nM1,420505-420581,3396852.290,527449.600\n"
        await #expect(throws: MarkersError.inRow(2, .duplicateNumber("M1", firstRow: 1))) {
            try await boundaries.importRegister(csv: Array(duplicate.utf8), by: MarkerFixture.admin)
        }
        let unknownLine = "界桩编号,所属界线,X坐标,Y坐标\nM1,420505-420581,3396851.290,527449.600\nM2,420505-429999,3396851.290,527449.600\n"
        await #expect(throws: MarkersError.inRow(2, .unknownLine("420505-429999"))) {
            try await boundaries.importRegister(csv: Array(unknownLine.utf8), by: MarkerFixture.admin)
        }
        #expect(try MarkerFixture.count("boundary_markers", in: database) == 0)
        #expect(try MarkerFixture.count("diming_audit", in: database) == 0)
    }

    @Test func writesAreAuthorizedForEitherSideAndAudited() async throws {
        let database = try MarkerFixture.database("markers-auth")
        let boundaries = Boundaries(database)
        // An inspector of Yidu (420581) may register on the Xiaoting–Yidu line.
        let inspector = MarkerFixture.account(.boundaryInspector, scope: "420581", name: "yidu")
        _ = try await boundaries.addMarker(MarkerFixture.draft(), by: inspector)
        let outsider = MarkerFixture.account(.boundaryInspector, scope: "420502", name: "xiling")
        await #expect(throws: AccessError.self) { try await boundaries.addMarker(MarkerFixture.draft("M9"), by: outsider) }
        let officer = MarkerFixture.account(.placenameOfficer, scope: nil, name: "officer")
        await #expect(throws: AccessError.self) { try await boundaries.addMarker(MarkerFixture.draft("M8"), by: officer) }
        let audited = try await database.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT account, action, feature_id FROM diming_audit").map { "\($0[0] as String) \($0[1] as String) \($0[2] as String)" }
        }
        #expect(audited == ["yidu marker.create 420505-420581-001Q"])
    }

    /// What Chinese Excel saves: GB18030, through iconv.
    static func gb18030(_ text: String) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        process.arguments = ["-f", "UTF-8", "-t", "GB18030"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        let bytes = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return [UInt8](bytes)
    }
}
