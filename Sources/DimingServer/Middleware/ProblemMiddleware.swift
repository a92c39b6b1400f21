import DimingCore
import Hummingbird
import Logging

/// The one place errors become responses: a library ``Problem`` with its own status,
/// Hummingbird's `HTTPError`s (404, 413 …) by their status, anything else as a 500 that
/// gives only the request id while the log gets the full error. The problem speaks the
/// language of the request's `Accept-Language`; the log stays in English.
struct ProblemMiddleware: RouterMiddleware {
    typealias Context = DimingRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let problem = Self.problem(for: error, request: request, context: context)
            var headers: HTTPFields = [:]
            if problem.status == 401 {
                // RFC 6750 §3: say how to authenticate, and whether a token was sent but refused.
                let sent = request.headers[.authorization] != nil
                headers[.wwwAuthenticate] = sent ? "Bearer realm=\"diming\", error=\"invalid_token\"" : "Bearer realm=\"diming\""
            }
            if problem.status == 503 { headers[.retryAfter] = "5" }
            if problem.status == 408 { headers[.connection] = "close" }
            if case let .methodNotAllowed(_, _, allowed)? = problem as? ServerProblem {
                headers[.allow] = allowed.joined(separator: ", ")
            }
            if let httpError = error as? HTTPError {
                for field in httpError.headers where field.name != .contentType && field.name != .contentLength {
                    headers.append(field)
                }
            }
            let language = Language(acceptLanguage: request.headers[.acceptLanguage])
            return ProblemDocument.response(for: problem, instance: request.uri.path, requestID: context.id, language: language, headers: headers)
        }
    }

    static func problem(for error: any Error, request: Request, context: Context) -> any Problem {
        switch error {
        case let problem as any Problem:
            if problem.status >= 500 { context.logger.error("request failed", metadata: ["error": "\(problem.detail)"]) }
            return problem
        case let httpError as HTTPError:
            if httpError.status == .notFound && httpError.body == nil {
                return ServerProblem.noRoute(method: request.method.rawValue, path: request.uri.path)
            }
            if httpError.status == .contentTooLarge {
                return ServerProblem.bodyTooLarge(limit: context.bodyLimit)
            }
            return ServerProblem.http(status: httpError.status.code, reason: httpError.status.reasonPhrase, message: httpError.body)
        case let responseError as any HTTPResponseError:
            return ServerProblem.http(status: responseError.status.code, reason: responseError.status.reasonPhrase, message: nil)
        default:
            // Another program (QGIS, ogr2ogr) held the write lock past the busy timeout: 503, try again.
            if let busy = StoreError.translating(error) { return busy }
            context.logger.error("request failed", metadata: ["error": "\(String(reflecting: error))"])
            return ServerProblem.internalError(requestID: context.id)
        }
    }
}
