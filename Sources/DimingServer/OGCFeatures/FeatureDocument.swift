import DimingCore
import Foundation

/// GeoJSON for a single item: the Feature with its links, written straight into bytes with the
/// core's RFC 7946 encoder (pages are ``StreamedFeatureCollection``).
enum FeatureDocument {
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
