import DimingCore
import DimingDisaster
import Foundation
import Hummingbird

/// 审核锁 over HTTP: `POST /reports/{reportId}/lock` takes or renews the lock (reviewer,
/// approver, admin; 409 naming the holder while someone else holds it), `GET` reads it (404
/// when there is none) and `DELETE` releases it — or breaks another's (audited as a break).
/// A reporter or viewer gets 403 before anything about the report is read.
struct DisasterLocksController {
    let database: DimingDatabase

    func addRoutes(to group: RouterGroup<DimingRequestContext>) {
        group.post("/reports/:reportId/lock", use: take)
        group.get("/reports/:reportId/lock", use: show)
        group.delete("/reports/:reportId/lock", use: release)
    }

    @Sendable func take(_ request: Request, context: DimingRequestContext) async throws -> Response {
        _ = try GazetteerQuery.parameters(request, allowed: [])
        let id = try BoundaryHTTP.parameter("reportId", context)
        return try BoundaryHTTP.json(try await Disaster(database).lock(id, by: context.identity, requestID: context.id))
    }

    @Sendable func show(_ request: Request, context: DimingRequestContext) async throws -> Response {
        _ = try GazetteerQuery.parameters(request, allowed: [])
        let id = try BoundaryHTTP.parameter("reportId", context)
        guard let lock = try await Disaster(database).lock(of: id, scope: DisasterReviewController.scope(context)) else {
            throw ReviewLockError.notLocked(id)
        }
        return try BoundaryHTTP.json(lock)
    }

    @Sendable func release(_ request: Request, context: DimingRequestContext) async throws -> Response {
        _ = try GazetteerQuery.parameters(request, allowed: [])
        let id = try BoundaryHTTP.parameter("reportId", context)
        let (lock, broken) = try await Disaster(database).unlock(id, by: context.identity, requestID: context.id)
        return try BoundaryHTTP.json(Released(lock: lock, broken: broken))
    }

    /// The answer of a release: the lock removed and whether it was someone else's.
    struct Released: Encodable {
        var lock: ReviewLock
        var broken: Bool
    }
}
