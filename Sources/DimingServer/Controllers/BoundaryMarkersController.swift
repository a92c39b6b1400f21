import DimingBoundaries
import DimingCore
import Foundation
import Hummingbird

/// 界桩 over HTTP: the register's reads (open like the layers), its CSV export, and the writes
/// for boundary inspectors (scoped to either side of the line) and admins — one marker as
/// JSON, or a whole 界桩登记表 as `text/csv` (one transaction; a refused row names its row and
/// field). 401/403 come before the body is read; every write is audited by the façade.
struct BoundaryMarkersController {
    let database: DimingDatabase

    func addRoutes(to group: RouterGroup<DimingRequestContext>) {
        group.get("/boundaries/markers", use: list)
        group.get("/boundaries/markers.csv", use: registerCSV)
        group.get("/boundaries/lines/:code/markers.csv", use: lineRegisterCSV)
        group.get("/boundaries/markers/:number", use: marker)
        group.get("/boundaries/markers/:number/history", use: history)
        group.post("/boundaries/markers", use: add)
        // The inspections of the markers, registered here so that the application adds one line.
        BoundaryInspectionsController(database: database).addRoutes(to: group)
    }

    @Sendable func list(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let query = try GazetteerQuery.parameters(request, allowed: ["line", "f"])
        if let f = query["f"], !["json", "geojson"].contains(f) { throw ServerProblem.invalidFormat(f, allowed: ["json", "geojson"]) }
        let markers = try await Boundaries(database).markers(line: query["line"])
        if query["f"] == "geojson" || request.headers[.accept].map(MediaTypes.essence(of:)) == MediaTypes.geoJSON {
            return BoundaryHTTP.text(markers.geoJSON, type: MediaTypes.geoJSON)
        }
        return try BoundaryHTTP.json(["markers": markers])
    }

    @Sendable func registerCSV(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let line = try GazetteerQuery.parameters(request, allowed: ["line"])["line"]
        return BoundaryHTTP.text(try await Boundaries(database).exportRegister(line: line), type: "text/csv; charset=utf-8")
    }

    @Sendable func lineRegisterCSV(_ request: Request, context: DimingRequestContext) async throws -> Response {
        _ = try GazetteerQuery.parameters(request, allowed: [])
        let line = try BoundaryHTTP.parameter("code", context)
        return BoundaryHTTP.text(try await Boundaries(database).exportRegister(line: line), type: "text/csv; charset=utf-8")
    }

    @Sendable func marker(_ request: Request, context: DimingRequestContext) async throws -> Response {
        _ = try GazetteerQuery.parameters(request, allowed: [])
        return try BoundaryHTTP.json(try await Boundaries(database).marker(try BoundaryHTTP.parameter("number", context)))
    }

    @Sendable func history(_ request: Request, context: DimingRequestContext) async throws -> Response {
        _ = try GazetteerQuery.parameters(request, allowed: [])
        let number = try BoundaryHTTP.parameter("number", context)
        return try BoundaryHTTP.json(["marker": AnyEncodable(number), "findings": AnyEncodable(try await Boundaries(database).markerHistory(number))])
    }

    /// `text/csv`: a register import (200 with the counts); JSON: one new marker (201).
    @Sendable func add(_ request: Request, context: DimingRequestContext) async throws -> Response {
        _ = try GazetteerQuery.parameters(request, allowed: [])
        try Boundaries.authorizeWriter(context.identity)
        let type = request.headers[.contentType].map(MediaTypes.essence(of:)) ?? MediaTypes.json
        guard type == "text/csv" || type == MediaTypes.json else { throw GazetteerRequestError.unsupportedMediaType(type) }
        var request = request
        let bytes = Array(try await request.collectBody(context: context).readableBytesView)
        let boundaries = Boundaries(database)
        if type == "text/csv" {
            let result = try await boundaries.importRegister(csv: bytes, by: context.identity, requestID: context.id)
            return try BoundaryHTTP.json(["added": result.added, "updated": result.updated])
        }
        let draft = try BoundaryHTTP.decode(MarkerDraft.self, bytes, members: MarkerDraft.bodyMembers)
        let marker = try await boundaries.addMarker(draft, by: context.identity, requestID: context.id)
        return try BoundaryHTTP.json(marker, status: .created)
    }
}

extension MarkerDraft {
    static let bodyMembers: Set<String> = ["number", "line", "sequence", "type_code", "kind", "material", "x", "y", "x_cgcs2000_gk", "y_cgcs2000_gk",
                                           "epsg", "height_m", "location", "reference_objects", "photos", "registered_on", "note"]
}

/// What the boundary routes share: JSON answers, path parameters, and bodies decoded so that a
/// refusal names the member.
enum BoundaryHTTP {
    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        var headers: HTTPFields = [.contentType: MediaTypes.json]
        headers[.cacheControl] = status == .created ? "no-store" : "no-cache"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(value))))
    }

    static func text(_ text: String, type: String) -> Response {
        var headers: HTTPFields = [.contentType: type]
        headers[.cacheControl] = "no-cache"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func parameter(_ name: String, _ context: DimingRequestContext) throws -> String {
        let raw: String = try context.parameters.require(name)
        return raw.removingPercentEncoding ?? raw
    }

    /// `bytes` as `T`: a JSON object with only `members`; a missing or mistyped member → 400 naming it.
    static func decode<T: Decodable>(_ type: T.Type, _ bytes: [UInt8], members: Set<String>) throws -> T {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any] else {
            throw GazetteerRequestError.invalidField("body", reason: Reason(MarkersHTTPMessages.notObject))
        }
        if let unknown = object.keys.sorted().first(where: { !members.contains($0) }) {
            throw GazetteerRequestError.invalidField(unknown, reason: Reason(MarkersHTTPMessages.unknownMember, ["allowed": members.sorted().joined(separator: ", ")]))
        }
        do {
            return try JSONDecoder().decode(T.self, from: Data(bytes))
        } catch let error as DecodingError {
            let path: [any CodingKey] = switch error {
            case let .typeMismatch(_, c), let .valueNotFound(_, c), let .dataCorrupted(c): c.codingPath
            case let .keyNotFound(key, c): c.codingPath + [key]
            @unknown default: []
            }
            let field = path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
            throw GazetteerRequestError.invalidField(field.isEmpty ? "body" : field, reason: Reason(MarkersHTTPMessages.badMember))
        }
    }
}

/// Mixed members in one JSON object.
struct AnyEncodable: Encodable {
    private let value: any Encodable
    init(_ value: any Encodable) { self.value = value }
    func encode(to encoder: Encoder) throws { try value.encode(to: encoder) }
}
