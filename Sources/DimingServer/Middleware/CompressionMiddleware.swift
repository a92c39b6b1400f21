import CompressNIO
import Foundation
import Hummingbird
import NIOCore

/// gzip for clients that send `Accept-Encoding: gzip`: text, JSON, GeoJSON, JavaScript and
/// CSS bodies are compressed as they are written (a streamed page stays streamed). The strong ETag
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
        let original = response.body
        response.body = ResponseBody { writer in
            let gzip = try GzipBodyWriter(parent: writer)
            try await original.write(gzip)
            try await gzip.finishStream()
        }
        response.headers[.contentEncoding] = "gzip"
        response.headers[.contentLength] = nil
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

}

/// Deflates each buffer written to it into the parent writer, gzip-framed; the compressor's
/// state is the only thing kept between buffers.
private final class GzipBodyWriter: ResponseBodyWriter {
    private var parent: any ResponseBodyWriter
    private let compressor: NIOCompressor

    init(parent: any ResponseBodyWriter) throws {
        self.parent = parent
        compressor = CompressionAlgorithm.gzip().compressor
        try compressor.startStream()
    }

    func write(_ buffer: ByteBuffer) async throws {
        var input = buffer
        var output = ByteBufferAllocator().buffer(capacity: compressor.maxSize(from: input))
        try input.compressStream(to: &output, with: compressor, flush: .no)
        if output.readableBytes > 0 { try await parent.write(output) }
    }

    /// Hummingbird calls this when the body's own writer finishes; the stream is closed in
    /// ``finishStream()``.
    func finish(_ trailingHeaders: HTTPFields?) async throws {}

    func finishStream() async throws {
        while true {
            var output = ByteBufferAllocator().buffer(capacity: 1 << 14)
            do {
                try compressor.finishDeflate(to: &output)
                if output.readableBytes > 0 { try await parent.write(output) }
                break
            } catch let error as CompressNIOError where error == .bufferOverflow {
                try await parent.write(output)
            }
        }
        try compressor.finishStream()
        try await parent.finish(nil)
    }
}

extension HTTPFields {
    /// Adds a token to `Vary` unless it is already there.
    mutating func appendVary(_ token: String) {
        let existing = self[.vary].map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() } } ?? []
        guard !existing.contains(token.lowercased()) else { return }
        self[.vary] = (self[.vary].map { $0 + ", " } ?? "") + token
    }
}
