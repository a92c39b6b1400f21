import DimingCore
import Foundation

/// The metadata of one collection (`/collections/{id}` and each entry of `/collections`):
/// id, title, description, extent in CRS84 (and time when the layer has it), CRSs, links.
struct CollectionDocument: Sendable {
    let layer: Layer
    let statistics: LayerStatistics
    let temporalExtent: (start: Date?, end: Date?)?
    let origin: String
    /// Where the data come from, when recorded (``LayerSource``).
    var provenance: LayerSource? = nil

    var json: JSONValue {
        let base = "\(origin)/collections/\(layer.name)"
        var extent: [(String, JSONValue)] = []
        if let box = statistics.extent {
            extent.append(("spatial", [
                "bbox": .array([.array([box.minLon, box.minLat, box.maxLon, box.maxLat].map { .number(Self.rounded($0)) })]),
                "crs": .string(CRSURI.crs84),
            ]))
        }
        if let temporalExtent {
            extent.append(("temporal", [
                "interval": .array([.array([temporalExtent.start, temporalExtent.end].map { $0.map { .string(Self.timestamp($0)) } ?? .null })]),
                "trs": .string(CRSURI.gregorian),
            ]))
        }
        return Self.adding(provenance, to: [
            "id": .string(layer.name),
            "title": .string(layer.title),
            "description": .string(layer.summary),
            "itemType": "feature",
            "extent": .object(extent),
            "crs": .array(CRSParameters.supported.map { .string($0) }),
            "storageCrs": .string(CRSURI.cgcs2000),
            "links": .array([
                Link(href: base + "?f=json", rel: "self", type: MediaTypes.json, title: "\(layer.title) JSON"),
                Link(href: base + "?f=html", rel: "alternate", type: MediaTypes.htmlLink, title: "\(layer.title) 网页"),
                Link(href: base + "/items?f=json", rel: "items", type: MediaTypes.geoJSON, title: "\(layer.title) GeoJSON"),
                Link(href: base + "/items?f=html", rel: "items", type: MediaTypes.htmlLink, title: "\(layer.title) 要素网页"),
            ].map(\.json)),
            "x-diming": LayerMetadata.json(layer),
        ])
    }

    /// Extents come from 32-bit R*Tree bounds; 7 decimals (about 1 cm) is all they carry.
    static func rounded(_ value: Double) -> Double {
        (value * 1e7).rounded() / 1e7
    }

    /// RFC 3339 in UTC; the value-type format style, since a formatter object per request
    /// (ICU underneath) cost a tenth of an items request.
    static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle())
    }
}
