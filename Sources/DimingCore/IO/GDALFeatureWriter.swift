import CGDAL
import Foundation

/// Writes one layer into a new GeoPackage, Shapefile or KML through GDAL: an `id` field, the
/// layer's columns as fields (UTF-8 text; a Shapefile gets a `.cpg` saying so), geometries from WKB,
/// in EPSG:4490 (KML: EPSG:4326, as KML requires; the coordinates are the same to a metre).
final class GDALFeatureWriter {
    private let path: String
    private let driver: GDALDriverH
    private var dataset: GDALDatasetH?
    private let layer: OGRLayerH
    /// The index of `id` and of each column's field: a driver may order them its own way (KML).
    private let fieldIndexes: [Int32]

    init(creating path: String, format: FeatureFormat, layer source: Layer) throws {
        GDAL.start()
        GDAL.resetErrors()
        self.path = path
        func failure(_ fallback: String) -> GDALError { GDALError(path: path, use: .write, reason: GDAL.lastError(.verbatim(fallback))) }
        guard let name = format.gdalDriver, let driver = GDALGetDriverByName(name) else { throw failure("GDAL has no \(format.rawValue) driver") }
        self.driver = driver
        // Replaced, as export replaces a GeoJSON or CSV file; GDAL removes a Shapefile's .shx, .dbf … with it.
        if FileManager.default.fileExists(atPath: path) && GDALDeleteDataset(driver, path) != CE_None {
            try FileManager.default.removeItem(atPath: path)
        }
        guard let dataset = GDALCreate(driver, path, 0, 0, 0, GDT_Unknown, nil) else { throw failure("GDAL cannot create the file") }
        self.dataset = dataset
        do {
            let reference = OSRNewSpatialReference(nil)
            defer { OSRDestroySpatialReference(reference) }
            OSRImportFromEPSG(reference, format == .kml ? 4326 : SpatialReference.storageSRID)
            OSRSetAxisMappingStrategy(reference, OAMS_TRADITIONAL_GIS_ORDER)
            let options = GDAL.stringList(format == .shp ? ["ENCODING=UTF-8"] : [])
            defer { CSLDestroy(options) }
            let type = OGRwkbGeometryType(rawValue: UInt32(source.geometryType.classCode))
            guard let layer = GDALDatasetCreateLayer(dataset, source.name, reference, type, options) else {
                throw failure("GDAL cannot create the layer \(source.name)")
            }
            self.layer = layer
            for (name, kind) in [("id", LayerColumn.Kind.text)] + source.columns.map({ ($0.name, $0.kind) }) {
                let field = OGR_Fld_Create(name, Self.fieldType(kind))
                defer { OGR_Fld_Destroy(field) }
                // A Shapefile's text fields are 80 bytes unless told: 26 Chinese characters.
                if format == .shp && kind == .text { OGR_Fld_SetWidth(field, 254) }
                guard OGR_L_CreateField(layer, field, 1) == OGRERR_NONE else { throw failure("GDAL cannot create the field \(name)") }
            }
            let definition = OGR_L_GetLayerDefn(layer)
            fieldIndexes = (["id"] + source.columns.map(\.name)).map { OGR_FD_GetFieldIndex(definition, $0) }
            // One transaction where the driver has them (GeoPackage): much faster.
            _ = GDALDatasetStartTransaction(dataset, 0)
        } catch {
            GDALClose(dataset)
            Self.remove(path, driver: driver)
            throw error
        }
    }

    private static func fieldType(_ kind: LayerColumn.Kind) -> OGRFieldType {
        switch kind {
        case .integer: OFTInteger64
        case .real: OFTReal
        case .text: OFTString
        }
    }

    func add(id: FeatureID, properties: [(name: String, value: PropertyValue)], wkb: Data) throws {
        let feature = OGR_F_Create(OGR_L_GetLayerDefn(layer))
        defer { OGR_F_Destroy(feature) }
        OGR_F_SetFieldString(feature, fieldIndexes[0], id.text)
        for (i, property) in properties.enumerated() {
            let index = fieldIndexes[i + 1]
            switch property.value {
            case .null: OGR_F_SetFieldNull(feature, index)
            case let .bool(b): OGR_F_SetFieldInteger64(feature, index, b ? 1 : 0)
            case let .integer(v): OGR_F_SetFieldInteger64(feature, index, v)
            case let .real(d): OGR_F_SetFieldDouble(feature, index, d)
            case let .string(s), let .json(s): OGR_F_SetFieldString(feature, index, s)
            }
        }
        var geometry: OGRGeometryH?
        let read = wkb.withUnsafeBytes { OGR_G_CreateFromWkb($0.baseAddress, nil, &geometry, Int32($0.count)) }
        guard read == OGRERR_NONE, let geometry else {
            throw GDALError(path: path, use: .write, reason: GDAL.lastError(Reason(IOMessages.cannotReadGeometry, ["id": id.text])))
        }
        OGR_F_SetGeometryDirectly(feature, geometry)
        guard OGR_L_CreateFeature(layer, feature) == OGRERR_NONE else {
            throw GDALError(path: path, use: .write, reason: GDAL.lastError(Reason(IOMessages.cannotWriteFeature, ["id": id.text])))
        }
    }

    /// Commits and closes the file; a failure removes it.
    func close() throws {
        guard let dataset else { return }
        GDAL.resetErrors()
        _ = GDALDatasetCommitTransaction(dataset)
        GDALClose(dataset)
        self.dataset = nil
        if GDAL.failed {
            let reason = GDAL.lastError(Reason(IOMessages.cannotFinish))
            discard()
            throw GDALError(path: path, use: .write, reason: reason)
        }
    }

    /// Closes and removes the file (and a Shapefile's other parts): no half-written output is left.
    func discard() {
        if let dataset { GDALClose(dataset) }
        dataset = nil
        Self.remove(path, driver: driver)
    }

    private static func remove(_ path: String, driver: GDALDriverH) {
        if GDALDeleteDataset(driver, path) != CE_None { try? FileManager.default.removeItem(atPath: path) }
    }

    deinit { if let dataset { GDALClose(dataset) } }
}
