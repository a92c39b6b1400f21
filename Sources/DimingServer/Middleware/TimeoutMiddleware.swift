import Hummingbird

/// Answers 503 when a request is not done within the configured time. The handler's task is
/// cancelled; GRDB interrupts a running SQLite statement on cancellation, so a runaway query
/// stops too (the task group waits for that before the 503 goes out).
struct TimeoutMiddleware: RouterMiddleware {
    typealias Context = DimingRequestContext
    let timeout: Duration

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let timeout = timeout
        return try await withoutActuallyEscaping(next) { next in
            // The child task runs `next` while this frame waits for the group, so it does not outlive it.
            let handler = UncheckedHandler(call: next)
            return try await withThrowingTaskGroup(of: Response.self) { group in
                group.addTask { try await handler.call(request, context) }
                group.addTask {
                    try await Task.sleep(for: timeout)
                    throw ServerProblem.timedOut(seconds: Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18)
                }
                defer { group.cancelAll() }
                guard let first = try await group.next() else { throw CancellationError() }
                return first
            }
        }
    }
}

/// The router's `next` closure is not `@Sendable`; it is only called from one child task.
private struct UncheckedHandler: @unchecked Sendable {
    let call: (Request, DimingRequestContext) async throws -> Response
}
