import Hummingbird
import NIOCore

extension Request {
    /// The body, read only now — after the route has authorized the request, so an anonymous
    /// client never makes the server buffer anything — up to the context's limit (413 past
    /// it), within the request timeout (408 when the client stalls).
    mutating func collectBody(context: DimingRequestContext) async throws -> ByteBuffer {
        context.bodyReading.set(true)
        defer { context.bodyReading.set(false) }
        do {
            let body = try await collectBody(upTo: context.bodyLimit)
            context.bodyReading.readToEnd()
            return body
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw ServerProblem.bodyTooLarge(limit: context.bodyLimit)
        }
    }
}
