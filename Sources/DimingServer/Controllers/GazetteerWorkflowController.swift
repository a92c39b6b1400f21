import DimingCore
import DimingGazetteer
import Foundation
import Hummingbird

/// The naming workflow over HTTP for place-name officers (and admins): propose, review,
/// approve, announce, reject, rename, retire, deprecate, split and merge. Each handler refuses
/// a role that does not keep the gazetteer (401, 403) before reading the body, reads the body
/// (400/415 naming the member), and makes one ``Gazetteer`` call, which checks the officer's
/// division, writes the place, its event and the audit entry in one transaction.
struct GazetteerWorkflowController {
    let database: DimingDatabase
    let configuration: ServerConfiguration

    func addRoutes(to group: RouterGroup<DimingRequestContext>) {
        group.post("/gazetteer/places", use: propose)
        group.post("/gazetteer/places/:placeId/review", use: review)
        group.post("/gazetteer/places/:placeId/approve", use: approve)
        group.post("/gazetteer/places/:placeId/announce", use: announce)
        group.post("/gazetteer/places/:placeId/reject", use: reject)
        group.post("/gazetteer/places/:placeId/rename", use: rename)
        group.post("/gazetteer/places/:placeId/retire", use: retire)
        group.post("/gazetteer/places/:placeId/deprecate", use: deprecate)
        group.post("/gazetteer/places/:placeId/split", use: split)
        group.post("/gazetteer/merge", use: merge)
    }

    @Sendable func propose(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let body = try await read(request, context, members: GazetteerBody.draftMembers)
        let proposal = try await Gazetteer(database).propose(try body.draft(), by: context.identity, requestID: context.id)
        let location = "\(origin(context))/gazetteer/places/\(proposal.place.place.id)"
        return GazetteerResponse.response(try GazetteerResponse.json(proposal), status: .created, location: location, cache: "no-store")
    }

    @Sendable func review(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let body = try await read(request, context, members: ["reason"])
        let detail = try await Gazetteer(database).startReview(try placeID(context), reason: try body.optionalText("reason", maximum: GazetteerBody.longText),
                                                               by: context.identity, requestID: context.id)
        return try GazetteerResponse.written(detail)
    }

    @Sendable func approve(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let body = try await read(request, context, members: ["document", "date", "authority"])
        let detail = try await Gazetteer(database).approve(try placeID(context), try approval(body), by: context.identity, requestID: context.id)
        return try GazetteerResponse.written(detail)
    }

    @Sendable func announce(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let body = try await read(request, context, members: ["date", "authority"])
        let detail = try await Gazetteer(database).announce(try placeID(context), on: try body.date("date"), authority: try body.optionalText("authority"),
                                                            by: context.identity, requestID: context.id)
        return try GazetteerResponse.written(detail)
    }

    @Sendable func reject(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let body = try await read(request, context, members: ["reason"])
        let detail = try await Gazetteer(database).reject(try placeID(context), reason: try body.text("reason", maximum: GazetteerBody.longText),
                                                          by: context.identity, requestID: context.id)
        return try GazetteerResponse.written(detail)
    }

    @Sendable func rename(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let body = try await read(request, context, members: ["name", "document", "date", "authority", "reason", "reading"])
        let detail = try await Gazetteer(database).rename(try placeID(context), to: try body.text("name"), try approval(body),
                                                          reason: try body.optionalText("reason", maximum: GazetteerBody.longText),
                                                          reading: try body.optionalText("reading"), by: context.identity, requestID: context.id)
        return try GazetteerResponse.written(detail)
    }

    @Sendable func retire(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let body = try await read(request, context, members: ["date", "reason", "document"])
        let detail = try await Gazetteer(database).retire(try placeID(context), on: try body.date("date"),
                                                          reason: try body.text("reason", maximum: GazetteerBody.longText),
                                                          document: try body.optionalText("document"), by: context.identity, requestID: context.id)
        return try GazetteerResponse.written(detail)
    }

    @Sendable func deprecate(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let body = try await read(request, context, members: ["reason"])
        let detail = try await Gazetteer(database).markErroneous(try placeID(context), reason: try body.text("reason", maximum: GazetteerBody.longText),
                                                                 by: context.identity, requestID: context.id)
        return try GazetteerResponse.written(detail)
    }

    @Sendable func split(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let body = try await read(request, context, members: ["into", "document", "date", "authority"])
        let places = try await Gazetteer(database).split(try placeID(context), into: try body.nestedDrafts("into", minimum: 2), try approval(body),
                                                         by: context.identity, requestID: context.id)
        return GazetteerResponse.response([GazetteerResponse.placesMember: try GazetteerResponse.json(places)], status: .created, cache: "no-store")
    }

    @Sendable func merge(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let body = try await read(request, context, members: [GazetteerResponse.placesMember, "into", "document", "date", "authority"])
        let detail = try await Gazetteer(database).merge(try body.texts(GazetteerResponse.placesMember, minimum: 2), into: try body.nestedDraft("into"), try approval(body),
                                                         by: context.identity, requestID: context.id)
        return try GazetteerResponse.written(detail, status: .created, origin: origin(context))
    }

    /// The body, once the caller's role may keep the gazetteer: 401 and 403 come before any
    /// body byte is read (the division is the façade's to check, once the place is known).
    private func read(_ request: Request, _ context: DimingRequestContext, members: Set<String>) async throws -> GazetteerBody {
        try AccessPolicy.authorize(context.identity, for: .editLayer(.places))
        try GazetteerBody.checkContentType(request.headers[.contentType])
        var request = request
        let bytes = Array(try await request.collectBody(context: context).readableBytesView)
        return try GazetteerBody(bytes: bytes, members: members)
    }

    private func approval(_ body: GazetteerBody) throws -> Approval {
        Approval(document: try body.text("document"), date: try body.date("date"), authority: try body.optionalText("authority"))
    }

    private func placeID(_ context: DimingRequestContext) throws -> String {
        try context.parameters.require("placeId")
    }

    private func origin(_ context: DimingRequestContext) -> String {
        RequestOrigin.of(context, configuration: configuration)
    }
}
