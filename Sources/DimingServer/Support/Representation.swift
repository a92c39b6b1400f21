import Foundation
import Hummingbird

/// A response body and its media type, before validators and conditional GET are applied.
struct Representation: Sendable {
    var body: [UInt8]
    /// A body written while it is produced (large pages); `body` is then unused.
    var stream: ResponseBody?
    var contentType: String
    /// Further headers of the representation (e.g. `Content-Crs`).
    var headers: HTTPFields = [:]

    init(body: [UInt8], contentType: String, headers: HTTPFields = [:]) {
        self.body = body
        self.contentType = contentType
        self.headers = headers
    }

    /// A streamed body; only for responses whose ETag comes from a version key.
    init(stream: ResponseBody, contentType: String, headers: HTTPFields = [:]) {
        self.body = []
        self.stream = stream
        self.contentType = contentType
        self.headers = headers
    }

    static func json(_ value: JSONValue, contentType: String = MediaTypes.json) -> Representation {
        Representation(body: value.bytes, contentType: contentType)
    }

    /// A page of ours: root-relative URLs get `--base-url`'s path (see ``BasePath``).
    static func html(_ page: String) -> Representation {
        Representation(body: Array(BasePath.rooted(page).utf8), contentType: MediaTypes.html)
    }
}

/// Answers a GET with validators: a strong ETag and Last-Modified, and 304 when the client's
/// copy is current. With a `versionKey` (derived from ``DataVersion``) the tag is known before
/// the body is built, so a 304 costs no query; without one the tag is a hash of the body.
/// Negotiated representations also vary by `Accept-Language` (the HTML pages' words), so the
/// language is part of the tag.
enum ConditionalResponse {
    static func respond(to request: Request, versionKey: String?, lastModified: Date?, negotiated: Bool = true,
                        entityTag: String? = nil,
                        build: () async throws -> Representation) async throws -> Response {
        var headers: HTTPFields = [:]
        headers[.cacheControl] = "no-cache"
        if negotiated { headers[.vary] = "Accept, Accept-Language" }
        let versionKey = negotiated ? versionKey.map { "\($0)|\(request.language.rawValue)" } : versionKey
        let modified = lastModified.map { Date(timeIntervalSince1970: $0.timeIntervalSince1970.rounded(.down)) }
        if let modified { headers[.lastModified] = HTTPDate.format(modified) }
        if let tag = entityTag ?? versionKey.map(EntityTag.make) {
            headers[.eTag] = tag
            if isCurrent(request, tag: tag, modified: modified) { return Response(status: .notModified, headers: headers) }
        }
        let representation = try await build()
        if versionKey == nil && entityTag == nil {
            let tag = EntityTag.make(String(decoding: representation.body, as: UTF8.self))
            headers[.eTag] = tag
            if isCurrent(request, tag: tag, modified: modified) { return Response(status: .notModified, headers: headers) }
        }
        headers[.contentType] = representation.contentType
        for field in representation.headers { headers[field.name] = field.value }
        return Response(status: .ok, headers: headers,
                        body: representation.stream ?? .init(byteBuffer: ByteBuffer(bytes: representation.body)))
    }

    /// If-None-Match decides when present (RFC 9110 §13.2.2); else If-Modified-Since.
    private static func isCurrent(_ request: Request, tag: String, modified: Date?) -> Bool {
        if let ifNoneMatch = request.headers[.ifNoneMatch] {
            return EntityTag.matches(ifNoneMatch: ifNoneMatch, tag: tag)
        }
        if let since = request.headers[.ifModifiedSince].flatMap(HTTPDate.parse), let modified {
            return modified <= since
        }
        return false
    }
}
