import DimingCore

/// Problems the HTTP layer itself raises, in the core's ``Problem`` shape.
enum ServerProblem: Problem, Equatable {
    case timedOut(seconds: Double)
    case bodyTimedOut(seconds: Double)
    case bodyTooLarge(limit: Int)
    case noRoute(method: String, path: String)
    case invalidFormat(String, allowed: [String])
    case invalidBody(String)
    case http(status: Int, reason: String, message: String?)
    case internalError(requestID: String)
    case headTimedOut(seconds: Double)
    case uriTooLong(limit: Int)
    case headTooLarge(limit: Int)
    case methodNotAllowed(method: String, path: String, allowed: [String])

    var status: Int {
        switch self {
        case .timedOut: 503
        case .bodyTimedOut: 408
        case .bodyTooLarge: 413
        case .noRoute: 404
        case .invalidFormat, .invalidBody: 400
        case let .http(status, _, _): status
        case .internalError: 500
        case .headTimedOut: 408
        case .uriTooLong: 414
        case .headTooLarge: 431
        case .methodNotAllowed: 405
        }
    }

    var type: String {
        switch self {
        case .timedOut: "request-timeout"
        case .bodyTimedOut: "body-timeout"
        case .bodyTooLarge: "body-too-large"
        case .noRoute: "not-found"
        case .invalidFormat: "invalid-format"
        case .invalidBody: "invalid-body"
        case let .http(_, reason, _): reason.lowercased().replacingOccurrences(of: " ", with: "-")
        case .internalError: "internal-error"
        case .headTimedOut: "header-timeout"
        case .uriTooLong: "uri-too-long"
        case .headTooLarge: "header-too-large"
        case .methodNotAllowed: "method-not-allowed"
        }
    }

    var title: String {
        switch self {
        case .timedOut: "Request timed out"
        case .bodyTimedOut: "Request body not received in time"
        case .bodyTooLarge: "Request body too large"
        case .noRoute: "Not found"
        case .invalidFormat: "Unsupported output format"
        case .invalidBody: "Invalid request body"
        case let .http(_, reason, _): reason
        case .internalError: "Internal server error"
        case .headTimedOut: "Request head not received in time"
        case .uriTooLong: "Request line too long"
        case .headTooLarge: "Request header fields too large"
        case .methodNotAllowed: "Method not allowed"
        }
    }

    var field: String? {
        switch self {
        case .invalidFormat: "f"
        case .bodyTooLarge, .invalidBody, .bodyTimedOut: "body"
        case .uriTooLong: "uri"
        case .headTooLarge, .headTimedOut: "headers"
        default: nil
        }
    }

    var detail: String {
        switch self {
        case let .timedOut(seconds): "the request was not answered within \(seconds) s; try again, or ask for less (limit, bbox)"
        case let .bodyTimedOut(seconds): "the request body did not arrive within \(seconds) s"
        case let .bodyTooLarge(limit): "the request body is larger than the limit of \(limit) bytes"
        case let .noRoute(method, path): "no resource \(method) \(path); the API is described at /api"
        case let .invalidFormat(f, allowed): "f=\(f) is not offered here; use one of \(allowed.joined(separator: ", "))"
        case let .invalidBody(reason): reason
        case let .http(_, reason, message): message ?? reason
        case let .internalError(requestID): "the server failed; the log has the details under request id \(requestID)"
        case let .headTimedOut(seconds): "the request head did not arrive within \(seconds) s"
        case let .uriTooLong(limit): "the request line is longer than \(limit) bytes; ask with fewer or shorter parameters"
        case let .headTooLarge(limit): "the request head is larger than \(limit) bytes"
        case let .methodNotAllowed(method, path, allowed):
            "\(method) is not allowed on \(path); allowed: \(allowed.joined(separator: ", "))"
        }
    }
}
