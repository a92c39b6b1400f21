import Foundation
import GRDB
@testable import DimingCore

/// Another program writing the file: GDAL's tools as a user runs them, or a plain SQLite
/// connection with SpatiaLite loaded (what the spatialite shell and QGIS open), never Diming's
/// write path.
enum OutsideProgram {
    static let ogrinfo = "/usr/bin/ogrinfo"

    struct Result {
        var status: Int32
        var output: String
    }

    /// Runs a GDAL program; stdout and stderr together.
    static func run(_ tool: String, _ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    /// `ogrinfo FILE -dialect SQLite -sql SQL`: one statement, as an officer would type it.
    static func sql(_ statement: String, on path: String) throws -> Result {
        try run(ogrinfo, [path, "-q", "-dialect", "SQLite", "-sql", statement])
    }

    /// `ogr2ogr -append -nln LAYER FILE GEOJSON` with the GeoJSON text written to a file first.
    static func append(_ geojson: String, to layer: String, of path: String, extra: [String] = []) throws -> Result {
        let file = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("append-\(UUID().uuidString).geojson")
        try Data(geojson.utf8).write(to: file)
        return try run(TestTools.ogr2ogr, ["-append", "-nln", layer] + extra + [path, file.path])
    }

    /// A plain connection with SpatiaLite loaded and no Diming write mark.
    static func connection(to path: String) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.prepareDatabase { db in try SpatiaLiteConnection.prepare(db) }
        return try DatabaseQueue(path: path, configuration: configuration)
    }

    /// Every row of a table as text, geometry as hex, in id order: equal before and after means unchanged.
    static func content(of table: String, in path: String) throws -> [String] {
        try DatabaseQueue(path: path).read { db in
            try Row.fetchAll(db, sql: "SELECT *, hex(geom) FROM \(table.quotedDatabaseIdentifier) ORDER BY id").map(\.description)
        }
    }

    /// The audit entries an outside program caused, oldest first.
    static func fileEntries(in path: String) throws -> [AuditEntry] {
        try DatabaseQueue(path: path).read { db in
            try AuditEntry.filter(AuditEntry.Columns.account == FileGuards.account).order(AuditEntry.Columns.id).fetchAll(db)
        }
    }
}
