import Foundation
import Testing

/// GeoPackage, Shapefile and KML go through GDAL both ways: what `export` writes, the real
/// `ogrinfo` and `ogr2ogr` read (count, Chinese names, coordinates, coordinate system); `import`
/// takes it back into the same rows; a broken file is refused in one line, nothing imported.
@Suite final class GDALFormatCommandTests {
    let directory: URL
    let db: String

    init() throws {
        directory = try CommandRunner.temporaryDirectory()
        db = try DemoTemplate.copy(into: directory)
    }

    /// The files are large (a demo database each): removed after each test.
    deinit { try? FileManager.default.removeItem(at: directory) }

    func file(_ name: String) -> String { directory.appendingPathComponent(name).path }

    func exported(_ layer: String, from db: String) throws -> String {
        let result = try CommandRunner.diming("export", layer, "--db", db, "--format", "csv")
        try #require(result.status == 0, "export failed: \(result.stderr)")
        return result.stdout
    }

    func gdal(_ tool: String, _ arguments: String...) throws -> String {
        let result = try CommandRunner.run(URL(fileURLWithPath: tool), arguments)
        try #require(result.status == 0, "\(tool) failed: \(result.stderr)")
        return result.stdout
    }

    @Test(.enabled(if: TestTools.runs(needing: TestTools.ogr2ogr), "apt-get install gdal-bin"),
          arguments: [("gpkg", 4490), ("shp", 4490), ("kml", 4326)])
    func anExportIsReadByGDAL(format: String, epsg: Int) throws {
        try #require(TestTools.isInstalled(TestTools.ogrinfo) && TestTools.isInstalled(TestTools.ogr2ogr))
        let out = file("places.\(format)")
        let result = try CommandRunner.diming("export", "places", "--db", db, "--out", out)
        #expect(result.status == 0, "\(result.stderr)")
        let summary = try gdal(TestTools.ogrinfo, "-ro", "-al", "-so", out)
        let count = try exported("places", from: db).split(separator: "\n").count - 1
        #expect(count > 20)
        #expect(summary.contains("Feature Count: \(count)\n"), "\(summary)")
        #expect(summary.contains("ID[\"EPSG\",\(epsg)]"), "\(summary)")
        let geojson = try gdal(TestTools.ogr2ogr, "-f", "GeoJSON", "/vsistdout/", out)
        #expect(geojson.contains("\"陆城街道\""), "\(geojson.prefix(800))")
        #expect(geojson.contains("\"category\": \"township_seat\""))
        #expect(geojson.contains("[ 111.452, 30.385 ]"), "the seat of 陆城街道")
        if format == "shp" {
            #expect(try String(contentsOfFile: file("places.cpg"), encoding: .utf8) == "UTF-8")
        }
    }

    @Test(arguments: ["gpkg", "shp", "kml"])
    func anExportImportsBackIntoTheSameRows(format: String) throws {
        let fresh = try DemoTemplate.copy(into: directory, name: "fresh.sqlite")
        for layer in ["places", "roads", "addresses", "shelters"] {
            let out = file("\(layer).\(format)")
            let export = try CommandRunner.diming("export", layer, "--db", db, "--out", out)
            try #require(export.status == 0, "\(export.stderr)")
            let back = try CommandRunner.diming("import", layer, out, "--db", fresh, "--replace")
            #expect(back.status == 0, "\(layer).\(format): \(back.stderr)")
            #expect(back.stderr.isEmpty, "no ignored properties: \(back.stderr)")
            #expect(try exported(layer, from: fresh) == exported(layer, from: db), "\(layer).\(format)")
        }
    }

    @Test func anExistingFileIsReplacedAsForTheOtherFormats() throws {
        for format in ["gpkg", "shp", "kml"] {
            let out = file("again.\(format)")
            for _ in 0..<2 {
                let result = try CommandRunner.diming("export", "shelters", "--db", db, "--out", out)
                #expect(result.status == 0, "\(result.stderr)")
            }
            let back = try CommandRunner.diming("import", "shelters", out, "--db", db, "--replace")
            #expect(back.stdout == "shelters: 15 features imported, 15 replaced\n", "\(format): \(back.stderr)")
        }
    }

    @Test func aGDALFormatNeedsAFile() throws {
        let out = try CommandRunner.diming("export", "places", "--db", db, "--format", "gpkg")
        #expect(out.status != 0)
        #expect(out.stderr.hasPrefix("Error: gpkg is written to and read from a file"), "\(out.stderr)")
        let input = try CommandRunner.diming("import", "places", "-", "--db", db, "--format", "shp", stdin: "")
        #expect(input.status != 0)
        #expect(input.stderr.hasPrefix("Error: shp is written to and read from a file"), "\(input.stderr)")
    }

    /// Broken files of each format: refused in one line naming the file, the layer unchanged.
    @Test func aBrokenFileIsRefusedAndNothingIsImported() throws {
        let gpkg = file("addresses.gpkg")
        try #require(try CommandRunner.diming("export", "addresses", "--db", db, "--out", gpkg).status == 0)
        let truncated = file("truncated.gpkg")
        try Data(try Data(contentsOf: URL(fileURLWithPath: gpkg)).prefix(200_000)).write(to: URL(fileURLWithPath: truncated))

        let shp = file("noattributes.shp")
        try #require(try CommandRunner.diming("export", "places", "--db", db, "--out", shp).status == 0)
        try FileManager.default.removeItem(atPath: file("noattributes.dbf"))

        let cut = file("cut.shp")
        try #require(try CommandRunner.diming("export", "places", "--db", db, "--out", cut).status == 0)
        try Data(try Data(contentsOf: URL(fileURLWithPath: cut)).prefix(300)).write(to: URL(fileURLWithPath: cut))

        let kml = file("broken.kml")
        try "<kml><Placemark><name>陆城".write(toFile: kml, atomically: true, encoding: .utf8)
        let notGPKG = file("text.gpkg")
        try "not a GeoPackage".write(toFile: notGPKG, atomically: true, encoding: .utf8)

        let before = (addresses: try exported("addresses", from: db), places: try exported("places", from: db))
        for (layer, path) in [("addresses", truncated), ("places", shp), ("places", cut), ("places", kml), ("places", notGPKG)] {
            let result = try CommandRunner.diming("import", layer, path, "--db", db, "--replace")
            #expect(result.status != 0, "\(path) was imported")
            #expect(result.stderr.hasPrefix("Error: "), "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
            #expect(!result.stderr.contains("ERROR 1:"), "GDAL printed its own message: \(result.stderr)")
        }
        #expect(try exported("addresses", from: db) == before.addresses)
        #expect(try exported("places", from: db) == before.places)
    }

    @Test func aShapefileWithoutItsDBFIsNamed() throws {
        let shp = file("p.shp")
        try #require(try CommandRunner.diming("export", "places", "--db", db, "--out", shp).status == 0)
        try FileManager.default.removeItem(atPath: file("p.dbf"))
        let result = try CommandRunner.diming("import", "places", shp, "--db", db)
        #expect(result.stderr == "Error: cannot read \(shp): p.dbf is missing (a Shapefile is its .shp, .shx and .dbf together)\n")
    }
}
