import Testing
@testable import DimingServer

/// The one clock behind every request's timeout: a deadline is never met early, moves on with
/// progress, and a request answered first (cancelled) stops waiting at once.
@Suite struct RequestDeadlinesTests {
    @Test func aDeadlineMovesOnWithProgress() async throws {
        let deadlines = RequestDeadlines()
        let start = ContinuousClock.now
        let progressed = start + .milliseconds(400)
        try await deadlines.wait(.milliseconds(200), progress: { progressed })
        #expect(ContinuousClock.now - start >= .milliseconds(600))
    }

    @Test func aCancelledWaitEndsWithCancellationWhileOthersGoOn() async throws {
        let deadlines = RequestDeadlines()
        let long = Task { try await deadlines.wait(.seconds(3600), progress: { nil }) }
        let short = Task { try await deadlines.wait(.milliseconds(50), progress: { nil }) }
        long.cancel()
        await #expect(throws: CancellationError.self) { try await long.value }
        try await short.value
        // Cancelled before it began to wait: it does not wait at all.
        let early = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            try await deadlines.wait(.seconds(3600), progress: { nil })
        }
        await #expect(throws: CancellationError.self) { try await early.value }
    }
}
