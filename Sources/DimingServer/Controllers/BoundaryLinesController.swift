import DimingBoundaries
import DimingCore
import Foundation
import HTTPTypes
import Hummingbird

/// The boundary lines and the topology check over HTTP: `GET /boundaries/lines` (`?division=`),
/// `/boundaries/lines/{code}` and its `/versions`, `POST /boundaries/lines` (derive them again) (boundary
/// inspectors and admins; audited) and `GET /boundaries/check?tolerance=` (JSON, or a GeoJSON
/// FeatureCollection for `f=geojson` or `Accept: application/geo+json`). A line belongs to
/// both its sides: an account scoped to either division reads it.
struct BoundaryLinesController {
    let database: DimingDatabase

    func addRoutes(to group: RouterGroup<DimingRequestContext>) {
        group.get("/boundaries/lines", use: list)
        group.get("/boundaries/lines/:code", use: line)
        group.get("/boundaries/lines/:code/versions", use: versions)
        group.post("/boundaries/lines", use: derive)
        group.get("/boundaries/check", use: check)
    }

    @Sendable func list(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let parameters = try GazetteerQuery.parameters(request, allowed: ["division", "f"])
        let lines = try await Boundaries(database).lines(division: parameters["division"], scope: scope(context))
        return try wantsGeoJSON(request, parameters) ? Self.response(BoundaryLine.geoJSON(lines), type: MediaTypes.geoJSON)
            : Self.response(BoundaryLine.json(lines))
    }

    @Sendable func line(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let parameters = try GazetteerQuery.parameters(request, allowed: ["f"])
        let line = try await Boundaries(database).line(context.parameters.require("code"), scope: scope(context))
        return try wantsGeoJSON(request, parameters) ? Self.response(BoundaryLine.geoJSON([line]), type: MediaTypes.geoJSON)
            : Self.response(line.json())
    }

    @Sendable func versions(_ request: Request, context: DimingRequestContext) async throws -> Response {
        _ = try GazetteerQuery.parameters(request, allowed: [])
        let versions = try await Boundaries(database).lineVersions(context.parameters.require("code"), scope: scope(context))
        return Self.response(BoundaryLineVersion.json(versions))
    }

    @Sendable func derive(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let parameters = try GazetteerQuery.parameters(request, allowed: ["tolerance", "level"])
        let derivation = try await Boundaries(database).deriveLines(tolerance: try tolerance(parameters), level: parameters["level"],
                                                                    by: context.identity)
        var out = JSONOutput()
        out.append("{")
        for (i, (name, codes)) in [("added", derivation.added), ("changed", derivation.changed), ("unchanged", derivation.unchanged),
                                   ("removed", derivation.removed)].enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            out.appendString(name)
            out.append(":[")
            for (j, code) in codes.enumerated() {
                if j > 0 { out.append(UInt8(ascii: ",")) }
                out.appendString(code)
            }
            out.append("]")
        }
        out.append("}")
        return Self.response(out.bytes, cache: "no-store")
    }

    @Sendable func check(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let parameters = try GazetteerQuery.parameters(request, allowed: ["tolerance", "level", "f"])
        let report = try await Boundaries(database).check(tolerance: try tolerance(parameters), level: parameters["level"])
        return try wantsGeoJSON(request, parameters) ? Self.response(report.geoJSON(), type: MediaTypes.geoJSON)
            : Self.response(report.json())
    }

    private func scope(_ context: DimingRequestContext) -> AccessScope {
        context.identity?.scope ?? .everywhere
    }

    /// The tolerance in metres (the default when absent); 400 naming `tolerance` otherwise.
    private func tolerance(_ parameters: [String: String]) throws -> Double {
        guard let text = parameters["tolerance"] else { return Boundaries.defaultTolerance }
        guard let value = Double(text) else { throw LinesError.invalidTolerance(field: "tolerance", value: text) }
        return try LinesError.checked(tolerance: value)
    }

    /// `f=geojson`, or no `f` and an `Accept` naming GeoJSON; `f=json` is JSON; another `f` is 400.
    private func wantsGeoJSON(_ request: Request, _ parameters: [String: String]) throws -> Bool {
        switch parameters["f"] {
        case "geojson"?: return true
        case "json"?: return false
        case let other?:
            throw QueryError.invalidParameter("f", reason: Reason(QueryMessages.notOneOf, ["text": other, "allowed": "json, geojson"]))
        case nil: return request.headers[.accept]?.contains(MediaTypes.geoJSON) ?? false
        }
    }

    private static func response(_ bytes: [UInt8], type: String = MediaTypes.json, cache: String = "no-cache") -> Response {
        Response(status: .ok, headers: [.contentType: type, .cacheControl: cache], body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
