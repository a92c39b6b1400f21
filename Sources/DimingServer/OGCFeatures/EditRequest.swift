import DimingCore
import Foundation
import Hummingbird

/// Parsing the bodies and headers of Part 4's write requests.
enum EditRequest {
    /// GeoJSON (`application/geo+json` or `application/json`); PATCH also takes
    /// `application/merge-patch+json`. A missing Content-Type is taken as GeoJSON.
    static func checkContentType(_ header: String?, mergePatch: Bool) throws {
        guard let header else { return }
        let type = MediaTypes.essence(of: header)
        var accepted = [MediaTypes.geoJSON, MediaTypes.json]
        if mergePatch { accepted.append("application/merge-patch+json") }
        guard accepted.contains(type) else {
            throw ServerProblem.http(status: 415, reason: "Unsupported Media Type",
                                     message: "Content-Type \(type) is not accepted here; send \(accepted.joined(separator: " or "))")
        }
    }

    /// One GeoJSON Feature.
    static func feature(from body: [UInt8]) throws -> Feature {
        var features: [Feature] = []
        try GeoJSONReader(bytes: body).forEachFeature { _, feature in
            guard features.isEmpty else { throw ServerProblem.invalidBody(Reason(EditMessages.oneFeature)) }
            features.append(feature)
        }
        guard let feature = features.first else { throw ServerProblem.invalidBody(Reason(EditMessages.oneGeoJSONFeature)) }
        return feature
    }

    /// A merge patch of a feature: `{"properties": {…}, "geometry": {…}}`, each optional.
    static func patch(from body: [UInt8]) throws -> FeaturePatch {
        guard let object = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any] else {
            throw ServerProblem.invalidBody(Reason(EditMessages.patchObject))
        }
        var document = object
        document["type"] = "Feature"
        if document["properties"] == nil { document["properties"] = [String: Any]() }
        if document["geometry"] == nil || document["geometry"] is NSNull { document["geometry"] = NSNull() }
        let bytes = Array(try JSONSerialization.data(withJSONObject: document))
        let feature = try feature(from: bytes)
        return FeaturePatch(properties: feature.properties, geometry: feature.geometry)
    }

    /// The request's `If-Match`; without one, 428 before the body is read.
    static func precondition(_ request: Request) throws -> EditPrecondition {
        let precondition = EditPrecondition(ifMatch: request.headers[.ifMatch])
        if precondition == .none { throw EditError.preconditionRequired }
        return precondition
    }
}
