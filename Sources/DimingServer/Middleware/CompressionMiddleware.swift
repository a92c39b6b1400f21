import CompressNIO
import Foundation
import Hummingbird
import NIOCore

/// gzip for clients that send `Accept-Encoding: gzip`: text, JSON, GeoJSON, JavaScript and
/// CSS bodies are compressed whole (our bodies are built in memory anyway). The strong ETag
/// of the compressed representation gets a `-gzip` suffix (RFC 9110 §8.8.3: a different
/// content coding is a different representation); ``EntityTag`` matches both forms.
struct CompressionMiddleware: RouterMiddleware {
    typealias Context = DimingRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        guard Self.acceptsGzip(request.headers[.acceptEncoding]) else { return response }
        if response.status == .notModified {
            response.headers[.eTag] = response.headers[.eTag].map(EntityTag.gzipVariant)
            return response
        }
        guard response.headers[.contentEncoding] == nil,
              let type = response.headers[.contentType], Self.isCompressible(type)
        else { return response }
        var body = try await Self.collect(response.body)
        let compressed = try body.compress(with: .gzip())
        response.body = .init(byteBuffer: compressed)
        response.headers[.contentEncoding] = "gzip"
        response.headers[.contentLength] = String(compressed.readableBytes)
        response.headers[.eTag] = response.headers[.eTag].map(EntityTag.gzipVariant)
        response.headers.appendVary("Accept-Encoding")
        return response
    }

    /// `gzip` listed with a non-zero quality (or `*`).
    static func acceptsGzip(_ header: String?) -> Bool {
        guard let header else { return false }
        return header.split(separator: ",").contains { item in
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard parts.first == "gzip" || parts.first == "*" else { return false }
            let q = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            return q > 0
        }
    }

    private static func isCompressible(_ contentType: String) -> Bool {
        let type = contentType.lowercased()
        return type.hasPrefix("text/") || type.contains("json") || type.contains("javascript") || type.contains("xml")
            || type.contains("svg")
    }

    private static func collect(_ body: ResponseBody) async throws -> ByteBuffer {
        let collector = BodyCollector()
        try await body.write(collector)
        return collector.buffer
    }
}

/// Gathers a response body's buffers into one.
private final class BodyCollector: ResponseBodyWriter {
    var buffer = ByteBuffer()

    func write(_ buffer: ByteBuffer) async throws {
        var copy = buffer
        self.buffer.writeBuffer(&copy)
    }

    func finish(_ trailingHeaders: HTTPFields?) async throws {}
}

extension HTTPFields {
    /// Adds a token to `Vary` unless it is already there.
    mutating func appendVary(_ token: String) {
        let existing = self[.vary].map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() } } ?? []
        guard !existing.contains(token.lowercased()) else { return }
        self[.vary] = (self[.vary].map { $0 + ", " } ?? "") + token
    }
}
