import Foundation

/// Whether the request's handler is reading the body now (``TimeoutMiddleware`` answers a
/// timeout then with 408, the client's fault, instead of 503), when the last bytes of a
/// streamed body arrived (the timeout counts from there), and whether the body was read to its
/// end (``UnreadBodyMiddleware`` closes the input of a connection whose body was not: refused
/// before reading, or abandoned halfway with 413 or 408).
public final class BodyReadingFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var reading = false
    private var ended = false
    private var progress: ContinuousClock.Instant?

    public init() {}

    var isReading: Bool { lock.withLock { reading } }

    var wasReadToEnd: Bool { lock.withLock { ended } }

    /// When a streamed body last delivered bytes; nil for a body read in one piece.
    var lastProgress: ContinuousClock.Instant? { lock.withLock { progress } }

    func set(_ value: Bool) {
        lock.withLock { reading = value }
    }

    /// The body has been read to its end: the connection can carry the next request.
    func readToEnd() {
        lock.withLock { ended = true }
    }

    /// Bytes of a streamed body arrived now.
    func progressed() {
        let now = ContinuousClock.now
        lock.withLock { progress = now }
    }
}
