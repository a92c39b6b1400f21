import ArgumentParser
import DimingCore
import Foundation

extension Diming {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import features from GeoJSON, a GeoJSON text sequence, CSV, GeoPackage, Shapefile or KML into a layer.",
            discussion: """
                Properties are matched to the layer's columns by name; a feature's `id` (a CSV \
                column `id`) is kept when it is a UUID. Every feature is checked — JSON syntax, \
                types, closed rings, coordinate ranges and lon/lat order, GEOS validity, the layer's \
                rules and references — and the first bad feature rejects the whole file: nothing is \
                written. CSV takes the geometry as WKT in a `wkt` column, or `lon` and `lat` columns \
                for points. GeoPackage, Shapefile and KML are read by GDAL: fields are matched \
                by name like properties (a Shapefile's names are cut to 10 characters: the layers' \
                columns are all shorter; use --map for others), a projected layer is transformed to \
                lon/lat, and a GeoPackage holding several layers gives the one named like the target \
                layer. Each import is recorded in the audit log as local:<user>.

                Divisions (行政区划): level and parent follow from the code when absent, and an \
                inferred parent need not exist; a given parent must contain the code and be in the \
                database or anywhere in the same file. House numbers (门牌): give road_id, or road \
                naming exactly one road (in the same division when several share the name).

                The layers and their columns (* required):
                """ + "\n" + LayerHelp.columns)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: ArgumentHelp("The layer to import into: " + LayerHelp.names + "."))
        var layer: String

        @Argument(help: "The file to read; - for standard input (give --format for a sequence or CSV there).")
        var file: String

        @Option(help: "geojson, geojsonseq, csv, gpkg, shp or kml (default: from the file's extension; unknown ones are refused; standard input is sniffed).")
        var format: FeatureFormat?

        @Option(help: "The text's encoding: auto (UTF-8 when the bytes are UTF-8, else GB18030), utf-8 or gb18030 (also GBK, GB2312: what Chinese Excel saves).")
        var encoding: TextEncoding = .auto

        @Option(name: .customLong("map"), help: ArgumentHelp("Take a column from a differently named property, e.g. code=adcode.", valueName: "column=property"))
        var mappings: [String] = []

        @Option(name: .customLong("set"), help: ArgumentHelp("A value for a column that features leave empty, e.g. level=county.", valueName: "column=value"))
        var defaults: [String] = []

        @Flag(help: "Empty the layer first (in the same transaction).")
        var replace = false

        @Flag(help: "Replace features whose id already exists (a division's code, another feature's UUID) instead of refusing them.")
        var upsert = false

        @Flag(help: "Skip the GEOS validity check (self-intersections, bad holes).")
        var noValidityCheck = false

        func validate() throws {
            if replace && upsert { throw ValidationError("--replace empties the layer; --upsert then has nothing to update: give one of them") }
        }

        func run() throws {
            let db = try database.open(.readWrite)
            let target = try db.catalog.layer(named: layer)
            let options = ImportOptions(format: format, propertyMap: try Self.pairs(mappings, "--map"),
                                        defaults: try Self.pairs(defaults, "--set").mapValues(PropertyValue.string),
                                        replace: replace, checkValidity: !noValidityCheck, upsert: upsert,
                                        auditUser: LocalUser.name)
            let source = try FeatureSource(path: file, format: format, encoding: encoding)
            // Progress for large files, on a terminal only, so that logs stay clean.
            let showProgress = source.bytes.count > 10_000_000 && isatty(STDERR_FILENO) == 1
            let summary = try FeatureImporter(layer: target, options: options).run(source, into: db) { count in
                if showProgress { FileHandle.standardError.write(Data("\r\(count) features…".utf8)) }
            }
            if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            var line = "\(summary.layer): \(summary.inserted) features imported"
            if upsert { line += ", \(summary.updated) updated" }
            if replace { line += ", \(summary.removed) replaced" }
            print(line)
            if !summary.ignoredProperties.isEmpty {
                FileHandle.standardError.write(Data("ignored properties (no such column): \(summary.ignoredProperties.joined(separator: ", "))\n".utf8))
            }
        }

        static func pairs(_ items: [String], _ option: String) throws -> [String: String] {
            var result = [String: String]()
            for item in items {
                guard let eq = item.firstIndex(of: "="), eq != item.startIndex else {
                    throw ValidationError("\(option) takes column=value, got \"\(item)\"")
                }
                result[String(item[..<eq])] = String(item[item.index(after: eq)...])
            }
            return result
        }
    }
}

extension FeatureFormat: ExpressibleByArgument {}

extension TextEncoding: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
}
