import DimingCore
import Foundation

/// How `diming serve` runs: address, limits and where the web map's files are.
public struct ServerConfiguration: Sendable {
    public var host: String
    /// 0 picks a free port (tests); the bound port is reported through `onServerRunning`.
    public var port: Int
    /// Larger request bodies are refused with 413 before they are read.
    public var maxBodyBytes: Int
    /// The body limit of routes that accept files (attachments); past it, 413.
    public var maxUploadBytes: Int
    /// A request still unanswered after this long is answered 503.
    public var requestTimeout: Duration
    /// Overrides the database's `read_access` setting for this process when set.
    public var readAccess: ReadAccess?
    /// The `maps/` folder served at `/map`; nil: `/map` answers 404.
    public var mapsDirectory: URL?
    /// Debian's `libjs-leaflet` files, served at `/static/leaflet/`.
    public var leafletDirectory: URL
    /// Absolute links use this origin (e.g. behind a proxy); else the address the server
    /// listens on — never the request's Host header, which a client may forge.
    public var publicBaseURL: String?
    /// Header and idle timeouts, the connection limit and head sizes.
    public var connections: ConnectionLimits

    public static let defaultMaxBodyBytes = 1 << 20
    /// 20 MiB: a phone's photo, with room to spare.
    public static let defaultMaxUploadBytes = 20 << 20

    public init(host: String = "127.0.0.1", port: Int = 8080, maxBodyBytes: Int = defaultMaxBodyBytes,
                maxUploadBytes: Int = defaultMaxUploadBytes,
                requestTimeout: Duration = .seconds(30), readAccess: ReadAccess? = nil,
                mapsDirectory: URL? = ServerConfiguration.locateMapsDirectory(),
                leafletDirectory: URL = URL(fileURLWithPath: "/usr/share/javascript/leaflet"),
                publicBaseURL: String? = nil, connections: ConnectionLimits = ConnectionLimits()) {
        self.host = host
        self.port = port
        self.maxBodyBytes = maxBodyBytes
        self.maxUploadBytes = maxUploadBytes
        self.requestTimeout = requestTimeout
        self.readAccess = readAccess
        self.mapsDirectory = mapsDirectory
        self.leafletDirectory = leafletDirectory
        self.publicBaseURL = publicBaseURL
        self.connections = connections
    }

    /// The `maps/` folder: `DIMING_MAPS`, `./maps`, or beside the diming build.
    public static func locateMapsDirectory(executable: String = CommandLine.arguments[0]) -> URL? {
        BundledFolder.locate("maps", environmentVariable: "DIMING_MAPS", marker: "index.html", executable: executable)
    }
}

/// Whether reading the OGC API needs a token (the `read_access` setting).
public enum ReadAccess: String, Sendable {
    case open
    case token
}
