/// Writes a stream of features in one ``FeatureFormat``: a header, each feature, a trailer.
public protocol FeatureFormatWriter {
    mutating func begin(columns: [String], to out: inout JSONOutput)
    mutating func feature(id: FeatureID, properties: [(name: String, value: PropertyValue)], geometry: Geometry, to out: inout JSONOutput)
    mutating func end(to out: inout JSONOutput)
}

extension FeatureFormat {
    /// A streaming writer for this format, coordinates rounded to `decimals`; nil for the
    /// formats GDAL writes into a file (``gdalDriver``).
    public func writer(decimals: Int = 7) -> (any FeatureFormatWriter)? {
        switch self {
        case .geojson: GeoJSONCollectionWriter(encoder: GeoJSONEncoder(decimals: decimals))
        case .geojsonseq: GeoJSONSequenceWriter(encoder: GeoJSONEncoder(decimals: decimals))
        case .csv: CSVFeatureWriter(decimals: decimals)
        case .gpkg, .shp, .kml: nil
        }
    }
}

/// An RFC 7946 FeatureCollection, one feature per line.
public struct GeoJSONCollectionWriter: FeatureFormatWriter {
    public var encoder: GeoJSONEncoder
    private var first = true

    public init(encoder: GeoJSONEncoder) { self.encoder = encoder }

    public mutating func begin(columns: [String], to out: inout JSONOutput) {
        out.append("{\"type\":\"FeatureCollection\",\"features\":[\n")
    }

    public mutating func feature(id: FeatureID, properties: [(name: String, value: PropertyValue)], geometry: Geometry, to out: inout JSONOutput) {
        if !first { out.append(",\n") }
        first = false
        encoder.appendFeature(id: id, properties: properties, geometry: geometry, to: &out)
    }

    public mutating func end(to out: inout JSONOutput) {
        out.append("\n]}\n")
    }
}

/// RFC 8142: each feature preceded by RS (0x1E) and followed by LF.
public struct GeoJSONSequenceWriter: FeatureFormatWriter {
    public var encoder: GeoJSONEncoder

    public init(encoder: GeoJSONEncoder) { self.encoder = encoder }

    public mutating func begin(columns: [String], to out: inout JSONOutput) {}

    public mutating func feature(id: FeatureID, properties: [(name: String, value: PropertyValue)], geometry: Geometry, to out: inout JSONOutput) {
        out.append(0x1E)
        encoder.appendFeature(id: id, properties: properties, geometry: geometry, to: &out)
        out.append(0x0A)
    }

    public mutating func end(to out: inout JSONOutput) {}
}

/// CSV: `id`, the layer's columns, then the geometry as WKT; RFC 4180 quoting.
public struct CSVFeatureWriter: FeatureFormatWriter {
    public var decimals: Int

    public init(decimals: Int) { self.decimals = decimals }

    public mutating func begin(columns: [String], to out: inout JSONOutput) {
        for name in ["id"] + columns {
            field(name, &out)
            out.append(UInt8(ascii: ","))
        }
        out.append("wkt\n")
    }

    public mutating func feature(id: FeatureID, properties: [(name: String, value: PropertyValue)], geometry: Geometry, to out: inout JSONOutput) {
        switch id {
        case let .integer(i): out.appendInteger(i)
        case let .string(s): field(s, &out)
        }
        for (_, value) in properties {
            out.append(UInt8(ascii: ","))
            switch value {
            case .null: break
            case let .bool(b): out.append(b ? "true" : "false")
            case let .integer(i): out.appendInteger(i)
            case let .real(d): out.appendDouble(d)
            case let .string(s), let .json(s): field(s, &out)
            }
        }
        out.append(",\"")
        WKTWriter.append(geometry, decimals: decimals, to: &out)
        out.append("\"\n")
    }

    public mutating func end(to out: inout JSONOutput) {}

    private func field(_ text: String, _ out: inout JSONOutput) {
        out.appendRaw(CSVField.quoted(text))
    }
}

import Foundation
