import ArgumentParser
import DimingCore

extension Diming {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export a layer as RFC 7946 GeoJSON, a GeoJSON text sequence (RFC 8142), CSV with WKT, GeoPackage, Shapefile or KML.",
            discussion: """
                Output is streamed feature by feature. Coordinates are lon/lat rounded to 7 decimals, \
                polygons wound by the right-hand rule (exteriors counter-clockwise), no crs member.
                The format is --format, else the --out extension: .geojson or .json, .geojsonl, \
                .geojsons, .jsonl or .ndjson (a sequence), .csv, .gpkg, .shp, .kml. GeoPackage, \
                Shapefile and KML are written by GDAL into --out (an existing file is replaced): an \
                `id` field and the layer's columns, UTF-8 text (a Shapefile gets a .cpg saying \
                UTF-8), EPSG:4490 (KML: EPSG:4326, as KML requires). Any other extension (.gml, \
                .kmz, .txt without --format), or --format contradicting it, is refused and nothing \
                is written.
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The layer to export.")
        var layer: String

        @Option(help: "The file to write (default: standard output).")
        var out: String?

        @Option(help: "geojson, geojsonseq, csv, gpkg, shp or kml (default: from the --out extension, else geojson; gpkg, shp and kml need --out).")
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
            if out == nil && chosen.gdalDriver != nil { throw FormatError.needsFile(format: chosen) }
            let db = try database.open(.readOnly)
            let exporter = FeatureExporter(layer: try db.catalog.layer(named: layer), format: chosen,
                                           boundingBox: try bbox.map { try BoundingBox(parsing: $0) }, decimals: decimals,
                                           excel: excel)
            if let out {
                try exporter.run(from: db, toFile: out)
            } else {
                try exporter.run(from: db, to: FileSink.standardOutput())
            }
        }
    }
}
