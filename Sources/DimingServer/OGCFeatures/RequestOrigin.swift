import Hummingbird
import NIOCore

/// The scheme and authority absolute links start with: the configured public URL (behind a
/// proxy), else the address of this server that the client connected to. Never the Host
/// header: a forged one would put another site into every link we serve and cache.
enum RequestOrigin {
    static func of(_ context: DimingRequestContext, configuration: ServerConfiguration) -> String {
        if let base = configuration.publicBaseURL { return base.hasSuffix("/") ? String(base.dropLast()) : base }
        return context.localOrigin ?? "http://\(configuration.host):\(configuration.port)"
    }

    /// `http://address:port` of a local socket address, IPv6 in brackets.
    static func origin(of address: SocketAddress?) -> String? {
        guard let address, let ip = address.ipAddress, let port = address.port else { return nil }
        if case .v6 = address { return "http://[\(ip)]:\(port)" }
        return "http://\(ip):\(port)"
    }
}
