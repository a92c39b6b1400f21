import CGDAL
import Foundation

/// Reads the features of a GeoPackage, Shapefile or KML through GDAL, for the same checked,
/// all-or-nothing import as GeoJSON and CSV: fields are properties by name (a field `id` is the
/// feature's id, as diming exports it), geometries in lon/lat (a projected layer is transformed
/// to EPSG:4490). Any GDAL error, also one in the middle of the layer, refuses the file.
struct GDALFeatureReader {
    let path: String
    let format: FeatureFormat
    /// The layer to take from a file that holds several (a GeoPackage): the one of this name.
    var preferredLayer: String?

    private func failure(_ fallback: String) -> GDALError {
        GDALError(path: path, use: .read, reason: GDAL.lastError(.verbatim(fallback)))
    }

    func forEachFeature(_ body: (Int, Feature) throws -> Void) throws {
        GDAL.start()
        GDAL.resetErrors()
        if format == .shp { try checkShapefileParts() }
        // LIBKML first: GDAL's own KML reader drops a Placemark's ExtendedData.
        let drivers = GDAL.stringList(format == .kml ? ["LIBKML", "KML"] : format.gdalDriver.map { [$0] } ?? [])
        defer { CSLDestroy(drivers) }
        let allowed = UnsafeRawPointer(drivers).map { $0.assumingMemoryBound(to: UnsafePointer<CChar>?.self) }
        guard let dataset = GDALOpenEx(path, UInt32(GDAL_OF_VECTOR | GDAL_OF_READONLY), allowed, nil, nil) else {
            throw failure("GDAL cannot open it as \(format.rawValue)")
        }
        defer { GDALClose(dataset) }
        let layer = try chooseLayer(in: dataset)
        let definition = OGR_L_GetLayerDefn(layer)
        let fields = (0..<OGR_FD_GetFieldCount(definition)).map { i in
            let field = OGR_FD_GetFieldDefn(definition, i)
            return (name: propertyName(String(cString: OGR_Fld_GetNameRef(field))), type: OGR_Fld_GetType(field))
        }
        let idIndex = fields.firstIndex { $0.name == "id" }
        let transform = try lonLatTransform(of: layer)
        defer { if let transform { OCTDestroyCoordinateTransformation(transform) } }
        OGR_L_ResetReading(layer)
        GDAL.resetErrors()
        var number = 0
        while let feature = OGR_L_GetNextFeature(layer) {
            defer { OGR_F_Destroy(feature) }
            number += 1
            var properties = [String: PropertyValue]()
            var id: FeatureID?
            for (i, field) in fields.enumerated() {
                let index = Int32(i)
                let value = Self.value(of: feature, index, field.type)
                if i == idIndex {
                    if case let .string(text) = value, !text.isEmpty { id = .string(text) }
                    else if case let .integer(n) = value { id = .integer(n) }
                } else if format == .kml && Self.kmlStyle.contains(field.name)
                            || format == .kml && Self.kmlStandard.contains(field.name) && (value == .null || value == .string("")) {
                    continue   // KML's own fields: no column of a layer, and noise in "ignored properties"
                } else {
                    properties[field.name] = value
                }
            }
            let geometry = try self.geometry(of: feature, number: number, transform: transform)
            try body(number, Feature(id: id, properties: properties, geometry: geometry))
        }
        if GDAL.failed { throw failure("GDAL stopped reading after feature \(number)") }
    }

    /// How a KML Placemark is drawn: never data.
    private static let kmlStyle: Set = ["altitudeMode", "tessellate", "extrude", "visibility", "drawOrder", "icon"]
    /// KML's other standard fields: kept when a file fills them (for --map).
    private static let kmlStandard: Set = ["name", "description", "timestamp", "begin", "end", "snippet"]

    /// KML's standard fields are `Name` and `Description`; diming's columns are lower case.
    private func propertyName(_ field: String) -> String {
        format == .kml && ["Name", "Description"].contains(field) ? field.lowercased() : field
    }

