import Hummingbird
import NIOCore

/// One deadline, `--request-timeout`, from the moment the head is parsed: a request the
/// server has not answered in time gets 503 with Retry-After; when the handler was still
/// reading the body then, the client was too slow, and it gets 408 (RFC 9110 §15.5.9) and the
/// connection is closed. The body is not read here: routes read it after authorizing
/// (``Request/collectBody(context:)``). A body streamed to disk (an upload) moves the deadline
/// on with each chunk: a large file on a slow link is fine, a stalled one gets 408 once no
/// bytes came for the timeout. The handler's task is cancelled; GRDB interrupts a
/// running SQLite statement on cancellation, so a runaway query stops too.
struct TimeoutMiddleware: RouterMiddleware {
    typealias Context = DimingRequestContext
    let timeout: Duration
    let deadlines = RequestDeadlines()

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let flag = context.bodyReading
        return try await withoutActuallyEscaping(next) { next in
            // The child task runs `next` while this frame waits for the group, so it does not outlive it.
            let handler = UncheckedHandler(call: next)
            return try await race(timeout, progress: { flag.lastProgress }, problem: {
                flag.isReading ? .bodyTimedOut(seconds: timeout.seconds) : .timedOut(seconds: timeout.seconds)
            }) {
                try await handler.call(request, context)
            }
        }
    }

    /// `work`'s result, or `problem()` thrown when `limit` passes first (`work` is then cancelled);
    /// the limit counts from the last `progress()` when that is later than the start.
    private func race<T: Sendable>(_ limit: Duration, progress: @escaping @Sendable () -> ContinuousClock.Instant?,
                                   problem: @escaping @Sendable () -> ServerProblem,
                                   _ work: @escaping @Sendable () async throws -> T) async throws -> T {
        try await withThrowingTaskGroup(of: T.self) { group in
            group.addTask { try await work() }
            group.addTask { [deadlines] in
                try await deadlines.wait(limit, progress: progress)
                throw problem()
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
