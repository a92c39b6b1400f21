import Foundation

/// Whether the request's handler is reading the body now (``TimeoutMiddleware`` answers a
/// timeout then with 408, the client's fault, instead of 503), and whether it began to at all
/// (``UnreadBodyMiddleware`` closes the input of a connection whose body nobody read).
public final class BodyReadingFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var reading = false
    private var started = false

    public init() {}

    var isReading: Bool { lock.withLock { reading } }

    var wasRead: Bool { lock.withLock { started } }

    func set(_ value: Bool) {
        lock.withLock {
            reading = value
            if value { started = true }
        }
    }
}
