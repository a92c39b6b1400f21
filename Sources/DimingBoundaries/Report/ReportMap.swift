import DimingCore
import Foundation

/// The report's vector map: the line and the markers on the Gauss-Krüger plane of the line's
/// zone, fitted into a box. The plane is the spherical transverse Mercator on the zone's central
/// meridian — conformal like the GK projection and within a pixel of it at this size.
struct ReportMap {
    static let width = 680.0, height = 420.0, margin = 30.0

    let report: InspectionReport
    private let centralMeridian: Double

    init(_ report: InspectionReport) {
        self.report = report
        var lon = 0.0, n = 0.0
        report.line.geometry.forEachPosition { lon += $0.lon; n += 1 }
        for marker in report.markers { lon += marker.position.lon; n += 1 }
        centralMeridian = Double(GaussKruger(zoneForLongitude: n > 0 ? lon / n : 111).centralMeridian)
    }

    /// Easting, northing in metres (sphere of radius 6 371 000 m).
    private func plane(_ p: Position) -> (e: Double, n: Double) {
        let r = 6_371_000.0, phi = p.lat * .pi / 180, dl = (p.lon - centralMeridian) * .pi / 180
        let b = cos(phi) * sin(dl)
        return (r * atanh(max(-0.999999, min(0.999999, b))), r * atan2(tan(phi), cos(dl)))
    }

    func svg(language: Language) -> String {
        let parts: [[Position]] = switch report.line.geometry {
        case let .lineString(l): [l]
        case let .multiLineString(ls): ls
        default: []
        }
        let points = parts.flatMap { $0 }.map(plane) + report.markers.map { plane($0.position) }
            + report.alongLine.map { plane($0.position) }
        guard let first = points.first else { return "" }
        var minE = first.e, maxE = first.e, minN = first.n, maxN = first.n
        for p in points { minE = min(minE, p.e); maxE = max(maxE, p.e); minN = min(minN, p.n); maxN = max(maxN, p.n) }
        let scale = min((Self.width - 2 * Self.margin) / max(maxE - minE, 1), (Self.height - 2 * Self.margin) / max(maxN - minN, 1))
        // Centred in the box: a line running north–south fills its height, not its width.
        let left = (Self.width - (maxE - minE) * scale) / 2, bottom = (Self.height - (maxN - minN) * scale) / 2
        func xy(_ p: Position) -> String {
            let q = plane(p)
            return String(format: "%.1f,%.1f", left + (q.e - minE) * scale, Self.height - bottom - (q.n - minN) * scale)
        }
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" class="map" viewBox="0 0 \(Int(Self.width)) \(Int(Self.height))" role="img" \
            aria-label="\(HTMLText.escape(ReportMessages.map.text(.zh) + " / " + ReportMessages.map.text(.en)))">
            <rect x="0" y="0" width="\(Int(Self.width))" height="\(Int(Self.height))" fill="#fff" stroke="#999"/>

            """
        for part in parts where part.count > 1 {
            svg += "<path class=\"line\" d=\"M" + part.map(xy).joined(separator: " L") + "\" fill=\"none\" stroke=\"#6a3d9a\" stroke-width=\"2.5\" stroke-dasharray=\"10 3 2 3\"/>\n"
        }
        for finding in report.alongLine {
            let at = xy(finding.position).split(separator: ",")
            svg += "<rect class=\"along\" x=\"\(Double(at[0])! - 5)\" y=\"\(Double(at[1])! - 5)\" width=\"10\" height=\"10\" fill=\"#1f78b4\">"
                + "<title>\(HTMLText.escape(finding.kind.label.zh + " " + finding.kind.label.en))</title></rect>\n"
        }
        for (marker, finding) in report.markerRows {
            let at = xy(marker.position).split(separator: ",")
            let kind = finding?.kind.markerCondition
            svg += "<circle class=\"marker \(kind?.rawValue ?? "not-inspected")\" cx=\"\(at[0])\" cy=\"\(at[1])\" r=\"6\" fill=\"\(Self.colour(kind))\" stroke=\"#333\">"
                + "<title>\(HTMLText.escape(marker.number))</title></circle>"
                + "<text x=\"\(Double(at[0])! + 8)\" y=\"\(Double(at[1])! - 8)\" font-size=\"11\">\(HTMLText.escape(marker.number))</text>\n"
        }
        return svg + "</svg>"
    }

    /// intact green, damaged orange, moved red, missing black, not inspected white.
    static func colour(_ condition: MarkerCondition?) -> String {
        switch condition {
        case .intact: "#1a9850"
        case .damaged: "#f58220"
        case .moved: "#d73027"
        case .missing: "#000000"
        case nil: "#ffffff"
        }
    }
}
