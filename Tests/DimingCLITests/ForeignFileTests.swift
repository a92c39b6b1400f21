import Foundation
import Testing

/// Every command on files Diming did not make (a GeoPackage, a SpatiaLite file from ogr2ogr,
/// a text file): each is refused with one line naming the file and what it is, and the file and
/// its folder are byte for byte as before — except after an `init` that sets a SpatiaLite file up.
@Suite struct ForeignFileTests {
    static let districts = CommandRunner.packageRoot.appendingPathComponent("gazetteer/yichang-districts.geojson").path

    /// Every command but `init`, reading and writing.
    static func commands(_ db: String) -> [[String]] {
        [["layers"], ["export", "divisions"], ["locate", "111.45", "30.39"], ["config"], ["config", "metric_srid", "4546"],
         ["user", "list"], ["user", "add", "ann", "--role", "viewer"], ["import", "divisions", districts, "--map", "code=adcode"]]
            .map { $0 + ["--db", db] }
    }

    /// The file's bytes and the names in its folder (no `-wal`, `-shm` or journal left behind).
    static func snapshot(_ path: String) throws -> (Data, [String]) {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        return (try Data(contentsOf: URL(fileURLWithPath: path)), try FileManager.default.contentsOfDirectory(atPath: folder).sorted())
    }

    static func ogr2ogr(_ arguments: [String]) throws -> String {
        let path = try CommandRunner.temporaryDirectory().appendingPathComponent(arguments[0] == "GPKG" ? "other.gpkg" : "other.sqlite").path
        let result = try CommandRunner.run(URL(fileURLWithPath: TestTools.ogr2ogr), ["-f"] + arguments.prefix(1) + arguments.dropFirst() + [path, districts])
        #expect(result.status == 0, "\(result.stderr)")
        return path
    }

    /// Runs each command on `path` and expects a refusal saying `says`, nothing changed.
    static func expectRefused(_ commands: [[String]], on path: String, saying says: String) throws {
        let before = try snapshot(path)
        for command in commands {
            let result = try CommandRunner.run(CommandRunner.diming, command)
            #expect(result.status != 0, "\(command.joined(separator: " ")) was not refused")
            #expect(result.stderr.contains(path) && result.stderr.contains(says), "\(command.joined(separator: " ")): \(result.stderr)")
            let after = try snapshot(path)
            #expect(after.0 == before.0, "\(command.joined(separator: " ")) changed the file")
            #expect(after.1 == before.1, "\(command.joined(separator: " ")) left \(after.1)")
        }
    }

    @Test(.enabled(if: TestTools.runs(needing: TestTools.ogr2ogr), "needs ogr2ogr from Debian's gdal-bin: run tools/setup.sh"))
    func aGeoPackageIsRefusedByEveryCommand() throws {
        try #require(TestTools.isInstalled(TestTools.ogr2ogr), "ogr2ogr is missing: install Debian's gdal-bin (tools/setup.sh)")
        let path = try Self.ogr2ogr(["GPKG", "-nln", "divisions"])
        try Self.expectRefused(Self.commands(path) + [["init", "--db", path]], on: path, saying: "is a GeoPackage")
        let result = try CommandRunner.diming("init", "--db", path)
        #expect(result.stderr.contains("ogr2ogr -f SQLite"))
    }

    @Test(.enabled(if: TestTools.runs(needing: TestTools.ogr2ogr), "needs ogr2ogr from Debian's gdal-bin: run tools/setup.sh"))
    func aSpatiaLiteFileOfAnotherToolIsRefusedAndInitRefusesTakenNames() throws {
        try #require(TestTools.isInstalled(TestTools.ogr2ogr), "ogr2ogr is missing: install Debian's gdal-bin (tools/setup.sh)")
        let path = try Self.ogr2ogr(["SQLite", "-dsco", "SPATIALITE=YES", "-nln", "divisions"])
        try Self.expectRefused(Self.commands(path), on: path, saying: "a SpatiaLite database made by another tool")
        try Self.expectRefused([["init", "--db", path]], on: path, saying: "already has divisions")
    }

    @Test(.enabled(if: TestTools.runs(needing: TestTools.ogr2ogr), "needs ogr2ogr from Debian's gdal-bin: run tools/setup.sh"))
    func initSetsUpASpatiaLiteFileOfAnotherToolBesideItsTables() throws {
        try #require(TestTools.isInstalled(TestTools.ogr2ogr), "ogr2ogr is missing: install Debian's gdal-bin (tools/setup.sh)")
        let path = try Self.ogr2ogr(["SQLite", "-dsco", "SPATIALITE=YES", "-nln", "counties"])
        try Self.expectRefused(Self.commands(path), on: path, saying: "a SpatiaLite database made by another tool")
        let setUp = try CommandRunner.diming("init", "--db", path)
        #expect(setUp.status == 0, "\(setUp.stderr)")
        let layers = try CommandRunner.diming("layers", "--db", path)
        #expect(layers.status == 0, "\(layers.stderr)")
        let imported = try CommandRunner.diming("import", "divisions", Self.districts, "--map", "code=adcode", "--db", path)
        #expect(imported.status == 0, "\(imported.stderr)")
        let ogrinfo = try CommandRunner.run(URL(fileURLWithPath: TestTools.ogrinfo), ["-so", "-al", path, "counties"])
        #expect(ogrinfo.stdout.contains("Feature Count: 13"), "\(ogrinfo.stdout)\(ogrinfo.stderr)")
    }

    @Test func aFileThatIsNotSQLiteIsRefusedByEveryCommand() throws {
        let path = try CommandRunner.temporaryDirectory().appendingPathComponent("notes.sqlite").path
        try Data(String(repeating: "not a database\n", count: 100).utf8).write(to: URL(fileURLWithPath: path))
        try Self.expectRefused(Self.commands(path) + [["init", "--db", path]], on: path, saying: "not an SQLite database")
    }
}
