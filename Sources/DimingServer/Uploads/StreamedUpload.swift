import DimingCore
import Foundation
import Hummingbird

/// Writes a request body to a file as it arrives, computing its SHA-256 and size on the way.
/// The writes run on NIO's thread pool (Hummingbird's `FileIO`), never on Swift's cooperative
/// pool, and the body is never held whole: back-pressure keeps a slow disk from filling memory.
/// Past the route's limit the upload stops with 413; a client that stalls gets 408 from
/// ``TimeoutMiddleware`` (each chunk moves its deadline on). The file appears at `url` only once
/// the whole body is written, so a failed upload leaves nothing behind.
enum StreamedUpload {
    /// The body written to a new file in the store's staging folder; on any failure the
    /// staging file is removed before the error is thrown.
    static func stage(_ request: Request, context: DimingRequestContext, in store: AttachmentStore) async throws -> StagedAttachment {
        let url = try await OffPool.run { try store.newStagingURL() }
        do {
            return try await write(request, context: context, to: url)
        } catch {
            try? await OffPool.run { store.discard(url) }
            throw error
        }
    }

    static func write(_ request: Request, context: DimingRequestContext, to url: URL) async throws -> StagedAttachment {
        let reading = context.bodyReading
        reading.set(true)
        defer { reading.set(false) }
        reading.progressed()
        let meter = BodyMeter(limit: context.bodyLimit, reading: reading)
        do {
            try await FileIO().writeFile(contents: MeteredBody(body: request.body, meter: meter), path: url.path, context: context)
        } catch {
            throw meter.failure ?? error
        }
        reading.readToEnd()
        return StagedAttachment(url: url, sha256: meter.hexDigest, sizeBytes: meter.count)
    }
}
