import DimingCore
import Foundation
import GRDB
import Testing

/// Every command that writes goes through Diming's marked write path: after a whole workflow
/// the audit log holds no entry of account `file` (what the file's triggers write for another
/// program's changes), while one edit by ogrinfo shows up as exactly one.
@Suite struct FileGuardCommandTests {
    func fileEntries(_ db: String) throws -> [AuditEntry] {
        try DimingDatabase(path: db, access: .readOnly).pool.read { db in
            try AuditLog.entries(AuditLog.Query(account: "file"), in: db).entries
        }
    }

    @Test(.enabled(if: TestTools.runs(needing: TestTools.ogrinfo), "needs ogrinfo from Debian's gdal-bin: run tools/setup.sh"))
    func aWholeWorkflowOfCommandsLeavesNoFileEntry() throws {
        try #require(TestTools.isInstalled(TestTools.ogrinfo), "ogrinfo is missing: install Debian's gdal-bin (tools/setup.sh)")
        let directory = try CommandRunner.temporaryDirectory()
        let db = directory.appendingPathComponent("w.sqlite").path
        let user = ["USER": "clerk"]
        func run(_ arguments: String..., stdin: String? = nil) throws {
            let result = try CommandRunner.run(CommandRunner.diming, arguments, stdin: stdin, environment: user, in: CommandRunner.packageRoot)
            #expect(result.status == 0, "diming \(arguments.joined(separator: " ")): \(result.stderr)")
        }
        try run("init", "--db", db)
        try run("demo", "--db", db)
        try run("demo", "--db", db)
        let places = directory.appendingPathComponent("places.geojson").path
        try run("export", "places", "--db", db, "--out", places)
        try run("import", "places", places, "--db", db, "--replace")
        let newPlace = #"{"type":"Feature","properties":{"name":"新村","division":"420581001"},"geometry":{"type":"Point","coordinates":[111.45,30.39]}}"#
        try run("import", "places", "-", "--db", db, stdin: newPlace)
        try run("config", "metric_srid", "4546", "--db", db)
        try run("user", "add", "zhao", "--role", "placename_officer", "--db", db)
        try run("user", "token", "zhao", "--db", db)
        try run("user", "revoke", "--all", "zhao", "--db", db)
        try run("layers", "--db", db)
        try run("locate", "--db", db, "111.45", "30.39")
        #expect(try fileEntries(db).isEmpty)

        let rename = try CommandRunner.run(URL(fileURLWithPath: TestTools.ogrinfo),
                                           [db, "-q", "-dialect", "SQLite", "-sql", "UPDATE places SET name = '新村二' WHERE name = '新村'"])
        #expect(rename.status == 0, "\(rename.stderr)")
        let entries = try fileEntries(db)
        #expect(entries.map(\.action) == ["feature.update"])
        #expect(entries.first?.layer == "places")
    }
}
