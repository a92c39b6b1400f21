import Foundation

/// Hands byte chunks from a producer on a database thread to the task writing the response,
/// holding at most `capacity` chunks: the producer waits (on its own thread, never on the
/// cooperative pool) until the socket has taken one, so a response's memory is a few chunks
/// however large the page. A consumer that stops (the client went away) or stalls past
/// `stallTimeout` makes the producer's next `send` throw, which ends its database read.
final class ChunkChannel: @unchecked Sendable {
    let chunks: AsyncStream<[UInt8]>
    private let continuation: AsyncStream<[UInt8]>.Continuation
    private let stallTimeout: Duration
    // A counter under a condition, not a DispatchSemaphore: libdispatch traps when a semaphore
    // is freed with fewer slots than it started with, which a client leaving mid-page causes.
    private let condition = NSCondition()
    private var freeSlots: Int
    private var cancelled = false

    init(capacity: Int = 2, stallTimeout: Duration) {
        (chunks, continuation) = AsyncStream.makeStream(of: [UInt8].self)
        freeSlots = capacity
        self.stallTimeout = stallTimeout
    }

    /// Producer: blocks until there is room, then queues `chunk`.
    func send(_ chunk: [UInt8]) throws {
        let deadline = Date(timeIntervalSinceNow: stallTimeout.seconds)
        condition.lock()
        defer { condition.unlock() }
        while freeSlots == 0 && !cancelled {
            guard condition.wait(until: deadline) else { throw ChunkChannelError.stalled }
        }
        guard !cancelled else { throw ChunkChannelError.cancelled }
        freeSlots -= 1
        continuation.yield(chunk)
    }

    /// Producer: no more chunks.
    func finish() { continuation.finish() }

    /// Consumer: one chunk was written; its slot is free.
    func consumed() {
        condition.lock()
        freeSlots += 1
        condition.signal()
        condition.unlock()
    }

    /// Consumer: stop; the producer's next `send` throws.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
        continuation.finish()
    }
}

enum ChunkChannelError: Error {
    case stalled
    case cancelled
}
