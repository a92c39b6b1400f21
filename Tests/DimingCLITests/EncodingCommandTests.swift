import Foundation
import Testing

/// `import` reads UTF-8 (with or without a BOM) and GB18030, what Chinese Excel saves, detected
/// or chosen with `--encoding`; other bytes are refused naming their line and nothing is
/// imported. `export --excel` writes the BOM Excel needs to show Chinese.
@Suite final class EncodingCommandTests {
    let directory: URL
    let db: String
    static let places = "name,category,division,lon,lat\n测试湾,landmark,420581001,111.452,30.387\n猇亭区码头,landmark,420581001,111.453,30.388\n"

    init() throws {
        directory = try CommandRunner.temporaryDirectory()
        db = try DemoTemplate.copy(into: directory)
    }

    /// The files are large (a demo database each): removed after each test.
    deinit { try? FileManager.default.removeItem(at: directory) }

    /// `text` as GB18030 bytes, made by glibc's iconv program (not by the code under test).
    func gb18030File(_ text: String, name: String = "places.csv") throws -> String {
        let path = directory.appendingPathComponent(name).path
        let utf8 = directory.appendingPathComponent("utf8-" + name).path
        try text.write(toFile: utf8, atomically: true, encoding: .utf8)
        let made = try CommandRunner.run(URL(fileURLWithPath: "/usr/bin/iconv"), ["-f", "UTF-8", "-t", "GB18030", "-o", path, utf8])
        try #require(made.status == 0, "iconv failed: \(made.stderr)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        try #require(String(data: bytes, encoding: .utf8) == nil, "the file should not be UTF-8")
        return path
    }

    /// The places layer as CSV, read back from the database.
    func exportedPlaces() throws -> String {
        let result = try CommandRunner.diming("export", "places", "--db", db, "--format", "csv")
        try #require(result.status == 0, "export failed: \(result.stderr)")
        return result.stdout
    }

    @Test(arguments: [[], ["--encoding", "gb18030"], ["--encoding", "gbk"]])
    func aGB18030FileImportsWithItsChineseNames(encoding: [String]) throws {
        let file = try gb18030File(Self.places)
        let result = try CommandRunner.run(CommandRunner.diming, ["import", "places", file, "--db", db] + encoding)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "places: 2 features imported\n")
        let places = try exportedPlaces()
        #expect(places.contains(",测试湾,landmark,420581001,\"POINT (111.452 30.387)\"\n"))
        #expect(places.contains(",猇亭区码头,landmark,420581001,"))
        #expect(!places.contains("\u{FFFD}"))
    }

    @Test func utf8ChosenForGB18030BytesIsRefusedNamingTheLineAndImportsNothing() throws {
        let file = try gb18030File(Self.places)
        let before = try exportedPlaces()
        let result = try CommandRunner.diming("import", "places", file, "--db", db, "--encoding", "utf-8")
        #expect(result.status != 0)
        #expect(result.stderr.contains("line 2"), "\(result.stderr)")
        #expect(result.stderr.contains("UTF-8"))
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(try exportedPlaces() == before)
    }

    @Test func bytesThatAreNeitherUTF8NorGB18030AreRefusedNamingTheLine() throws {
        let path = directory.appendingPathComponent("bad.csv")
        var bytes = Data("name,category,division,lon,lat\nbay,landmark,420581001,111.452,30.387\n".utf8)
        bytes.append(contentsOf: [0xFF, 0xFE] + Array(",landmark,420581001,111.453,30.388\n".utf8))
        try bytes.write(to: path)
        let before = try exportedPlaces()
        for encoding in ["auto", "gb18030"] {
            let result = try CommandRunner.diming("import", "places", path.path, "--db", db, "--encoding", encoding)
            #expect(result.status != 0)
            let expected = encoding == "auto" ? "Error: line 3: bytes 0xFF 0xFE are neither UTF-8 nor GB18030"
                : "Error: line 3: bytes 0xFF 0xFE are not GB18030"
            #expect(result.stderr.hasPrefix(expected), "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        }
        #expect(try exportedPlaces() == before)
    }

    @Test func aGB18030FileCutInTheMiddleOfACharacterIsRefused() throws {
        let file = try gb18030File("name,category,division,lon,lat\n测试湾,landmark,420581001,111.452,30.387\n猇")
        var bytes = try Data(contentsOf: URL(fileURLWithPath: file))
        bytes.removeLast()   // 猇 takes 2 bytes in GB18030
        try bytes.write(to: URL(fileURLWithPath: file))
        let result = try CommandRunner.diming("import", "places", file, "--db", db)
        #expect(result.status != 0)
        #expect(result.stderr.hasPrefix("Error: line 3: bytes 0x"), "\(result.stderr)")
    }

    @Test func aUTF8FileWithAByteOrderMarkImports() throws {
        let path = directory.appendingPathComponent("bom.csv").path
        try ("\u{FEFF}" + Self.places).write(toFile: path, atomically: true, encoding: .utf8)
        try #require(try Data(contentsOf: URL(fileURLWithPath: path)).starts(with: [0xEF, 0xBB, 0xBF]))
        let result = try CommandRunner.diming("import", "places", path, "--db", db)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try exportedPlaces().contains(",测试湾,landmark,"))
    }

    @Test func aGB18030GeoJSONFileImports() throws {
        let geojson = #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"猇亭区广场","category":"landmark","division":"420581001"},"geometry":{"type":"Point","coordinates":[111.45,30.39]}}]}"#
        let file = try gb18030File(geojson, name: "places.geojson")
        let result = try CommandRunner.diming("import", "places", file, "--db", db)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try exportedPlaces().contains(",猇亭区广场,landmark,"))
    }

    @Test func excelExportStartsWithTheByteOrderMarkAndImportsBack() throws {
        let out = directory.appendingPathComponent("places.csv")
        let result = try CommandRunner.diming("export", "places", "--db", db, "--out", out.path, "--excel")
        #expect(result.status == 0, "\(result.stderr)")
        let bytes = try Data(contentsOf: out)
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF, UInt8(ascii: "i"), UInt8(ascii: "d")]))
        let plain = try exportedPlaces()
        #expect(!Data(plain.utf8).starts(with: [0xEF, 0xBB, 0xBF]), "no BOM without --excel")
        #expect(bytes.dropFirst(3) == Data(plain.utf8))
        // Back in with --replace: the same rows, ids included.
        let back = try CommandRunner.diming("import", "places", out.path, "--db", db, "--replace")
        #expect(back.status == 0, "\(back.stderr)")
        #expect(try exportedPlaces() == plain)
    }

    @Test func excelIsRefusedForAFormatThatIsNotCSV() throws {
        let out = directory.appendingPathComponent("places.geojson")
        let result = try CommandRunner.diming("export", "places", "--db", db, "--out", out.path, "--excel")
        #expect(result.status != 0)
        #expect(result.stderr == "Error: --excel is for CSV, and the output is geojson: give --format csv or an --out ending in .csv\n")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
