import DimingCore
import Crypto
import Foundation
import Hummingbird
import NIOCore

/// A request body as it arrives, passed on chunk by chunk while a ``BodyMeter`` hashes and
/// counts it: 413 once it passes the limit, and each chunk moves the request's timeout on.
struct MeteredBody: AsyncSequence {
    typealias Element = ByteBuffer
    let body: RequestBody
    let meter: BodyMeter

    func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(base: body.makeAsyncIterator(), meter: meter)
    }

    struct AsyncIterator: AsyncIteratorProtocol {
        var base: RequestBody.AsyncIterator
        let meter: BodyMeter

        mutating func next() async throws -> ByteBuffer? {
            do {
                guard let buffer = try await base.next() else {
                    // A cancelled read may end early: never take that for the end of the file.
                    try Task.checkCancellation()
                    return nil
                }
                try meter.add(buffer)
                return buffer
            } catch {
                // The file writer wraps what we throw in its own error; the upload throws this one.
                meter.failure = error
                throw error
            }
        }
    }
}

/// SHA-256 and size of the bytes seen so far, and the limit they may not pass. Used by one
/// task at a time: the upload that iterates its ``MeteredBody``.
final class BodyMeter {
    let limit: Int
    private let reading: BodyReadingFlag
    private var hasher = SHA256()
    private(set) var count: Int64 = 0
    /// Why reading the body stopped (413, the client gone, cancelled), when it did.
    var failure: (any Error)?

    init(limit: Int, reading: BodyReadingFlag) {
        self.limit = limit
        self.reading = reading
    }

    func add(_ buffer: ByteBuffer) throws {
        count += Int64(buffer.readableBytes)
        guard count <= Int64(limit) else { throw ServerProblem.bodyTooLarge(limit: limit) }
        reading.progressed()
        buffer.withUnsafeReadableBytes { hasher.update(bufferPointer: $0) }
    }

    /// The SHA-256 of everything added, as 64 lowercase hex digits.
    var hexDigest: String {
        HexText.lowercase(hasher.finalize())
    }
}
