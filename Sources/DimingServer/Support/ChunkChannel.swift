import Foundation

/// Hands byte chunks from a producer on a database thread to the task writing the response,
/// holding at most `capacity` chunks: the producer waits (on its own thread, never on the
/// cooperative pool) until the socket has taken one, so a response's memory is a few chunks
/// however large the page. A consumer that stops (the client went away) or stalls past
/// `stallTimeout` makes the producer's next `send` throw, which ends its database read.
final class ChunkChannel: @unchecked Sendable {
    let chunks: AsyncStream<[UInt8]>
    private let continuation: AsyncStream<[UInt8]>.Continuation
    private let slots: DispatchSemaphore
    private let stallTimeout: Duration
    private let lock = NSLock()
    private var cancelled = false

    init(capacity: Int = 4, stallTimeout: Duration) {
        (chunks, continuation) = AsyncStream.makeStream(of: [UInt8].self)
        slots = DispatchSemaphore(value: capacity)
        self.stallTimeout = stallTimeout
    }

    /// Producer: blocks until there is room, then queues `chunk`.
    func send(_ chunk: [UInt8]) throws {
        let deadline = DispatchTime.now() + .milliseconds(Int(stallTimeout.seconds * 1000))
        guard slots.wait(timeout: deadline) == .success else { throw ChunkChannelError.stalled }
        guard !lock.withLock({ cancelled }) else { throw ChunkChannelError.cancelled }
        continuation.yield(chunk)
    }

    /// Producer: no more chunks.
    func finish() { continuation.finish() }

    /// Consumer: one chunk was written; its slot is free.
    func consumed() { slots.signal() }

    /// Consumer: stop; the producer's next `send` throws.
    func cancel() {
        lock.withLock { cancelled = true }
        slots.signal()
        continuation.finish()
    }
}

enum ChunkChannelError: Error {
    case stalled
    case cancelled
}
