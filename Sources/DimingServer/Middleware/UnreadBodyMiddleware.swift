import Hummingbird
import NIOCore

/// A request whose body the route did not read to its end (refused with 401, 404, 405 … before
/// reading, or abandoned halfway with 413 or 408) would otherwise be drained by the server,
/// hundreds of clients' megabytes at once. Instead the answer says
/// `Connection: close` and, once it is written, the connection stops reading: the client's
/// body is refused at the socket, and costs the server no memory.
struct UnreadBodyMiddleware: RouterMiddleware {
    typealias Context = DimingRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        guard Self.hasBody(request), !context.bodyReading.wasReadToEnd else { return response }
        response.headers[.connection] = "close"
        let original = response.body, channel = context.channel
        response.body = ResponseBody { writer in
            try await original.write(writer)
            channel.close(mode: .input, promise: nil)
        }
        return response
    }

    static func hasBody(_ request: Request) -> Bool {
        if let length = request.headers[.contentLength].flatMap({ Int($0) }) { return length > 0 }
        return request.headers[.transferEncoding] != nil
    }
}