    private static func value(of feature: OGRFeatureH, _ index: Int32, _ type: OGRFieldType) -> PropertyValue {
        guard OGR_F_IsFieldSetAndNotNull(feature, index) != 0 else { return .null }
        switch type {
        case OFTInteger, OFTInteger64: return .integer(OGR_F_GetFieldAsInteger64(feature, index))
        case OFTReal: return .real(OGR_F_GetFieldAsDouble(feature, index))
        default: return .string(String(cString: OGR_F_GetFieldAsString(feature, index)))
        }
    }

    private func geometry(of feature: OGRFeatureH, number: Int, transform: OGRCoordinateTransformationH?) throws -> Geometry? {
        guard let stored = OGR_F_GetGeometryRef(feature), let geometry = OGR_G_Clone(stored) else { return nil }
        defer { OGR_G_DestroyGeometry(geometry) }
        OGR_G_FlattenTo2D(geometry)   // KML's points carry a height diming does not keep
        if let transform, OGR_G_Transform(geometry, transform) != OGRERR_NONE {
            throw ImportError.invalidFeature(feature: number, field: "geometry", reason: GDAL.lastError(Reason(IOMessages.cannotTransform)))
        }
        var text: UnsafeMutablePointer<CChar>?
        guard OGR_G_ExportToIsoWkt(geometry, &text) == OGRERR_NONE, let text else {
            throw ImportError.invalidFeature(feature: number, field: "geometry", reason: GDAL.lastError(Reason(IOMessages.cannotWriteWKT)))
        }
        defer { VSIFree(text) }
        do {
            return try WKTReader.parse(String(cString: text))
        } catch {
            throw ImportError.invalidFeature(feature: number, field: "geometry", reason: .problem(error))
        }
    }

    /// The only layer, or the one named `preferredLayer`.
    private func chooseLayer(in dataset: GDALDatasetH) throws -> OGRLayerH {
        let count = GDALDatasetGetLayerCount(dataset)
        let layers = (0..<count).compactMap { GDALDatasetGetLayer(dataset, $0) }
        if layers.count == 1 { return layers[0] }
        let names = layers.map { String(cString: OGR_L_GetName($0)) }
        if let preferredLayer, let index = names.firstIndex(of: preferredLayer) { return layers[index] }
        guard !layers.isEmpty else { throw GDALError(path: path, use: .read, reason: Reason(IOMessages.noLayer)) }
        throw GDALError(path: path, use: .read, reason: Reason(FileIOMessages.whichLayer, [
            "count": String(layers.count), "names": names.joined(separator: ", "), "layer": preferredLayer ?? "-",
        ]))
    }

    /// nil for lon/lat data (taken as they are, as GeoJSON is); else a transformation to EPSG:4490.
    private func lonLatTransform(of layer: OGRLayerH) throws -> OGRCoordinateTransformationH? {
        guard let source = OGR_L_GetSpatialRef(layer), OSRIsGeographic(source) == 0 else { return nil }
        let target = OSRNewSpatialReference(nil)
        defer { OSRDestroySpatialReference(target) }
        OSRImportFromEPSG(target, SpatialReference.storageSRID)
        OSRSetAxisMappingStrategy(target, OAMS_TRADITIONAL_GIS_ORDER)
        guard let transform = OCTNewCoordinateTransformation(source, target) else {
            throw failure("GDAL cannot transform its coordinate system to EPSG:\(SpatialReference.storageSRID)")
        }
        return transform
    }

    /// GDAL opens a .shp whose .dbf is missing, with no fields: refused instead, naming the part.
    private func checkShapefileParts() throws {
        let base = (path as NSString).deletingPathExtension
        let files = (try? FileManager.default.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent.isEmpty
            ? "." : (path as NSString).deletingLastPathComponent)) ?? []
        let stem = (base as NSString).lastPathComponent
        for part in ["shx", "dbf"] where !files.contains(where: { $0.lowercased() == "\(stem).\(part)".lowercased() }) {
            throw GDALError(path: path, use: .read, reason: Reason(FileIOMessages.shapefilePartMissing, ["part": "\(stem).\(part)"]))
        }
    }
}
