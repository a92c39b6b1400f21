import DimingCore

/// Problems the HTTP layer itself raises, in the core's ``Problem`` shape.
enum ServerProblem: Problem, Equatable {
    case timedOut(seconds: Double)
    case bodyTimedOut(seconds: Double)
    case bodyTooLarge(limit: Int)
    case noRoute(method: String, path: String)
    case invalidFormat(String, allowed: [String])
    case invalidBody(Reason)
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

    func title(in language: Language) -> String {
        let m = ServerMessages.self
        return switch self {
        case .timedOut: m.timedOutTitle.text(language)
        case .bodyTimedOut: m.bodyTimedOutTitle.text(language)
        case .bodyTooLarge: m.bodyTooLargeTitle.text(language)
        case .noRoute: m.noRouteTitle.text(language)
        case .invalidFormat: m.invalidFormatTitle.text(language)
        case .invalidBody: m.invalidBodyTitle.text(language)
        case let .http(status, reason, _): m.httpTitle(status: status)?.text(language) ?? reason
        case .internalError: m.internalErrorTitle.text(language)
        case .headTimedOut: m.headTimedOutTitle.text(language)
        case .uriTooLong: m.uriTooLongTitle.text(language)
        case .headTooLarge: m.headTooLargeTitle.text(language)
        case .methodNotAllowed: m.methodNotAllowedTitle.text(language)
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

    func detail(in language: Language) -> String {
        let m = ServerMessages.self
        return switch self {
        case let .timedOut(seconds): m.timedOut.text(language, ["seconds": "\(seconds)"])
        case let .bodyTimedOut(seconds): m.bodyTimedOut.text(language, ["seconds": "\(seconds)"])
        case let .bodyTooLarge(limit): m.bodyTooLarge.text(language, ["limit": String(limit)])
        case let .noRoute(method, path): m.noRoute.text(language, ["method": method, "path": path])
        case let .invalidFormat(f, allowed): m.invalidFormat.text(language, ["f": f, "allowed": allowed.joined(separator: ", ")])
        case let .invalidBody(reason): reason.text(in: language)
        case let .http(status, reason, message): message ?? m.httpTitle(status: status)?.text(language) ?? reason
        case let .internalError(requestID): m.internalError.text(language, ["requestId": requestID])
        case let .headTimedOut(seconds): m.headTimedOut.text(language, ["seconds": "\(seconds)"])
        case let .uriTooLong(limit): m.uriTooLong.text(language, ["limit": String(limit)])
        case let .headTooLarge(limit): m.headTooLarge.text(language, ["limit": String(limit)])
        case let .methodNotAllowed(method, path, allowed):
            m.methodNotAllowed.text(language, ["method": method, "path": path, "allowed": allowed.joined(separator: ", ")])
        }
    }
}
