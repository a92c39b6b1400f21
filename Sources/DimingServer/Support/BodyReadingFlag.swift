import Foundation

/// Whether the request's handler is reading the body now (``TimeoutMiddleware`` answers a
/// timeout then with 408, the client's fault, instead of 503).
public final class BodyReadingFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var reading = false

    public init() {}

    var isReading: Bool { lock.withLock { reading } }

    func set(_ value: Bool) { lock.withLock { reading = value } }
}
