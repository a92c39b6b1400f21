import Foundation
import GRDB

/// The demo database: the real Yichang county boundaries and the synthetic Yidu townships,
/// roads, house numbers, shelters and places from `gazetteer/` (see its README for which is
/// which). Loading replaces the demo layers in one transaction, so running it twice gives the
/// same database.
public enum DemoDataset {
    /// One file of the demo and how it maps onto a layer.
    public struct Part: Sendable {
        public var file: String
        public var layer: Layer
        public var options: ImportOptions
    }

    /// In dependency order: divisions before the layers that reference them.
    public static let parts: [Part] = [
        Part(file: "yichang-city.geojson", layer: .divisions, options: ImportOptions()),
        Part(file: "yichang-districts.geojson", layer: .divisions,
             options: ImportOptions(propertyMap: ["code": "adcode"], defaults: ["level": .string("county")])),
        Part(file: "yidu-townships.geojson", layer: .divisions, options: ImportOptions()),
        Part(file: "lucheng-roads.geojson", layer: .roads, options: ImportOptions()),
        Part(file: "lucheng-addresses.geojson", layer: .addresses, options: ImportOptions()),
        Part(file: "lucheng-shelters.geojson", layer: .shelters, options: ImportOptions()),
        Part(file: "yidu-places.geojson", layer: .places, options: ImportOptions()),
    ]

    /// Loads the demo from `directory` into `database`, replacing the demo layers' contents.
    public static func load(from directory: URL, into database: DimingDatabase) throws -> [ImportSummary] {
        let sources = try parts.map { part in
            try FeatureSource(path: directory.appendingPathComponent(part.file).path, format: .geojson)
        }
        return try database.write { db in
            // Referencing layers first, so that no row points at a division being removed.
            let demoLayers = Set(parts.map(\.layer.name))
            for layer in database.catalog.layers.reversed() where demoLayers.contains(layer.name) {
                try db.execute(sql: "DELETE FROM \(layer.name.quotedDatabaseIdentifier)")
            }
            let summaries = try zip(parts, sources).map { part, source in
                try FeatureImporter(layer: part.layer, options: part.options).importFeatures(source, in: db)
            }
            // The demo is a county's deployment (its townships) beside its neighbours' outlines:
            // the map opens on that county, not on the whole city.
            if try db.tableExists(SettingRecord.databaseTableName), let county = try HomeView.countyOfTownships(in: db) {
                try SettingsStore.set(.homeDivision, to: county, in: db)
            }
            for provenance in DemoProvenance.sources { try provenance.record(in: db) }
            return summaries
        }
    }

    /// The `gazetteer/` folder: `DIMING_DATA`, `./gazetteer`, or beside the diming build.
    public static func locateDirectory(executable: String = CommandLine.arguments[0]) -> URL? {
        BundledFolder.locate("gazetteer", environmentVariable: "DIMING_DATA", marker: "yichang-districts.geojson",
                             executable: executable)
    }
}
