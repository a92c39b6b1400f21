import DimingCore
import DimingDisaster
import HTTPTypes
import Hummingbird

/// An event's reports for other tools: `GET /events/{id}/reports.geojson` (RFC 7946, current
/// versions, or every one with `all_versions=true`), `GET /events/{id}/reports.csv` (one row
/// per version, every version unless `all_versions=false`) and `GET /events/{id}/archive.zip`
/// (the event, every version, the reviews and the photos). Only the caller's scope is written.
struct DisasterExportController {
    let database: DimingDatabase

    func addRoutes(to group: RouterGroup<DimingRequestContext>) {
        group.get("/events/:event/reports.geojson", use: geojson)
        group.get("/events/:event/reports.csv", use: csv)
        group.get("/events/:event/archive.zip", use: archive)
    }

    @Sendable func geojson(_ request: Request, context: DimingRequestContext) async throws -> Response {
        try await export(request, context, format: .geojson, allVersionsByDefault: false)
    }

    @Sendable func csv(_ request: Request, context: DimingRequestContext) async throws -> Response {
        try await export(request, context, format: .csv, allVersionsByDefault: true)
    }

    @Sendable func archive(_ request: Request, context: DimingRequestContext) async throws -> Response {
        _ = try GazetteerQuery.parameters(request, allowed: [])
        let event = try DisasterReviewController.event(context)
        let bytes = try await Disaster(database).archive(event: event, scope: DisasterReviewController.scope(context))
        return DisasterReviewController.response(bytes, type: "application/zip",
                                                 headers: [.contentDisposition: "attachment; filename=\"event-\(event).zip\""])
    }

    private func export(_ request: Request, _ context: DimingRequestContext, format: ReportExportFormat,
                        allVersionsByDefault: Bool) async throws -> Response {
        let parameters = try GazetteerQuery.parameters(request, allowed: ["all_versions"])
        let event = try DisasterReviewController.event(context)
        let allVersions: Bool
        switch parameters["all_versions"] {
        case nil: allVersions = allVersionsByDefault
        case "true"?: allVersions = true
        case "false"?: allVersions = false
        case let other?: throw ReviewError.invalidValue(field: "all_versions", value: other, allowed: ["true", "false"])
        }
        let bytes = try await Disaster(database).export(event: event, format: format, allVersions: allVersions,
                                                        scope: DisasterReviewController.scope(context))
        return DisasterReviewController.response(bytes, type: format.mediaType)
    }
}
