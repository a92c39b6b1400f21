import Synchronization

/// One clock for the deadlines of every request in flight (``TimeoutMiddleware``). A request
/// waits here instead of arming a timer of its own: `Task.sleep` leaves each request's timer
/// armed for the whole limit after the answer went out (30 s of them at thousands of reports a
/// second). One task looks at the waiting requests every ``tick`` while any wait, so a deadline
/// is met at most a tick late.
final class RequestDeadlines: Sendable {
    static let tick: Duration = .milliseconds(100)

    private struct Waiter {
        var deadline: ContinuousClock.Instant
        let limit: Duration
        let progress: @Sendable () -> ContinuousClock.Instant?
        let continuation: CheckedContinuation<Void, any Error>
    }

    private struct State {
        var nextID: UInt64 = 0
        var waiting: [UInt64: Waiter] = [:]
        var ticking = false
    }

    private let state = Mutex(State())

    /// Returns once `limit` has passed since now, or since the last `progress()` when that is
    /// later; throws `CancellationError` when the caller is cancelled first.
    func wait(_ limit: Duration, progress: @escaping @Sendable () -> ContinuousClock.Instant?) async throws {
        let id = state.withLock { state in
            state.nextID &+= 1
            return state.nextID
        }
        let deadline = ContinuousClock.now + max(limit, .zero)
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let startsClock = state.withLock { state -> Bool in
                    // Cancelled before it got here: the handler below found nothing to resume.
                    guard !Task.isCancelled else {
                        continuation.resume(throwing: CancellationError())
                        return false
                    }
                    state.waiting[id] = Waiter(deadline: deadline, limit: limit, progress: progress, continuation: continuation)
                    guard !state.ticking else { return false }
                    state.ticking = true
                    return true
                }
                if startsClock { Task { await self.watch() } }
            }
        } onCancel: {
            state.withLock { $0.waiting.removeValue(forKey: id) }?.continuation.resume(throwing: CancellationError())
        }
    }

    /// Resumes the waiters whose deadline passed, every tick, until none waits.
    private func watch() async {
        while true {
            try? await Task.sleep(for: Self.tick)
            let now = ContinuousClock.now
            let (expired, stops) = state.withLock { state -> ([Waiter], Bool) in
                var expired: [Waiter] = []
                for (id, waiter) in state.waiting.filter({ $0.value.deadline <= now }) {
                    if let last = waiter.progress(), last + waiter.limit > now {
                        state.waiting[id]?.deadline = last + waiter.limit
                    } else {
                        state.waiting[id] = nil
                        expired.append(waiter)
                    }
                }
                if state.waiting.isEmpty { state.ticking = false }
                return (expired, !state.ticking)
            }
            for waiter in expired { waiter.continuation.resume() }
            if stops { return }
        }
    }
}
