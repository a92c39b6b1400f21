import DimingCore
import Foundation

/// GeoJSON for the items resources: a FeatureCollection page with the OGC members
/// (`numberReturned`, `numberMatched`, `timeStamp`, `links`) and a single Feature with its
/// links, written straight into bytes with the core's RFC 7946 encoder.
enum FeatureDocument {
    static func collection(_ page: FeaturePage, links: [Link], timeStamp: Date, swapAxes: Bool = false) -> [UInt8] {
        let encoder = GeoJSONEncoder()
        var out = JSONOutput(capacity: 1 << 16)
        out.append("{\"type\":\"FeatureCollection\",\"features\":[")
        for (i, feature) in page.features.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            encoder.appendFeature(id: feature.id, properties: feature.properties,
                                  geometry: swapAxes ? feature.geometry?.axisSwapped : feature.geometry, to: &out)
        }
        out.append("],\"numberReturned\":")
        out.appendInteger(Int64(page.features.count))
        if let matched = page.numberMatched {
            out.append(",\"numberMatched\":")
            out.appendInteger(Int64(matched))
        }
        out.append(",\"timeStamp\":")
        out.appendString(CollectionDocument.timestamp(timeStamp))
        out.append(",\"links\":")
        JSONValue.array(links.map(\.json)).write(to: &out)
        out.append(UInt8(ascii: "}"))
        return out.bytes
    }

    static func feature(_ feature: LayerFeature, links: [Link], swapAxes: Bool = false) -> [UInt8] {
        var out = JSONOutput(capacity: 1 << 14)
        GeoJSONEncoder().appendFeature(id: feature.id, properties: feature.properties,
                                       geometry: swapAxes ? feature.geometry?.axisSwapped : feature.geometry, to: &out)
        // appendFeature closes the object; reopen it to add the OGC links member.
        out.bytes.removeLast()
        out.append(",\"links\":")
        JSONValue.array(links.map(\.json)).write(to: &out)
        out.append(UInt8(ascii: "}"))
        return out.bytes
    }
}
