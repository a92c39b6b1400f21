import ArgumentParser
import DimingCore

extension Diming {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an empty database, or bring an existing one's schema up to date.",
            discussion: "Creates every layer with its registered geometry column, SRID 4490 and spatial index. Running it again on an existing file only applies new migrations. A SpatiaLite file from another tool (e.g. ogr2ogr) gets Diming's tables beside its own in one transaction, unless one of their names is taken there (then nothing changes); a GeoPackage is refused.")

        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let db = try database.open(.setUp)
            print("\(db.path): \(try db.appliedMigrations().count) migrations applied, layers: \(db.catalog.layers.map(\.name).joined(separator: ", "))")
        }
    }
}
