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
        // Tenths of a millisecond, formatted by hand: `String(format:)` cost more than the line.
        let tenths = Int((elapsed.seconds * 10_000).rounded())
        context.logger.info("request", metadata: [
            "method": .string(request.method.rawValue),
            "path": .string(request.uri.path),
            "status": .stringConvertible(response.status.code),
            "ms": .string("\(tenths / 10).\(tenths % 10)"),
        ])
        return response
    }
}

extension HTTPField.Name {
    static let requestID = HTTPField.Name("X-Request-Id")!
}
