import ArgumentParser
import DimingCore
import Foundation

/// `--db PATH`, shared by every command that opens the store.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The SpatiaLite database file.",
        discussion: "Defaults to $DIMING_DB, else ./\(DimingDatabase.defaultPath).",
        valueName: "path"))
    var db: String?

    var path: String {
        db ?? ProcessInfo.processInfo.environment["DIMING_DB"] ?? DimingDatabase.defaultPath
    }

    /// Opens (and migrates) the store; `create` makes a new file when none exists.
    func open(create: Bool = false) throws -> DimingDatabase {
        try DimingDatabase(path: path, create: create)
    }
}
