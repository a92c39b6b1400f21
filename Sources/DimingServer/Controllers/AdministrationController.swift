import DimingCore
import Foundation
import Hummingbird

/// `GET /audit` (admins read the audit log) and `PUT /settings/{key}` (admins change a
/// setting; the change and its audit entry are one transaction).
struct AdministrationController {
    let database: DimingDatabase

    func addRoutes(to router: Router<DimingRequestContext>) {
        router.get("/audit", use: audit)
        router.put("/settings/:key", use: changeSetting)
    }

    @Sendable func audit(_ request: Request, context: DimingRequestContext) async throws -> Response {
        try AccessPolicy.authorize(context.identity, for: .readAudit)
        let parameters = try OGCQuery.check(request, allowed: ["user", "layer", "limit", "before"])
        let query = try AuditRequest.query(from: parameters)
        let result = try await database.pool.read { db in try AuditLog.entries(query, in: db) }
        var document: [(String, JSONValue)] = [("entries", .array(result.entries.map(AuditRequest.json)))]
        var links: [JSONValue] = []
        if let next = result.next {
            let kept = parameters.filter { $0.name != "before" } + [("before", String(next))]
            links.append(Link(href: "/audit?" + QueryString.encode(kept), rel: "next", type: MediaTypes.json).json)
        }
        document.append(("links", .array(links)))
        var headers: HTTPFields = [.contentType: MediaTypes.json]
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: JSONValue.object(document).byteBuffer))
    }

    @Sendable func changeSetting(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let setting = try Setting(key: context.parameters.require("key"))
        // Authorize before reading the body: an anonymous client gets 401, not a parse error.
        try AccessPolicy.authorize(context.identity, for: .changeSettings)
        var request = request
        let value = try AuditRequest.settingValue(from: try await request.collectBody(context: context))
        let entry = try await Settings(database).change(setting, to: value, by: context.identity, requestID: context.id)
        let document: JSONValue = ["key": .string(setting.rawValue), "value": value.map { .string($0) } ?? .null,
                                   "audit": AuditRequest.json(entry)]
        return Response(status: .ok, headers: [.contentType: MediaTypes.json], body: .init(byteBuffer: document.byteBuffer))
    }
}

/// Parsing and rendering for the administration routes.
enum AuditRequest {
    static func query(from parameters: [(name: String, value: String)]) throws -> AuditLog.Query {
        var query = AuditLog.Query()
        for (name, value) in parameters {
            switch name {
            case "user": query.account = value
            case "layer": query.layer = value
            case "limit":
                guard let limit = Int(value), (1...AuditLog.Query.maximumLimit).contains(limit) else {
                    throw QueryError.invalidParameter("limit", reason: Reason(QueryMessages.notLimit, ["text": value, "maximum": String(AuditLog.Query.maximumLimit)]))
                }
                query.limit = limit
            case "before":
                guard let id = Int64(value) else { throw QueryError.invalidParameter("before", reason: Reason(QueryMessages.notCursor, ["text": value])) }
                query.before = id
            default: break
            }
        }
        return query
    }

    /// `{"value": "token"}` or `{"value": null}`.
    static func settingValue(from body: ByteBuffer) throws -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Any],
              let value = object["value"] else {
            throw ServerProblem.invalidBody(Reason(EditMessages.settingObject))
        }
        if value is NSNull { return nil }
        guard let text = value as? String else { throw ServerProblem.invalidBody(Reason(EditMessages.settingValue)) }
        return text
    }

    static func json(_ entry: AuditEntry) -> JSONValue {
        func embedded(_ text: String?) -> JSONValue {
            guard let text else { return .null }
            return .raw(text)
        }
        return [
            "id": entry.id.map { .integer(Int($0)) } ?? .null,
            "at": .string(CollectionDocument.timestamp(entry.at)),
            "account": .string(entry.account),
            "role": .string(entry.role.rawValue),
            "action": .string(entry.action),
            "layer": entry.layer.map { .string($0) } ?? .null,
            "featureId": entry.featureID.map { .string($0) } ?? .null,
            "before": embedded(entry.before),
            "after": embedded(entry.after),
            "requestId": entry.requestID.map { .string($0) } ?? .null,
        ]
    }
}
