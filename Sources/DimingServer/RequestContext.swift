import DimingCore
import Hummingbird
import Logging
import NIOCore

/// The per-request state: Hummingbird's core storage, the authenticated account (set by
/// ``AuthenticationMiddleware``) and the body limit (set by ``BodyLimitMiddleware``).
public struct DimingRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The account of the request's bearer token; nil without a token.
    public var identity: Account?
    /// The hash of the bearer token when ``identity`` is the account last seen for it, not read
    /// for this request: the route confirms it in its write transaction (``TokenCache``).
    public var tokenToConfirm: String?
    /// Bodies read through `request.decode` or `collectBody` stop here with 413.
    public var bodyLimit: Int = ServerConfiguration.defaultMaxBodyBytes
    /// Set while a handler reads the request body, so that a timeout then is a 408.
    public let bodyReading = BodyReadingFlag()
    /// This server's own address as the client reached it, for links (``RequestOrigin``).
    public let localOrigin: String?
    /// The connection, so that a body nobody will read can be refused at the socket.
    let channel: any Channel

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        localOrigin = RequestOrigin.origin(of: source.channel.localAddress)
        channel = source.channel
    }

    public var maxUploadSize: Int { bodyLimit }
}
