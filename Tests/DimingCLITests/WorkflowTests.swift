import Foundation
import Testing

/// The commands end to end, on real files in a temporary folder.
@Suite struct WorkflowTests {
    let directory: URL
    let db: String

    init() throws {
        directory = try CommandRunner.temporaryDirectory()
        db = directory.appendingPathComponent("d.sqlite").path
        let demo = try CommandRunner.diming("demo", "--db", db, in: CommandRunner.packageRoot)
        try #require(demo.status == 0, "diming demo failed: \(demo.stderr)")
    }

    /// The feature count of `layer` in the table of `diming layers` (its columns are as wide as
    /// the longest layer name, which the modules decide).
    static func features(of layer: String, in table: String) -> Int? {
        for line in table.split(separator: "\n") {
            let words = line.split(separator: " ")
            if words.count > 1, words[0] == layer { return Int(words[1]) }
        }
        return nil
    }

    @Test func demoIsIdempotent() throws {
        let again = try CommandRunner.diming("demo", "--db", db, in: CommandRunner.packageRoot)
        #expect(again.status == 0)
        #expect(again.stdout.contains("divisions: 24 features"))
        let layers = try CommandRunner.diming("layers", "--db", db)
        #expect(Self.features(of: "divisions", in: layers.stdout) == 24)
        #expect(layers.stdout.contains("MULTIPOLYGON"))
        #expect(layers.stdout.contains("4490"))
    }

    @Test func environmentNamesTheDatabase() throws {
        let result = try CommandRunner.diming("layers", environment: ["DIMING_DB": db])
        #expect(result.status == 0)
        #expect(Self.features(of: "addresses", in: result.stdout) == 1940)
    }

