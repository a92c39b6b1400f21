import DimingCore
import NIOCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the server could not start listening, in words a user can act on (NIO's own error reads
/// `bind(descriptor:ptr:bytes:): Address already in use (errno: 98)`).
public enum ListenError: Problem, Equatable {
    case portInUse(host: String, port: Int)
    case cannotListen(host: String, port: Int, reason: String)

    /// The error NIO threw on binding, as a ``ListenError`` when it is one a user can act on.
    static func translating(_ error: any Error, host: String, port: Int) -> ListenError? {
        guard let error = error as? IOError else { return nil }
        if error.errnoCode == EADDRINUSE { return .portInUse(host: host, port: port) }
        if error.errnoCode == EACCES || error.errnoCode == EADDRNOTAVAIL {
            return .cannotListen(host: host, port: port, reason: String(cString: strerror(error.errnoCode)))
        }
        return nil
    }

    public var status: Int { 500 }
    public var type: String { "cannot-listen" }
    public var field: String? { "port" }
    public func title(in language: Language) -> String { ServerMessages.cannotListenTitle.text(language) }
    public func detail(in language: Language) -> String {
        switch self {
        case let .portInUse(host, port): ServerMessages.portInUse.text(language, ["host": host, "port": String(port)])
        case let .cannotListen(host, port, reason):
            ServerMessages.cannotListen.text(language, ["host": host, "port": String(port), "reason": reason])
        }
    }
}
