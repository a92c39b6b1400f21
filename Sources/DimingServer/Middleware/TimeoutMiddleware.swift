import Hummingbird
import NIOCore

/// Two deadlines, both `--request-timeout`: a client that has not sent its whole body in time
/// gets 408 (RFC 9110 §15.5.9: the server stopped waiting for the request); a request the
/// server has not answered in time gets 503 with Retry-After. The handler's task is cancelled;
/// GRDB interrupts a running SQLite statement on cancellation, so a runaway query stops too.
struct TimeoutMiddleware: RouterMiddleware {
    typealias Context = DimingRequestContext
    let timeout: Duration

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var request = request
        let clock = ContinuousClock()
        let start = clock.now
        if Self.hasBody(request) {
            // Buffered within the body limit (at most --max-body), so the handler reads it at once.
            let body = request.body, limit = context.maxUploadSize
            let buffer = try await Self.race(timeout, problem: .bodyTimedOut(seconds: timeout.seconds)) {
                try await body.collect(upTo: limit)
            }
            request.body = RequestBody(buffer: buffer)
        }
        let remaining = timeout - (clock.now - start)
        let ready = request
        return try await withoutActuallyEscaping(next) { next in
            // The child task runs `next` while this frame waits for the group, so it does not outlive it.
            let handler = UncheckedHandler(call: next)
            return try await Self.race(remaining, problem: .timedOut(seconds: timeout.seconds)) {
                try await handler.call(ready, context)
            }
        }
    }

    private static func hasBody(_ request: Request) -> Bool {
        if let length = request.headers[.contentLength].flatMap({ Int($0) }) { return length > 0 }
        return request.headers[.transferEncoding] != nil
    }

    /// `work`'s result, or `problem` thrown when `limit` passes first (`work` is then cancelled).
    private static func race<T: Sendable>(_ limit: Duration, problem: ServerProblem,
                                          _ work: @escaping @Sendable () async throws -> T) async throws -> T {
        try await withThrowingTaskGroup(of: T.self) { group in
            group.addTask { try await work() }
            group.addTask {
                try await Task.sleep(for: max(limit, .zero))
                throw problem
            }
            defer { group.cancelAll() }
            guard let first = try await group.next() else { throw CancellationError() }
            return first
        }
    }
}

/// The router's `next` closure is not `@Sendable`; it is only called from one child task.
private struct UncheckedHandler: @unchecked Sendable {
    let call: (Request, DimingRequestContext) async throws -> Response
}
