import DimingCore
import HTTPTypes
import Hummingbird

/// Renders a ``Problem`` as RFC 9457 `application/problem+json`: `type`, `title`, `status`,
/// `detail`, `instance` (the request path), `field` when the problem is about one input,
/// and the request id to find it in the log. `title` and `detail` are in the language the client
/// asked for in `Accept-Language` (Chinese or English), said in `Content-Language`.
enum ProblemDocument {
    static let mediaType = "application/problem+json"
    /// Problem types are URNs: stable names, not pages to fetch.
    static let typePrefix = "urn:diming:problem:"

    static func response(for problem: any Problem, instance: String, requestID: String, language: Language,
                         headers extra: HTTPFields = [:]) -> Response {
        var headers = extra
        headers[.contentType] = mediaType
        headers[.cacheControl] = "no-store"
        headers[.contentLanguage] = language.rawValue
        // The same URL answers in another language for another Accept-Language: caches must know.
        headers.append(HTTPField(name: .vary, value: "Accept-Language"))
        let status = HTTPResponse.Status(code: problem.status)
        return Response(status: status, headers: headers,
                        body: .init(byteBuffer: json(for: problem, instance: instance, requestID: requestID, language: language).byteBuffer))
    }

    static func json(for problem: any Problem, instance: String?, requestID: String?, language: Language = .en) -> JSONValue {
        var object: [(String, JSONValue)] = [
            ("type", .string(typePrefix + problem.type)),
            ("title", .string(problem.title(in: language))),
            ("status", .integer(problem.status)),
            ("detail", .string(problem.detail(in: language))),
        ]
        if let instance { object.append(("instance", .string(instance))) }
        if let field = problem.field { object.append(("field", .string(field))) }
        if let requestID { object.append(("requestId", .string(requestID))) }
        if let extended = problem as? any ProblemExtensionMembers { object += extended.extensionMembers(in: language) }
        return .object(object)
    }

    /// A whole HTTP/1.1 response that closes the connection, for problems found before the
    /// request head could be parsed (too long, too slow): there is no request to route, nor a
    /// language asked for, so it is in English.
    static func rawResponse(for problem: any Problem) -> ByteBuffer {
        let body = json(for: problem, instance: nil, requestID: nil).bytes
        let status = HTTPResponse.Status(code: problem.status)
        var head = "HTTP/1.1 \(status.code) \(status.reasonPhrase)\r\n"
        head += "Content-Type: \(mediaType)\r\nContent-Language: en\r\nContent-Length: \(body.count)\r\nCache-Control: no-store\r\n"
        for (name, value) in SecurityHeaders.fields { head += "\(name): \(value)\r\n" }
        head += "Connection: close\r\n\r\n"
        var buffer = ByteBuffer(string: head)
        buffer.writeBytes(body)
        return buffer
    }
}

/// A problem with more to say than RFC 9457's members (§3.2 extension members): a refused
/// proposal's naming findings.
protocol ProblemExtensionMembers {
    func extensionMembers(in language: Language) -> [(String, JSONValue)]
}
