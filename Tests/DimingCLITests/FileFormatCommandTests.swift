import Foundation
import Testing

/// `export` and `import` speak the format `--format` or a known extension names; anything else
/// is refused in one line and nothing is written.
@Suite struct FileFormatCommandTests {
    let directory: URL
    let db: String

    init() throws {
        directory = try CommandRunner.temporaryDirectory()
        db = directory.appendingPathComponent("d.sqlite").path
        let made = try CommandRunner.diming("init", "--db", db)
        try #require(made.status == 0, "diming init failed: \(made.stderr)")
    }

    @Test(arguments: ["roads.gml", "roads.kmz", "roads.dbf", "roads.txt", "roads"])
    func aRefusedExportCreatesNoFile(name: String) throws {
        let out = directory.appendingPathComponent(name).path
        let result = try CommandRunner.diming("export", "roads", "--db", db, "--out", out)
        #expect(result.status != 0)
        #expect(result.stderr.hasPrefix("Error: cannot write \(out): "))
        #expect(result.stderr.contains("ogr2ogr") && result.stderr.contains("geojsonseq"))
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func aRefusedExportLeavesAnExistingFileByteIdentical() throws {
        let out = directory.appendingPathComponent("roads.gml")
        let before = Data("<gml:FeatureCollection/>".utf8)   // a GML file of another tool, say
        try before.write(to: out)
        for extra in [[], ["--format", "geojson"]] {
            let result = try CommandRunner.run(CommandRunner.diming, ["export", "roads", "--db", db, "--out", out.path] + extra)
            #expect(result.status != 0)
            #expect(result.stderr.contains("other formats go through ogr2ogr"))
            #expect(try Data(contentsOf: out) == before)
        }
    }

    @Test func formatContradictingTheNameIsRefused() throws {
        let out = directory.appendingPathComponent("roads.geojson").path
        let result = try CommandRunner.diming("export", "roads", "--db", db, "--out", out, "--format", "csv")
        #expect(result.status != 0)
        #expect(result.stderr == "Error: --format csv contradicts the name \(out) (geojson): give a matching name or leave out --format\n")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func formatGivesAnUnknownExtensionItsFormat() throws {
        let out = directory.appendingPathComponent("roads.txt").path
        let result = try CommandRunner.diming("export", "roads", "--db", db, "--out", out, "--format", "csv")
        #expect(result.status == 0)
        #expect(try String(contentsOfFile: out, encoding: .utf8).hasPrefix("id,"))
    }

    @Test func importRefusesAGMLNameWithTheSameHint() throws {
        let file = directory.appendingPathComponent("places.gml").path
        let geojson = #"{"type":"FeatureCollection","features":[]}"#
        try geojson.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try CommandRunner.diming("import", "places", file, "--db", db)
        #expect(result.status != 0)
        #expect(result.stderr.hasPrefix("Error: cannot read \(file): .gml is not a format diming speaks;"))
        #expect(result.stderr.contains("ogr2ogr layer.gpkg in.gml"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func importOfAnUnknownExtensionNeedsFormatAndStandardInputIsSniffed() throws {
        let file = directory.appendingPathComponent("places.txt").path
        try "name,category,division,lon,lat\n".write(toFile: file, atomically: true, encoding: .utf8)
        let refused = try CommandRunner.diming("import", "places", file, "--db", db)
        #expect(refused.status != 0 && refused.stderr.contains(".txt is not a format diming speaks"))
        #expect(try CommandRunner.diming("import", "places", file, "--db", db, "--format", "csv").stdout == "places: 0 features imported\n")
        let sniffed = try CommandRunner.diming("import", "places", "-", "--db", db, stdin: #"{"type":"FeatureCollection","features":[]}"#)
        #expect(sniffed.status == 0, "\(sniffed.stderr)")
    }
}
