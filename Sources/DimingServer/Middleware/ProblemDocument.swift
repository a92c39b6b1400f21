import DimingCore
import Hummingbird

/// Renders a ``Problem`` as RFC 9457 `application/problem+json`: `type`, `title`, `status`,
/// `detail`, `instance` (the request path), `field` when the problem is about one input,
/// and the request id to find it in the log.
enum ProblemDocument {
    static let mediaType = "application/problem+json"
    /// Problem types are URNs: stable names, not pages to fetch.
    static let typePrefix = "urn:diming:problem:"

    static func response(for problem: any Problem, instance: String, requestID: String,
                         headers extra: HTTPFields = [:]) -> Response {
        var object: [(String, JSONValue)] = [
            ("type", .string(typePrefix + problem.type)),
            ("title", .string(problem.title)),
            ("status", .integer(problem.status)),
            ("detail", .string(problem.detail)),
            ("instance", .string(instance)),
        ]
        if let field = problem.field { object.append(("field", .string(field))) }
        object.append(("requestId", .string(requestID)))
        var headers = extra
        headers[.contentType] = mediaType
        headers[.cacheControl] = "no-store"
        let status = HTTPResponse.Status(code: problem.status)
        return Response(status: status, headers: headers, body: .init(byteBuffer: JSONValue.object(object).byteBuffer))
    }
}
