import DimingCore
import Hummingbird
import Logging

/// The per-request state: Hummingbird's core storage, the authenticated account (set by
/// ``AuthenticationMiddleware``) and the body limit (set by ``BodyLimitMiddleware``).
public struct DimingRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The account of the request's bearer token; nil without a token.
    public var identity: Account?
    /// Bodies read through `request.decode` or `collectBody` stop here with 413.
    public var bodyLimit: Int = ServerConfiguration.defaultMaxBodyBytes

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    public var maxUploadSize: Int { bodyLimit }
}
