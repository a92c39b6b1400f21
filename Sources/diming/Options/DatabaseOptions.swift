import ArgumentParser
import DimingCore
import DimingServer
import Foundation

/// `--db PATH`, shared by every command that opens the store.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        HelpMessages.db.localized(),
        discussion: HelpMessages.dbDiscussion.localized(["path": DimingDatabase.defaultPath]),
        valueName: "path"))
    var db: String?

    var path: String {
        db ?? ProcessInfo.processInfo.environment["DIMING_DB"] ?? DimingDatabase.defaultPath
    }

    /// Opens the store for what the command does: `.readOnly` never writes (nor migrates),
    /// `.readWrite` brings the schema up to date, `.create` also makes a new file, `.setUp`
    /// (`init`) also sets up another tool's SpatiaLite file (``DatabaseAccess``).
    func open(_ access: DatabaseAccess) throws -> DimingDatabase {
        try DimingDatabase(path: path, modules: DimingModule.application, access: access)
    }
}
