import ArgumentParser
import DimingCore

extension Diming {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an empty database, or bring an existing one's schema up to date.",
            discussion: "Creates every layer with its registered geometry column, SRID 4490 and spatial index. Running it again on an existing file only applies new migrations.")

        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let db = try database.open(create: true)
            print("\(db.path): \(try db.appliedMigrations().count) migrations applied, layers: \(db.catalog.layers.map(\.name).joined(separator: ", "))")
        }
    }
}
