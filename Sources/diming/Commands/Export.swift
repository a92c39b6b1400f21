import ArgumentParser
import DimingCore

extension Diming {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export a layer as RFC 7946 GeoJSON, a GeoJSON text sequence (RFC 8142) or CSV with WKT.",
            discussion: """
                Output is streamed feature by feature. Coordinates are lon/lat rounded to 7 decimals, \
                polygons wound by the right-hand rule (exteriors counter-clockwise), no crs member.
                The format is --format, else the --out extension: .geojson or .json, .geojsonl, \
                .geojsons, .jsonl or .ndjson (a sequence), .csv. Any other extension (.shp, .kml, \
                .gpkg, .txt without --format), or --format contradicting it, is refused and nothing \
                is written: GeoPackage, Shapefile and KML go through ogr2ogr from the GeoJSON for now \
                (GDAL support is planned).
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The layer to export.")
        var layer: String

        @Option(help: "The file to write (default: standard output).")
        var out: String?

        @Option(help: "geojson, geojsonseq or csv (default: from the --out extension, else geojson).")
        var format: FeatureFormat?

        @Option(help: ArgumentHelp("Only features intersecting minLon,minLat,maxLon,maxLat (minLon > maxLon crosses the antimeridian).", valueName: "bbox"))
        var bbox: String?

        @Option(help: "Decimal places of coordinates (0-9).")
        var decimals = 7

        @Flag(help: "CSV for Excel: start with a UTF-8 byte order mark, so that Excel shows Chinese right.")
        var excel = false

        func validate() throws {
            guard (0...9).contains(decimals) else { throw ValidationError("--decimals must be 0 to 9") }
        }

        func run() throws {
            let chosen = try out.map { try FeatureFormat.forPath($0, explicit: format, use: .write) } ?? format ?? .geojson
            if excel && chosen != .csv { throw FormatError.excelNeedsCSV(format: chosen) }
            let db = try database.open(.readOnly)
            let exporter = FeatureExporter(layer: try db.catalog.layer(named: layer), format: chosen,
                                           boundingBox: try bbox.map { try BoundingBox(parsing: $0) }, decimals: decimals,
                                           excel: excel)
            try exporter.run(from: db, to: try out.map { try FileSink(path: $0) } ?? FileSink.standardOutput())
        }
    }
}
