import Hummingbird

/// The scheme and authority absolute links start with: the configured public URL, else
/// `http://` and the request's Host (so links work on whatever name the client used).
enum RequestOrigin {
    static func of(_ request: Request, configuration: ServerConfiguration) -> String {
        if let base = configuration.publicBaseURL { return base.hasSuffix("/") ? String(base.dropLast()) : base }
        let authority = request.head.authority ?? "\(configuration.host):\(configuration.port)"
        return "http://" + authority
    }
}