    @Test func locatePrintsTheChain() throws {
        let result = try CommandRunner.diming("locate", "--db", db, "111.45", "30.39")
        #expect(result.status == 0)
        // The metres as GDAL gives them: `echo 111.45 30.39 | gdaltransform -s_srs EPSG:4490 -t_srs EPSG:4546 -output_xy`.
        #expect(result.stdout == """
            420581001  陆城街道  township
            420581  宜都市  county
            420500  宜昌市  city
            on border: no
            Gauss-Krüger EPSG:4546: easting 543248.267 m, northing 3363433.054 m

            """)
    }

    @Test func swappedCoordinatesAreAOneLineError() throws {
        let result = try CommandRunner.diming("locate", "--db", db, "30.39", "111.45")
        #expect(result.status != 0)
        #expect(result.stderr.hasPrefix("Error: "))
        #expect(result.stderr.contains("latitude, longitude order"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func batchLocateReadsStandardInput() throws {
        let result = try CommandRunner.diming("locate", "--db", db, "--batch", stdin: "id,lon,lat\n1,111.45,30.39\n2,0,0\n")
        #expect(result.status == 0)
        #expect(result.stdout == "id,code,name,on_border,neighbour\n1,420581001,陆城街道,false,\n2,,,false,\n")
    }

    @Test func exportThenImportThroughFiles() throws {
        let file = directory.appendingPathComponent("shelters.geojsonl").path
        let export = try CommandRunner.diming("export", "shelters", "--db", db, "--format", "geojsonseq", "--out", file)
        #expect(export.status == 0)
        let reimport = try CommandRunner.diming("import", "shelters", file, "--db", db, "--replace")
        #expect(reimport.status == 0)
        #expect(reimport.stdout == "shelters: 15 features imported, 15 replaced\n")
    }

    @Test func importFromStandardInputAndExportFormatFromTheFileName() throws {
        let csv = "name,category,division,lon,lat\n清江码头,landmark,420581001,111.452,30.387\n"
        let imported = try CommandRunner.diming("import", "places", "-", "--format", "csv", "--db", db, stdin: csv)
        #expect(imported.status == 0 && imported.stdout == "places: 1 features imported\n")
        let out = directory.appendingPathComponent("places.csv").path
        #expect(try CommandRunner.diming("export", "places", "--out", out, "--db", db).status == 0)
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.hasPrefix("id,name,category,division,wkt\n"))
        #expect(text.contains(",清江码头,landmark,420581001,\"POINT (111.452 30.387)\"\n"))
    }

    @Test func aBadFileChangesNothingAndSaysWhy() throws {
        let file = directory.appendingPathComponent("bad.geojson").path
        let text = #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"甲","division":"420581001"},"geometry":{"type":"Point","coordinates":[111.45,30.39]}},{"type":"Feature","properties":{"name":"乙","division":"420581999"},"geometry":{"type":"Point","coordinates":[111.45,30.39]}}]}"#
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try CommandRunner.diming("import", "shelters", file, "--db", db)
        #expect(result.status != 0)
        #expect(result.stderr == "Error: feature 2, division: \"420581999\" is not in divisions\n")
        #expect(Self.features(of: "shelters", in: try CommandRunner.diming("layers", "--db", db).stdout) == 15)
    }

    /// GEOS's own warning stays off stderr: the refusal is the one line the user reads.
    @Test func anInvalidPolygonIsOneLineOfError() throws {
        let file = directory.appendingPathComponent("bowtie.geojson").path
        let text = #"{"type":"Feature","properties":{"code":"420581901","name":"某乡"},"geometry":{"type":"Polygon","coordinates":[[[111.3,30.3],[111.35,30.35],[111.35,30.3],[111.3,30.35],[111.3,30.3]]]}}"#
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try CommandRunner.diming("import", "divisions", file, "--db", db)
        #expect(result.status != 0)
        #expect(result.stderr.hasPrefix("Error: feature 1, geometry: invalid geometry: Self-intersection"))
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
    }

    @Test func exportWithBoundingBoxToStandardOutput() throws {
        let result = try CommandRunner.diming("export", "divisions", "--db", db, "--bbox", "111.44,30.37,111.46,30.39")
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let features = try #require(json["features"] as? [[String: Any]])
        let codes = try features.map { try #require($0["id"] as? String) }.sorted()
        #expect(codes == ["420500", "420581", "420581001"])
        let bad = try CommandRunner.diming("export", "divisions", "--db", db, "--bbox", "111.44,30.37,111.46")
        #expect(bad.status != 0 && bad.stderr.contains("expected 4 numbers"))
    }

    @Test func unknownLayerAndMissingDatabase() throws {
        let unknown = try CommandRunner.diming("export", "rivers", "--db", db)
        #expect(unknown.stderr.contains("no layer named \"rivers\"; the layers are divisions, roads, addresses, places, shelters"))
        let missing = try CommandRunner.diming("layers", "--db", directory.appendingPathComponent("none.sqlite").path)
        #expect(missing.status != 0 && missing.stderr.contains("diming init"))
    }

    /// GDAL reads the file as a SpatiaLite database with every layer's type and SRID.
    @Test(.enabled(if: TestTools.runs(needing: TestTools.ogrinfo), "needs ogrinfo from Debian's gdal-bin: run tools/setup.sh"))
    func ogrinfoListsLayersWithTypeAndSRID() throws {
        try #require(TestTools.isInstalled(TestTools.ogrinfo), "ogrinfo is missing: install Debian's gdal-bin (tools/setup.sh)")
        let ogrinfo = URL(fileURLWithPath: TestTools.ogrinfo)
        let list = try CommandRunner.run(ogrinfo, ["-ro", db])
        #expect(list.status == 0)
        for line in ["divisions (Multi Polygon)", "roads (Multi Line String)", "addresses (Point)", "places (Point)", "shelters (Point)"] {
            #expect(list.stdout.contains(line), "\(line) not in \(list.stdout)")
        }
        let summary = try CommandRunner.run(ogrinfo, ["-ro", "-so", db, "divisions"])
        #expect(summary.stdout.contains("Feature Count: 24"))
        #expect(summary.stdout.contains("ID[\"EPSG\",4490]"))
    }

    @Test func configSetsTheMetricProjection() throws {
        #expect(try CommandRunner.diming("config", "--db", db).stdout.contains("EPSG:4546"))
        let bad = try CommandRunner.diming("config", "metric_srid", "3857", "--db", db)
        #expect(bad.status != 0 && bad.stderr.contains("4534 to 4554"))
        #expect(try CommandRunner.diming("config", "metric_srid", "4545", "--db", db).stdout == "metric_srid = 4545\n")
    }
}
