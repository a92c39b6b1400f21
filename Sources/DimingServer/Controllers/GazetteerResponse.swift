import DimingCore
import DimingGazetteer
import Foundation
import Hummingbird

/// The gazetteer's records as JSON, in snake_case like the layers' columns (`valid_from`,
/// `superseded_by`), and the responses that carry them.
enum GazetteerResponse {
    /// The member holding places: a list's page, a split's new places, a merge's old ones —
    /// the layer's own name, spelled by the catalog.
    static let placesMember = Layer.places.name

    /// A record the façade returned, encoded as it is (absent optionals are left out).
    static func json(_ value: some Encodable) throws -> JSONValue {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return .raw(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    /// A JSON answer; reads of a place change with every write, so they are revalidated.
    static func response(_ body: JSONValue, status: HTTPResponse.Status = .ok, location: String? = nil, cache: String = "no-cache") -> Response {
        var headers: HTTPFields = [.contentType: MediaTypes.json]
        headers[.cacheControl] = cache
        if let location { headers[.location] = location }
        return Response(status: status, headers: headers, body: .init(byteBuffer: body.byteBuffer))
    }

    /// A write's answer: the place as it now stands, never cached.
    static func written(_ detail: PlaceDetail, status: HTTPResponse.Status = .ok, origin: String? = nil) throws -> Response {
        let location = origin.map { "\($0)/gazetteer/places/\(detail.place.id)" }
        return response(try json(detail), status: status, location: location, cache: "no-store")
    }
}
