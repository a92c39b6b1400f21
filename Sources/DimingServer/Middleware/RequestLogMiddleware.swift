import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// One structured log line per request (method, path, status, duration, request id), and
/// the request id in the `X-Request-Id` response header so a user can quote it.
struct RequestLogMiddleware: RouterMiddleware {
    typealias Context = DimingRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        var response = try await next(request, context)
        response.headers[.requestID] = context.id
        let elapsed = ContinuousClock.now - start
        let milliseconds = elapsed.seconds * 1000
        context.logger.info("request", metadata: [
            "method": .string(request.method.rawValue),
            "path": .string(request.uri.path),
            "status": .stringConvertible(response.status.code),
            "ms": .string(String(format: "%.1f", milliseconds)),
        ])
        return response
    }
}

extension HTTPField.Name {
    static let requestID = HTTPField.Name("X-Request-Id")!
}
