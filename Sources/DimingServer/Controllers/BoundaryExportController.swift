import DimingBoundaries
import DimingCore
import HTTPTypes
import Hummingbird

/// `GET /boundaries/export?codes=A,B` (RFC 7946 GeoJSON, or an RFC 8142 sequence for
/// `f=geojsonseq` or `Accept: application/geo+json-seq`) and `GET /boundaries/simplify`
/// (the divisions of a level with each shared border simplified once). Open like the layers;
/// each handler is one ``Boundaries`` call, as `diming boundary export|simplify` are.
struct BoundaryExportController {
    let database: DimingDatabase

    func addRoutes(to group: RouterGroup<DimingRequestContext>) {
        group.get("/boundaries/export", use: export)
        group.get("/boundaries/simplify", use: simplify)
    }

    @Sendable func export(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let query = try OGCQuery.check(request, allowed: ["codes", "f", "simplify", "markers"])
        let format = try Self.format(request, query)
        let exportRequest = BoundaryExportRequest(codes: Self.list(Self.value("codes", query)), markers: try Self.flag("markers", query),
                                                  simplify: try Self.tolerance("simplify", query), field: "codes")
        let bytes = try await Boundaries(database).export(exportRequest, format: format)
        return Self.response(bytes, format)
    }

    @Sendable func simplify(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let query = try OGCQuery.check(request, allowed: ["tolerance", "level", "codes", "f"])
        guard let tolerance = try Self.tolerance("tolerance", query) else { throw SimplifyError.invalidTolerance(field: "tolerance", value: "") }
        var level = DivisionLevel.county
        if let text = Self.value("level", query) {
            guard let given = DivisionLevel(rawValue: text) else {
                throw QueryError.invalidParameter("level", reason: Reason(SimplifyMessages.levelHelp))
            }
            level = given
        }
        let format = try Self.format(request, query)
        let result = try await Boundaries(database).simplify(level: level, tolerance: tolerance, codes: Self.list(Self.value("codes", query)))
        return Self.response(Boundaries.write(result.divisions.map(\.exportedFeature), format: format), format)
    }

    private static func response(_ bytes: [UInt8], _ format: FeatureFormat) -> Response {
        Response(status: .ok, headers: [.contentType: format.mediaType], body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    private static func value(_ name: String, _ query: [(name: String, value: String)]) -> String? {
        query.first { $0.name == name }?.value
    }

    private static func list(_ text: String?) -> [String] {
        (text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// `f=geojson|geojsonseq`, else the sequence when the client accepts only it.
    private static func format(_ request: Request, _ query: [(name: String, value: String)]) throws -> FeatureFormat {
        switch value("f", query) {
        case "geojson"?, "json"?: return .geojson
        case "geojsonseq"?: return .geojsonseq
        case let other?: throw QueryError.invalidParameter("f", reason: Reason(ExportMessages.formatValues, ["value": other]))
        case nil:
            let accept = request.headers[.accept].map(MediaTypes.essence(of:))
            return accept == FeatureFormat.geojsonseq.mediaType ? .geojsonseq : .geojson
        }
    }

    private static func tolerance(_ name: String, _ query: [(name: String, value: String)]) throws -> Double? {
        guard let text = value(name, query) else { return nil }
        guard let metres = Double(text) else { throw SimplifyError.invalidTolerance(field: name, value: text) }
        return try SimplifyError.tolerance(metres, field: name)
    }

    private static func flag(_ name: String, _ query: [(name: String, value: String)]) throws -> Bool {
        switch value(name, query) {
        case nil, "false"?: return false
        case "true"?: return true
        case let other?: throw QueryError.invalidParameter(name, reason: Reason(ExportMessages.booleanValues, ["value": other]))
        }
    }
}
